// SPDX-License-Identifier: Apache-2.0
// The stored scores (schema version 3): kept in step with every edit, and read for the library.
#include "score_summary.h"

#include "assessment_file.h"
#include "assessment_tables.h"
#include "core/bank_loader.h"
#include "core/evidence.h"
#include "schema.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <set>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace lastmile::storage {

const QuestionBank* RoundBanks::bank(SQLite::Database& db, std::int64_t roundId)
{
    SQLite::Statement query(db, "SELECT bank_json FROM round WHERE id = ?");
    query.bind(1, roundId);
    if (!query.executeStep()) {
        return nullptr;
    }
    std::string json = query.getColumn(0).getString();
    if (const auto cached = m_banks.find(roundId); cached != m_banks.end() && cached->second.json == json) {
        return &cached->second.bank;
    }
    BankLoadResult parsed = parseBank(json);
    if (!parsed.ok()) {
        return nullptr;
    }
    Entry& entry = m_banks[roundId];
    entry.json = std::move(json);
    entry.bank = std::move(*parsed.bank);
    return &entry.bank;
}

namespace {

// The score of one initiative in one round from its answers, read from the file.
InitiativeScore scoreFromAnswers(SQLite::Database& db, const QuestionBank& bank, std::int64_t roundId,
                                 std::int64_t initiativeId, bool* hasResponses = nullptr)
{
    const InitiativeResponses responses = readInitiativeResponses(db, roundId, initiativeId);
    if (hasResponses) {
        *hasResponses = !responses.empty();
    }
    return scoreInitiative(bank, initiativeId, responses);
}

void bindOptional(SQLite::Statement& statement, int index, const std::optional<double>& value)
{
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bind(index);
    }
}

} // namespace

void refreshScoreSummaries(SQLite::Database& db, RoundBanks& banks)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> stale;
    {
        SQLite::Statement query(db, "SELECT round_id, initiative_id FROM score_stale");
        while (query.executeStep()) {
            stale.emplace_back(query.getColumn(0).getInt64(), query.getColumn(1).getInt64());
        }
    }
    if (stale.empty()) {
        return;
    }
    SQLite::Statement removeFrictions(db, "DELETE FROM friction_score WHERE round_id = ? AND initiative_id = ?");
    SQLite::Statement removeInitiative(db, "DELETE FROM initiative_score WHERE round_id = ? AND initiative_id = ?");
    SQLite::Statement initiativeExists(db, "SELECT 1 FROM initiative WHERE id = ?");
    SQLite::Statement insertInitiative(db, "INSERT INTO initiative_score (round_id, initiative_id, readiness, "
                                           "coverage) VALUES (?, ?, ?, ?)");
    SQLite::Statement insertFriction(db, "INSERT INTO friction_score (round_id, initiative_id, ordinal, friction_id, "
                                         "score, coverage, disagreements) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [roundId, initiativeId] : stale) {
        for (SQLite::Statement* remove : {&removeFrictions, &removeInitiative}) {
            remove->reset();
            remove->bind(1, roundId);
            remove->bind(2, initiativeId);
            remove->exec();
        }
        initiativeExists.reset();
        initiativeExists.bind(1, initiativeId);
        const bool exists = initiativeExists.executeStep();
        const QuestionBank* bank = exists ? banks.bank(db, roundId) : nullptr;
        if (!bank) {
            continue; // gone with its round or initiative (or a bank that cannot be read: read the slow way)
        }
        bool hasResponses = false;
        const InitiativeScore score = scoreFromAnswers(db, *bank, roundId, initiativeId, &hasResponses);
        if (!hasResponses) {
            continue;
        }
        insertInitiative.reset();
        insertInitiative.bind(1, roundId);
        insertInitiative.bind(2, initiativeId);
        bindOptional(insertInitiative, 3, score.readiness);
        insertInitiative.bind(4, score.coverage);
        insertInitiative.exec();
        for (std::size_t ordinal = 0; ordinal < score.frictions.size(); ++ordinal) {
            const FrictionScore& friction = score.frictions[ordinal];
            insertFriction.reset();
            insertFriction.bind(1, roundId);
            insertFriction.bind(2, initiativeId);
            insertFriction.bind(3, static_cast<std::int64_t>(ordinal));
            insertFriction.bind(4, friction.frictionId);
            bindOptional(insertFriction, 5, friction.score);
            insertFriction.bind(6, friction.coverage);
            insertFriction.bind(7, friction.disagreementCount);
            insertFriction.exec();
        }
    }
    db.exec("DELETE FROM score_stale");
}

void markScoresStale(SQLite::Database& db)
{
    db.exec("INSERT OR IGNORE INTO score_stale SELECT round_id, initiative_id FROM answer "
            "UNION SELECT round_id, initiative_id FROM consensus");
}

void fillScoreSummaries(SQLite::Database& db)
{
    markScoresStale(db);
    RoundBanks banks;
    refreshScoreSummaries(db, banks);
}

namespace {

// Makes SQLite give up (SQLITE_INTERRUPT) soon after `cancelled` returns true.
class CancelHandler
{
public:
    static constexpr int kPollEvery = 100; // virtual machine steps: a few microseconds

    CancelHandler(SQLite::Database& db, const std::function<bool()>& cancelled) : m_db(db), m_cancelled(cancelled)
    {
        if (m_cancelled) {
            sqlite3_progress_handler(m_db.getHandle(), kPollEvery, &CancelHandler::poll, this);
        }
    }
    ~CancelHandler() { sqlite3_progress_handler(m_db.getHandle(), 0, nullptr, nullptr); }
    CancelHandler(const CancelHandler&) = delete;
    CancelHandler& operator=(const CancelHandler&) = delete;

private:
    static int poll(void* self) { return static_cast<CancelHandler*>(self)->m_cancelled() ? 1 : 0; }
    SQLite::Database& m_db;
    const std::function<bool()>& m_cancelled;
};

// The stored scores of one round: by initiative, with its frictions in bank order, and their
// disagreement counts when `withDisagreements` (schema version 5 and later).
std::map<std::int64_t, InitiativeScore> storedScores(SQLite::Database& db, std::int64_t roundId,
                                                     bool withDisagreements = false)
{
    const ScoringRules rules;
    std::map<std::int64_t, InitiativeScore> scores;
    SQLite::Statement initiatives(db, "SELECT initiative_id, readiness, coverage FROM initiative_score "
                                      "WHERE round_id = ?");
    initiatives.bind(1, roundId);
    while (initiatives.executeStep()) {
        InitiativeScore& score = scores[initiatives.getColumn(0).getInt64()];
        score.initiativeId = initiatives.getColumn(0).getInt64();
        if (!initiatives.getColumn(1).isNull()) {
            score.readiness = initiatives.getColumn(1).getDouble();
        }
        score.coverage = initiatives.getColumn(2).getDouble();
    }
    SQLite::Statement frictions(db, withDisagreements ? "SELECT initiative_id, friction_id, score, coverage, "
                                                        "disagreements FROM friction_score WHERE round_id = ? "
                                                        "ORDER BY initiative_id, ordinal"
                                                      : "SELECT initiative_id, friction_id, score, coverage, 0 "
                                                        "FROM friction_score WHERE round_id = ? "
                                                        "ORDER BY initiative_id, ordinal");
    frictions.bind(1, roundId);
    while (frictions.executeStep()) {
        const auto found = scores.find(frictions.getColumn(0).getInt64());
        if (found == scores.end()) {
            continue;
        }
        FrictionScore friction;
        friction.frictionId = frictions.getColumn(1).getString();
        if (!frictions.getColumn(2).isNull()) {
            friction.score = frictions.getColumn(2).getDouble();
            friction.band = bandForScore(*friction.score);
        }
        friction.coverage = frictions.getColumn(3).getDouble();
        friction.lowCoverage = insufficientEvidence(friction.coverage, rules);
        friction.disagreementCount = frictions.getColumn(4).getInt();
        found->second.frictions.push_back(std::move(friction));
    }
    return scores;
}

// A stored score is used only when it has the round bank's frictions, in the bank's order.
bool matchesBank(const InitiativeScore& score, const QuestionBank& bank)
{
    if (score.frictions.size() != bank.frictions.size()) {
        return false;
    }
    for (std::size_t i = 0; i < bank.frictions.size(); ++i) {
        if (score.frictions[i].frictionId != bank.frictions[i].id) {
            return false;
        }
    }
    return true;
}

LatestRoundSummary readLatestRound(SQLite::Database& db, int schemaVersion)
{
    const bool scoresStored = schemaVersion >= 3;
    LatestRoundSummary summary;
    SQLite::Statement organization(db, "SELECT name FROM organization WHERE id = 1");
    if (organization.executeStep()) {
        summary.organization = organization.getColumn(0).getString();
    }
    std::vector<std::int64_t> active;
    SQLite::Statement initiatives(db, "SELECT id FROM initiative WHERE archived = 0 ORDER BY position, id");
    while (initiatives.executeStep()) {
        active.push_back(initiatives.getColumn(0).getInt64());
    }
    summary.initiativeCount = static_cast<int>(active.size());
    SQLite::Statement last(db, "SELECT id, name, held_on, bank_json FROM round ORDER BY position DESC, id DESC "
                               "LIMIT 1");
    if (!last.executeStep()) {
        return summary;
    }
    summary.round = Round{last.getColumn(0).getInt64(), last.getColumn(1).getString(), last.getColumn(2).getString()};
    BankLoadResult bank = parseBank(last.getColumn(3).getString());
    if (!bank.ok()) {
        throw InvalidRow("round: the question bank of " + summary.round->name + " cannot be read");
    }
    summary.bank = std::move(*bank.bank);
    const std::int64_t roundId = summary.round->id;

    std::map<std::int64_t, InitiativeScore> stored;
    if (scoresStored) {
        stored = storedScores(db, roundId, schemaVersion >= kStoredDisagreementsSchemaVersion);
        SQLite::Statement stale(db, "SELECT initiative_id FROM score_stale WHERE round_id = ?");
        stale.bind(1, roundId);
        while (stale.executeStep()) {
            stored.erase(stale.getColumn(0).getInt64());
        }
    }
    std::map<std::int64_t, InitiativeResponses> wholeRound; // read at once for a file without stored scores
    if (!scoresStored) {
        RoundData round;
        round.round = *summary.round;
        readRoundAnswers(db, round);
        wholeRound = responsesByInitiative(round);
    }
    for (const std::int64_t id : active) {
        if (const auto found = stored.find(id); found != stored.end() && matchesBank(found->second, summary.bank)) {
            summary.initiatives.push_back(std::move(found->second));
        } else if (!scoresStored) {
            const auto responses = wholeRound.find(id);
            summary.initiatives.push_back(scoreInitiative(
                summary.bank, id, responses == wholeRound.end() ? InitiativeResponses{} : responses->second));
        } else {
            // No stored score: no answers yet, or left stale by a program that does not keep scores.
            summary.initiatives.push_back(scoreFromAnswers(db, summary.bank, roundId, id));
            ++summary.computedFromAnswers;
        }
    }
    if (!scoresStored) {
        summary.computedFromAnswers = summary.initiativeCount;
    }
    return summary;
}

} // namespace

namespace {

bool within(double value, double low, double high)
{
    return value >= low && value <= high;
}

// The figures a file could hold only if a program other than Lastmile wrote them: out of the
// ranges the schema's checks keep (a read-only connection does not apply them), or more
// disagreements than the friction has questions.
bool plausible(const InitiativeScore& score, const QuestionBank& bank)
{
    if ((score.readiness && !within(*score.readiness, 0.0, 100.0)) || !within(score.coverage, 0.0, 1.0)) {
        return false;
    }
    for (std::size_t i = 0; i < score.frictions.size(); ++i) {
        const FrictionScore& friction = score.frictions[i];
        const auto questions = static_cast<int>(bank.frictions[i].questions.size());
        if ((friction.score && !within(*friction.score, 0.0, 100.0)) || !within(friction.coverage, 0.0, 1.0) ||
            friction.disagreementCount < 0 || friction.disagreementCount > questions) {
            return false;
        }
    }
    return true;
}

bool hasResponses(SQLite::Statement& query, std::int64_t roundId, std::int64_t initiativeId)
{
    query.reset();
    query.bind(1, roundId);
    query.bind(2, initiativeId);
    query.bind(3, roundId);
    query.bind(4, initiativeId);
    return query.executeStep() && query.getColumn(0).getInt() != 0;
}

} // namespace

std::optional<std::vector<InitiativeScore>> trustedStoredScores(SQLite::Database& db, std::int64_t roundId,
                                                                const QuestionBank& bank,
                                                                const std::vector<std::int64_t>& initiativeIds)
{
    SQLite::Statement stale(db, "SELECT 1 FROM score_stale WHERE round_id = ? LIMIT 1");
    stale.bind(1, roundId);
    if (stale.executeStep()) {
        return std::nullopt;
    }
    std::map<std::int64_t, InitiativeScore> stored = storedScores(db, roundId, true);
    SQLite::Statement answered(db, "SELECT EXISTS (SELECT 1 FROM answer WHERE round_id = ? AND initiative_id = ?) "
                                   "OR EXISTS (SELECT 1 FROM consensus WHERE round_id = ? AND initiative_id = ?)");
    std::vector<InitiativeScore> scores;
    scores.reserve(initiativeIds.size());
    for (const std::int64_t id : initiativeIds) {
        if (const auto found = stored.find(id); found != stored.end()) {
            if (!matchesBank(found->second, bank) || !plausible(found->second, bank)) {
                return std::nullopt;
            }
            scores.push_back(std::move(found->second));
        } else if (hasResponses(answered, roundId, id)) {
            return std::nullopt; // answers without their stored score
        } else {
            scores.push_back(scoreInitiative(bank, id, {})); // nothing answered yet: nothing stored
        }
    }
    return scores;
}

Result<std::optional<std::vector<InitiativeScore>>> AssessmentFile::loadStoredScores(const Assessment& assessment,
                                                                                     const RoundData& round) const
{
    if (m_schemaVersion < kStoredDisagreementsSchemaVersion) {
        return std::optional<std::vector<InitiativeScore>>();
    }
    std::vector<std::int64_t> active;
    for (const Initiative& initiative : assessment.initiatives) {
        if (!initiative.archived) {
            active.push_back(initiative.id);
        }
    }
    try {
        return trustedStoredScores(*m_db, round.round.id, round.bank, active);
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<LatestRoundSummary> AssessmentFile::readSummary(const std::string& path, const std::function<bool()>& cancelled)
{
    try {
        Result<std::unique_ptr<AssessmentFile>> file = openChecked(path, OpenMode::ReadOnly, OpenChecks::Light);
        if (!file) {
            return file.error();
        }
        SQLite::Database& db = *(*file)->m_db;
        const CancelHandler handler(db, cancelled);
        return readLatestRound(db, (*file)->m_schemaVersion);
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, path, error.what()};
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, path);
    } catch (const std::exception& error) {
        return StorageError{ErrorCode::Io, path, error.what()};
    }
}

} // namespace lastmile::storage
