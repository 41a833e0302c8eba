// SPDX-License-Identifier: Apache-2.0
#include "assessment_file.h"

#include "agenda_store.h"
#include "answer_store.h"
#include "assessment_tables.h"
#include "cache_refresh.h"
#include "engagement_store.h"
#include "migrations.h"
#include "open_checks.h"
#include "plan_store.h"
#include "schema.h"
#include "score_summary.h"
#include "sqlite_errors.h"
#include "working_copy_store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <filesystem>

namespace lastmile::storage {

namespace {

constexpr int kBusyTimeoutMs = 2000;

void setDurability(SQLite::Database& db)
{
    // A single file at rest (no -wal beside it), and a commit that survives power loss once
    // the call returns: EXTRA also syncs the folder after the journal is deleted. The file is
    // already in DELETE mode (inspectHeader refuses others), so nothing here writes to it.
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("PRAGMA synchronous = EXTRA");
    db.exec("PRAGMA foreign_keys = ON");
}

// Rolls back an edit that a crashed process left half done, through a writable connection, so
// that a reader sees the last committed state. Refuses when the file cannot be written here.
Status recoverInterruptedEdit(const std::string& path, FileHandle& handle)
{
    if (Status writable = checkWritable(path); !writable) {
        return StorageError{ErrorCode::NeedsRecovery, path, {}};
    }
    if (Status locked = handle.lockExclusive(path); !locked) {
        return success(); // a live writer owns the journal; SQLite's locks keep readers consistent
    }
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE, kBusyTimeoutMs);
        harden(db);
        db.execAndGet("PRAGMA schema_version"); // the first read rolls the hot journal back
    }
    handle.unlock();
    return success();
}

} // namespace

AssessmentFile::AssessmentFile(std::string path, OpenMode mode, int schemaVersion, std::unique_ptr<SQLite::Database> db,
                               FileHandle handle)
    : m_path(std::move(path)), m_mode(mode), m_schemaVersion(schemaVersion), m_db(std::move(db)),
      m_connection(std::make_unique<Connection>(*m_db, m_path, schemaVersion)), m_handle(std::move(handle))
{
}

AssessmentFile::~AssessmentFile()
{
    m_connection.reset();
    m_db.reset(); // close SQLite before the file handle releases the writer lock
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::open(const std::string& path, OpenMode mode)
{
    return openGuarded(path, mode, OpenChecks::Full);
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::openWithoutPageCheck(const std::string& path, OpenMode mode)
{
    return openGuarded(path, mode, OpenChecks::AllButPages);
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::openGuarded(const std::string& path, OpenMode mode,
                                                                    OpenChecks checks)
{
    try {
        return openChecked(path, mode, checks);
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, path);
    } catch (const std::exception& error) {
        return StorageError{ErrorCode::Io, path, error.what()};
    }
}

Status AssessmentFile::checkPages() const
{
    try {
        SQLite::Database db(m_path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX, kBusyTimeoutMs);
        harden(db);
        db.exec("PRAGMA query_only = ON");
        return quickCheck(db, m_path);
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    } catch (const std::exception& error) {
        return StorageError{ErrorCode::Io, m_path, error.what()};
    }
}

Status AssessmentFile::checkIndexes() const
{
    try {
        return indexCheck(*m_db, m_path);
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    } catch (const std::exception& error) {
        return StorageError{ErrorCode::Io, m_path, error.what()};
    }
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::openChecked(const std::string& path, OpenMode mode,
                                                                    OpenChecks checks)
{
    if (Status isFile = checkIsFile(path); !isFile) {
        return isFile.error();
    }
    Result<FileHandle> handle = FileHandle::open(path);
    if (!handle) {
        return handle.error();
    }
    const Result<FileHeader> header = inspectHeader(handle->fd(), path);
    if (!header) {
        return header.error();
    }
    if (mode == OpenMode::ReadWrite) {
        if (Status writable = checkWritable(path); !writable) {
            return writable.error();
        }
        if (Status locked = handle->lockExclusive(path); !locked) {
            return locked.error();
        }
    } else if (hasJournal(path)) {
        if (Status recovered = recoverInterruptedEdit(path, *handle); !recovered) {
            return recovered.error();
        }
    }

    // A connection is used by one thread at a time, so SQLite need not lock its own mutex on every call.
    const int flags =
        (mode == OpenMode::ReadWrite ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY) | SQLite::OPEN_NOMUTEX;
    auto db = std::make_unique<SQLite::Database>(path, flags, kBusyTimeoutMs);
    harden(*db);
    if (mode == OpenMode::ReadOnly) {
        db->exec("PRAGMA query_only = ON");
    }
    // The header may have been stale (a journal rolled back since): ask SQLite again.
    const int version = db->execAndGet("PRAGMA user_version").getInt();
    if (version > kSchemaVersion) {
        return StorageError{ErrorCode::NewerVersion, path, std::to_string(version)};
    }
    const bool upgrades = version < kSchemaVersion && mode == OpenMode::ReadWrite;
    const bool checkPagesNow = checks == OpenChecks::Full || (checks == OpenChecks::AllButPages && upgrades);
    if (Status sound = checkPagesNow ? quickCheck(*db, path) : success(); !sound) {
        return sound.error();
    }
    if (version < 1) {
        return StorageError{ErrorCode::NotLastmile, path, "schema version " + std::to_string(version)};
    }
    // A file of an older version is read as it is when it may not be changed (a review must
    // never change the file, not even to upgrade it); a writable open upgrades it.
    if (upgrades) {
        const auto verify = [&]() -> Status {
            if (Status schema = verifySchema(*db, path); !schema) {
                return schema;
            }
            SQLite::Statement orphans(*db, "PRAGMA foreign_key_check");
            if (orphans.executeStep()) {
                return StorageError{ErrorCode::Invalid, path, "rows of " + orphans.getColumn(0).getString()};
            }
            return success();
        };
        Result<std::string> migrated = migrate(*db, path, version, kSchemaVersion, shippedMigrations(), verify);
        if (!migrated) {
            return migrated.error();
        }
    }
    const int schemaVersion = mode == OpenMode::ReadWrite ? kSchemaVersion : version;
    if (Status schema = verifySchema(*db, path, schemaVersion); !schema) {
        return schema.error();
    }
    if (Status indexes = checks == OpenChecks::Full ? indexCheck(*db, path) : success(); !indexes) {
        return indexes.error();
    }
    if (mode == OpenMode::ReadWrite) {
        setDurability(*db);
        enableOwnTriggers(*db); // the schema, triggers included, is exactly this build's (above)
    }
    return std::unique_ptr<AssessmentFile>(
        new AssessmentFile(path, mode, schemaVersion, std::move(db), std::move(*handle)));
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::create(const std::string& path, const Assessment& assessment)
{
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) {
        return StorageError{ErrorCode::AlreadyExists, path, {}};
    }
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder, ignored)) {
        return StorageError{ErrorCode::NotFound, folder.string(), {}};
    }
    for (const RoundData& round : assessment.rounds) {
        for (const AnswerRecord& answer : round.answers) {
            if (!round.bank.findQuestion(answer.questionId)) {
                return StorageError{ErrorCode::UnknownId, path, answer.questionId};
            }
        }
        for (const ConsensusRecord& consensus : round.consensus) {
            if (!round.bank.findQuestion(consensus.questionId)) {
                return StorageError{ErrorCode::UnknownId, path, consensus.questionId};
            }
        }
    }
    const std::string temporary = temporarySibling(path);
    try {
        {
            SQLite::Database db(temporary, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, kBusyTimeoutMs);
            harden(db);
            setDurability(db);
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
            db.exec(std::string(schemaSql()));
            enableOwnTriggers(db);
            writeAssessment(db, assessment);
            RoundBanks banks;
            refreshScoreSummaries(db, banks);
            transaction.commit();
        }
    } catch (const SQLite::Exception& error) {
        removeTemporary(temporary);
        return errorFromSqlite(error, path);
    } catch (const InvalidRow& error) {
        removeTemporary(temporary);
        return StorageError{ErrorCode::Invalid, path, error.what()};
    }
    if (Status published = publishFile(temporary, path); !published) {
        return published.error();
    }
    return open(path, OpenMode::ReadWrite);
}

Result<Assessment> AssessmentFile::load() const
{
    try {
        return readAssessment(*m_db);
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, m_path, error.what()};
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<Assessment> AssessmentFile::loadWithoutAnswers() const
{
    try {
        return readAssessment(*m_db, false);
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, m_path, error.what()};
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Status AssessmentFile::loadAnswers(RoundData& round) const
{
    try {
        readRoundAnswers(*m_db, round);
        return success();
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, m_path, error.what()};
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<std::optional<AnswerRecord>> AssessmentFile::loadAnswerOf(std::int64_t roundId, std::int64_t initiativeId,
                                                                 const std::string& questionId,
                                                                 std::int64_t respondentId) const
{
    try {
        if (respondentId != 0) {
            return readAnswer(*m_db, roundId, initiativeId, questionId, respondentId);
        }
        const std::optional<ConsensusRecord> consensus = readConsensus(*m_db, roundId, initiativeId, questionId);
        if (!consensus) {
            return std::optional<AnswerRecord>();
        }
        return std::optional<AnswerRecord>(
            AnswerRecord{consensus->initiativeId, consensus->questionId, 0, consensus->answer, consensus->note, {}});
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, m_path, error.what()};
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<std::vector<Finding>> AssessmentFile::verify() const
{
    std::vector<Finding> findings;
    try {
        SQLite::Statement integrity(*m_db, "PRAGMA integrity_check(100)");
        while (integrity.executeStep()) {
            const std::string line = integrity.getColumn(0).getString();
            if (line != "ok") {
                findings.push_back({Finding::Kind::Integrity, line});
            }
        }
        SQLite::Statement foreignKeys(*m_db, "PRAGMA foreign_key_check");
        while (foreignKeys.executeStep()) {
            findings.push_back({Finding::Kind::ForeignKey, foreignKeys.getColumn(0).getString()});
        }
        try {
            readAssessment(*m_db);
        } catch (const InvalidRow& error) {
            findings.push_back({Finding::Kind::InvalidRow, error.what()});
        }
        SQLite::Statement rounds(*m_db, "SELECT id, name FROM round ORDER BY position, id");
        while (rounds.executeStep()) {
            const std::int64_t roundId = rounds.getColumn(0).getInt64();
            const Result<const std::set<std::string>*> questions = m_connection->roundQuestions(roundId);
            if (!questions) {
                findings.push_back({Finding::Kind::BadBank, rounds.getColumn(1).getString()});
                continue;
            }
            SQLite::Statement used(*m_db, "SELECT question_id FROM answer WHERE round_id = ?1 UNION "
                                          "SELECT question_id FROM consensus WHERE round_id = ?1");
            used.bind(1, roundId);
            while (used.executeStep()) {
                const std::string questionId = used.getColumn(0).getString();
                if ((*questions)->count(questionId) == 0) {
                    findings.push_back({Finding::Kind::UnknownQuestion, questionId});
                }
            }
            if (const Result<std::optional<Agenda>> agenda = loadAgenda(roundId); !agenda) {
                findings.push_back({Finding::Kind::InvalidRow, agenda.error().detail});
            }
        }
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
    return findings;
}

Status AssessmentFile::saveCopyAs(const std::string& path) const
{
    return writeConsistentCopy(*m_db, path);
}

Status AssessmentFile::refresh(Assessment& assessment, const Change& change) const
{
    try {
        refreshAssessment(*m_db, assessment, change);
        return success();
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, m_path, error.what()};
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<std::optional<Agenda>> AssessmentFile::loadAgenda(std::int64_t roundId) const
{
    try {
        return AgendaStore(*m_connection).load(roundId);
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<std::optional<WorkingCopy>> AssessmentFile::loadWorkingCopy() const
{
    try {
        return WorkingCopyStore(*m_connection).load();
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<std::vector<Change>> AssessmentFile::commit(const Edit& edit)
{
    if (m_mode == OpenMode::ReadOnly) {
        return StorageError{ErrorCode::ReadOnlyFile, m_path, {}};
    }
    Result<std::vector<Change>> changes = StorageError{};
    try {
        SQLite::Transaction transaction(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        changes = edit(*m_connection);
        if (!changes) {
            return changes; // rolled back as the transaction goes out of scope
        }
        // The stored scores commit with the edit that made them stale, or nothing does.
        refreshScoreSummaries(m_connection->db(), m_connection->banks());
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, m_path, error.what()};
    }
    if (m_listener) {
        for (const Change& change : *changes) {
            m_listener(change);
        }
    }
    return changes;
}

Result<Change> AssessmentFile::commitOne(const std::function<Result<Change>(Connection&)>& edit)
{
    const Result<std::vector<Change>> changes = commit([&](Connection& connection) -> Result<std::vector<Change>> {
        Result<Change> change = edit(connection);
        if (!change) {
            return change.error();
        }
        return std::vector<Change>{*change};
    });
    if (!changes) {
        return changes.error();
    }
    return changes->front();
}

namespace {

// The status of an edit whose change the caller does not need.
Status done(const Result<Change>& change)
{
    return change ? success() : Status(change.error());
}

} // namespace

Status AssessmentFile::setAnswer(const AnswerRecord& answer, std::int64_t roundId)
{
    return done(commitOne([&](Connection& c) { return AnswerStore(c).set(answer, roundId); }));
}

Status AssessmentFile::setAnswers(const std::vector<AnswerRecord>& answers, std::int64_t roundId)
{
    const auto changes = commit([&](Connection& c) -> Result<std::vector<Change>> {
        std::vector<Change> made;
        for (const AnswerRecord& answer : answers) {
            Result<Change> one = AnswerStore(c).set(answer, roundId);
            if (!one) {
                return one.error();
            }
            made.push_back(std::move(*one));
        }
        return made;
    });
    return changes ? success() : Status(changes.error());
}

Status AssessmentFile::clearAnswer(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                   std::int64_t respondentId)
{
    return done(commitOne(
        [&](Connection& c) { return AnswerStore(c).clear(roundId, initiativeId, questionId, respondentId); }));
}

Status AssessmentFile::setConsensus(const ConsensusRecord& consensus, std::int64_t roundId)
{
    return done(commitOne([&](Connection& c) { return AnswerStore(c).setConsensus(consensus, roundId); }));
}

Status AssessmentFile::clearConsensus(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId)
{
    return done(
        commitOne([&](Connection& c) { return AnswerStore(c).clearConsensus(roundId, initiativeId, questionId); }));
}

Status AssessmentFile::setOrganization(const Organization& organization)
{
    return done(commitOne([&](Connection& c) { return EngagementStore(c).setOrganization(organization); }));
}

Result<std::int64_t> AssessmentFile::addInitiative(const Initiative& initiative)
{
    const Result<Change> change =
        commitOne([&](Connection& c) { return EngagementStore(c).addInitiative(initiative); });
    return change ? Result<std::int64_t>(change->initiativeId) : change.error();
}

Status AssessmentFile::updateInitiative(const Initiative& initiative)
{
    return done(commitOne([&](Connection& c) { return EngagementStore(c).updateInitiative(initiative); }));
}

Status AssessmentFile::removeInitiative(std::int64_t initiativeId)
{
    return done(commitOne([&](Connection& c) { return EngagementStore(c).removeInitiative(initiativeId); }));
}

Result<std::int64_t> AssessmentFile::addRound(const Round& round, const QuestionBank& bank,
                                              std::int64_t copyRespondentsFrom)
{
    const Result<Change> change =
        commitOne([&](Connection& c) { return EngagementStore(c).addRound(round, bank, copyRespondentsFrom); });
    return change ? Result<std::int64_t>(change->roundId) : change.error();
}

Status AssessmentFile::renameRound(std::int64_t roundId, const std::string& name, const std::string& heldOn)
{
    return done(commitOne([&](Connection& c) { return EngagementStore(c).renameRound(roundId, name, heldOn); }));
}

Status AssessmentFile::removeRound(std::int64_t roundId)
{
    return done(commitOne([&](Connection& c) { return EngagementStore(c).removeRound(roundId); }));
}

Result<std::int64_t> AssessmentFile::addRespondent(const Respondent& respondent)
{
    const Result<Change> change =
        commitOne([&](Connection& c) { return EngagementStore(c).addRespondent(respondent); });
    return change ? Result<std::int64_t>(change->respondentId) : change.error();
}

Status AssessmentFile::updateRespondent(const Respondent& respondent)
{
    return done(commitOne([&](Connection& c) { return EngagementStore(c).updateRespondent(respondent); }));
}

Status AssessmentFile::removeRespondent(std::int64_t respondentId)
{
    return done(commitOne([&](Connection& c) { return EngagementStore(c).removeRespondent(respondentId); }));
}

Result<std::int64_t> AssessmentFile::addAction(const Action& action, int index)
{
    const Result<Change> change = commitOne([&](Connection& c) { return PlanStore(c).addAction(action, index); });
    return change ? Result<std::int64_t>(change->actionId) : change.error();
}

Status AssessmentFile::updateAction(const Action& action)
{
    return done(commitOne([&](Connection& c) { return PlanStore(c).updateAction(action); }));
}

Status AssessmentFile::removeAction(std::int64_t actionId)
{
    return done(commitOne([&](Connection& c) { return PlanStore(c).removeAction(actionId); }));
}

Status AssessmentFile::moveAction(std::int64_t actionId, int newIndex)
{
    return done(commitOne([&](Connection& c) { return PlanStore(c).moveAction(actionId, newIndex); }));
}

Status AssessmentFile::setTarget(const Target& target)
{
    return done(commitOne([&](Connection& c) { return PlanStore(c).setTarget(target); }));
}

Status AssessmentFile::clearTarget(std::int64_t initiativeId, const std::string& frictionId)
{
    return done(commitOne([&](Connection& c) { return PlanStore(c).clearTarget(initiativeId, frictionId); }));
}

Status AssessmentFile::setBranding(const Branding& branding)
{
    return done(commitOne([&](Connection& c) { return PlanStore(c).setBranding(branding); }));
}

Status AssessmentFile::setAgenda(const Agenda& agenda)
{
    return done(commitOne([&](Connection& c) { return AgendaStore(c).set(agenda); }));
}

Status AssessmentFile::setAgendaPosition(std::int64_t roundId, int position)
{
    return done(commitOne([&](Connection& c) { return AgendaStore(c).setPosition(roundId, position); }));
}

Status AssessmentFile::clearAgenda(std::int64_t roundId)
{
    return done(commitOne([&](Connection& c) { return AgendaStore(c).clear(roundId); }));
}

Status AssessmentFile::setWorkingCopy(const WorkingCopy& copy)
{
    const auto changes = commit([&](Connection& c) -> Result<std::vector<Change>> {
        if (Status set = WorkingCopyStore(c).set(copy); !set) {
            return set.error();
        }
        return std::vector<Change>{}; // not part of the assessment
    });
    return changes ? success() : Status(changes.error());
}

} // namespace lastmile::storage
