// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "core/agenda.h"
#include "core/answer.h"
#include "core/assessment_data.h"
#include "file_handle.h"
#include "storage_error.h"
#include "working_copy.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

class Connection;

enum class OpenMode { ReadWrite, ReadOnly };

// One thing a full check found wrong with a file.
struct Finding
{
    enum class Kind { Integrity, ForeignKey, BadBank, UnknownQuestion, InvalidRow };
    Kind kind;
    std::string detail; // SQLite's message, the table, the round, the question id, or the row
};

// What the library shows of a file: its latest round's scores, read from the scores stored in
// the file (schema version 3 and later), so it costs O(initiatives), not O(answers).
struct LatestRoundSummary
{
    std::string organization;
    int initiativeCount = 0;    // initiatives that are not archived
    std::optional<Round> round; // the latest round; none when the file has no round yet
    QuestionBank bank;          // that round's frozen bank (friction names and order)
    // The round's score of each initiative that is not archived, in the file's order. Each
    // friction carries its score, band, coverage and lowCoverage (and its disagreementCount in a
    // file of schema version 5 or later), not the per-question detail.
    std::vector<InitiativeScore> initiatives;
    // How many of them were computed from their answers: no stored score (no answers yet, or a
    // score a program that does not keep scores left stale), or every one for a file of schema
    // version 2 or older, which is read as it is.
    int computedFromAnswers = 0;
};

// An open .lastmile file. Every edit is one short SQLite transaction, durable when the call
// returns (rollback journal, synchronous=EXTRA); the file is never rewritten whole. Every edit
// that commits is reported to the change listener (one Change each, after the commit), and
// refresh() brings a cached Assessment up to date from that report. The edits themselves live
// in one helper per area (AnswerStore, EngagementStore, PlanStore, AgendaStore,
// WorkingCopyStore); this class opens the file, runs each edit in its transaction, recomputes
// the stored scores the edit made stale in that same transaction, and reports what it changed.
// A file opened ReadWrite is locked against other Lastmile writers until it is closed.
// Methods never throw; every failure comes back as a StorageError. An AssessmentFile is used
// by one thread at a time (its connection is opened without SQLite's own mutex); another
// thread opens its own.
class AssessmentFile
{
public:
    // Opens an existing file after checking it is a sound Lastmile file; never changes a file
    // it refuses.
    static Result<std::unique_ptr<AssessmentFile>> open(const std::string& path, OpenMode mode);

    // open() in two halves for a caller with a second thread, as the app opens a file: every
    // check of open() but the two that read the whole file, PRAGMA quick_check (checkPages()) and
    // the index counts (checkIndexes()), which the caller runs next, checkPages() on a thread of
    // its own at the same time as checkIndexes() and the first reads on this one. Nothing read
    // through the file may be shown or trusted before both have passed. A file that opening
    // upgrades (an older version opened ReadWrite) has its pages checked here first, as open()
    // does, since the upgrade writes.
    static Result<std::unique_ptr<AssessmentFile>> openWithoutPageCheck(const std::string& path, OpenMode mode);
    // PRAGMA quick_check of this file on a read-only connection of its own: Corrupt with SQLite's
    // first finding. Touches nothing of this object but its path, so it may run on another thread
    // while this object is used (the writer's lock and any journal were dealt with by the open).
    Status checkPages() const;
    // Every index has as many entries as its table has rows (Corrupt otherwise); open() runs it.
    Status checkIndexes() const;

    // Writes a new file holding `assessment`, atomically: the file appears complete or not at
    // all. Refuses to overwrite an existing file. Ids in `assessment` are kept.
    static Result<std::unique_ptr<AssessmentFile>> create(const std::string& path, const Assessment& assessment);

    ~AssessmentFile();
    AssessmentFile(const AssessmentFile&) = delete;
    AssessmentFile& operator=(const AssessmentFile&) = delete;

    const std::string& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    // The file's schema version: kSchemaVersion, or older for a file read as it is (read-only
    // opens never upgrade a file).
    int schemaVersion() const { return m_schemaVersion; }

    // Reads the summary of the file at `path` for the library, read-only, without the full open
    // checks (quick_check, index counts) that opening a file to work on runs: a damaged file may
    // show a row that opening it then refuses. When `cancelled` returns true (polled while SQLite
    // reads), the read gives up soon with an error. Safe to call on any thread.
    static Result<LatestRoundSummary> readSummary(const std::string& path, const std::function<bool()>& cancelled = {});

    // The whole assessment; round banks are the frozen copies stored with each round.
    Result<Assessment> load() const;
    // Everything but the answers and consensus answers, then those of the rounds asked for:
    // for commands that read one or two rounds of a large file. Never write such a partial
    // Assessment back as a whole.
    Result<Assessment> loadWithoutAnswers() const;
    Status loadAnswers(RoundData& round) const;
    // One stored answer as the questionnaire edits it (core's answerOf): respondent
    // `respondentId`'s answer, or the consensus answer for respondentId 0; empty when none is
    // stored. For a round whose answers are not loaded.
    Result<std::optional<AnswerRecord>> loadAnswerOf(std::int64_t roundId, std::int64_t initiativeId,
                                                     const std::string& questionId, std::int64_t respondentId) const;
    // The score of each initiative in `round` (a round of `assessment`, this file's
    // loadWithoutAnswers() or load()) read from the scores stored in the file, never from its
    // answers: O(initiatives x frictions) rows. One InitiativeScore per initiative that is not
    // archived, in the order of assessment.initiatives, equal to what scoreRound() computes
    // from the answers under the default ScoringRules in readiness, coverage and each friction's
    // (in the bank's order) score, band, coverage, lowCoverage and disagreementCount; the
    // per-question detail (questions, counts, weights) is left empty.
    // Trusted, and returned, only when all of these hold; otherwise nullopt, and the caller
    // scores from the answers:
    // - the file is of schema version 5 or later (kStoredDisagreementsSchemaVersion): an older
    //   file read as it is (read-only opens never upgrade) stores no disagreement counts;
    // - no initiative of the round is marked stale (score_stale: a program that writes answers
    //   but not scores);
    // - every initiative with answers or consensus answers in the round has a stored score, with
    //   exactly the frictions of the round's bank in the bank's order, every figure within its
    //   range (docs/file-format.md#stored-scores). An initiative with nothing answered has no
    //   stored score and is scored as scoreRound() scores it, from no answers.
    // Errors only when the file cannot be read.
    Result<std::optional<std::vector<InitiativeScore>>> loadStoredScores(const Assessment& assessment,
                                                                         const RoundData& round) const;
    // Brings `assessment`, a whole load() of this file, up to date with `change`, a change this
    // file reported, reading only what the change touched: one answer, the actions, a round's
    // respondents and answers... On failure (the file could not be read) `assessment` is
    // unchanged.
    Status refresh(Assessment& assessment, const Change& change) const;

    // Records one respondent's answer (replacing an earlier one). The question must be in the
    // round's bank, and the respondent must belong to the round.
    Status setAnswer(const AnswerRecord& answer, std::int64_t roundId);
    // Records several answers, of any respondents, in one transaction: all of them or none (the
    // first refused answer's error), one disk sync for all. Listeners hear of each after the
    // commit. For the workshop's phones, whose votes arrive together.
    Status setAnswers(const std::vector<AnswerRecord>& answers, std::int64_t roundId);
    Status clearAnswer(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                       std::int64_t respondentId);
    Status setConsensus(const ConsensusRecord& consensus, std::int64_t roundId);
    Status clearConsensus(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId);

    // The engagement: organization, initiatives, rounds and respondents. Adding with id 0 makes
    // a new id; a non-zero id is kept (to undo a removal). Removing takes everything that
    // belongs to the item with it (answers, actions, targets), in one transaction.
    Status setOrganization(const Organization& organization);
    Result<std::int64_t> addInitiative(const Initiative& initiative);
    Status updateInitiative(const Initiative& initiative);
    Status removeInitiative(std::int64_t initiativeId);
    // A new round asked with `bank`, last in order; with `copyRespondentsFrom`, the new round
    // starts with that round's respondents (new ids, same names and roles).
    Result<std::int64_t> addRound(const Round& round, const QuestionBank& bank, std::int64_t copyRespondentsFrom = 0);
    Status renameRound(std::int64_t roundId, const std::string& name, const std::string& heldOn);
    Status removeRound(std::int64_t roundId);
    Result<std::int64_t> addRespondent(const Respondent& respondent);
    Status updateRespondent(const Respondent& respondent);
    Status removeRespondent(std::int64_t respondentId);

    // The action plan, targets and report branding. A new action goes last, or at `index`
    // (0-based, clamped) when index >= 0, in the same transaction; moveAction reorders (the
    // report follows the order the user set).
    Result<std::int64_t> addAction(const Action& action, int index = -1);
    Status updateAction(const Action& action);
    Status removeAction(std::int64_t actionId);
    Status moveAction(std::int64_t actionId, int newIndex);
    Status setTarget(const Target& target);
    Status clearTarget(std::int64_t initiativeId, const std::string& frictionId);
    Status setBranding(const Branding& branding);

    // The workshop agenda of a round (docs/workshop.md), or none when none was planned. Items
    // whose initiative was removed are gone; the position is clamped to the items left.
    Result<std::optional<Agenda>> loadAgenda(std::int64_t roundId) const;
    // Replaces the round's agenda in one transaction. Refused (UnknownId, Invalid) when the
    // round or an initiative does not exist, or agendaProblem() finds the agenda wrong.
    Status setAgenda(const Agenda& agenda);
    // Moves the room to item `position` (0 <= position < items) of the round's agenda.
    Status setAgendaPosition(std::int64_t roundId, int position);
    // Forgets the round's agenda: the room answers every question again.
    Status clearAgenda(std::int64_t roundId);

    // PRAGMA integrity_check and foreign_key_check, plus the rules SQL cannot express (answers
    // to questions that are not in their round's bank, banks that do not load). Empty when the
    // file is sound.
    Result<std::vector<Finding>> verify() const;

    // The repository this file is a working copy of, with the base of its next merge; none for
    // a file that is not one (or of a schema version before working copies).
    Result<std::optional<WorkingCopy>> loadWorkingCopy() const;
    // Makes the file a working copy of `copy`, replacing what it was, in one transaction.
    // Refused (Invalid) when the repository or engagement is empty.
    Status setWorkingCopy(const WorkingCopy& copy);
    // Which repository and engagement the file at `path` is a working copy of (without the base;
    // syncedAt and syncedBy included), read with the light checks of readSummary, read-only;
    // nullopt when it is not a working copy. What the library shows.
    static Result<std::optional<WorkingCopy>> readWorkingCopyLink(const std::string& path);

    // Writes a consistent copy to `path` through SQLite's backup API, atomically; never
    // overwrites. Works on a file opened read-only too.
    Status saveCopyAs(const std::string& path) const;

    // Hears of every edit of this file once it is committed, whoever made it, one Change per
    // edit (setAnswers: one per answer). Called on the thread that made the edit.
    void setChangeListener(std::function<void(const Change&)> listener) { m_listener = std::move(listener); }

private:
    // One area's edits inside the open transaction: each returns what it changed.
    using Edit = std::function<Result<std::vector<Change>>(Connection&)>;

    AssessmentFile(std::string path, OpenMode mode, int schemaVersion, std::unique_ptr<SQLite::Database> db,
                   FileHandle handle);
    // Light skips quick_check and the index counts; AllButPages skips them too, but for a
    // quick_check before an upgrade (openWithoutPageCheck).
    enum class OpenChecks { Full, AllButPages, Light };
    static Result<std::unique_ptr<AssessmentFile>> openChecked(const std::string& path, OpenMode mode,
                                                               OpenChecks checks = OpenChecks::Full);
    // openChecked() with every exception mapped to a StorageError.
    static Result<std::unique_ptr<AssessmentFile>> openGuarded(const std::string& path, OpenMode mode,
                                                               OpenChecks checks);
    // The one write path: runs `edit` in one IMMEDIATE transaction, recomputes the stored scores
    // the edit made stale (score_summary.h) in that same transaction, commits, then reports each
    // change to the listener. Rolled back when the edit or the scores fail, every failure mapped
    // to a StorageError.
    Result<std::vector<Change>> commit(const Edit& edit);
    // commit() for an edit of one change.
    Result<Change> commitOne(const std::function<Result<Change>(Connection&)>& edit);

    std::string m_path;
    OpenMode m_mode;
    int m_schemaVersion = 0; // the file's schema: older than this build's only when read as it is
    std::unique_ptr<SQLite::Database> m_db;
    std::unique_ptr<Connection> m_connection; // what the area helpers share
    FileHandle m_handle;                      // the destructor closes m_db first, then this
    std::function<void(const Change&)> m_listener;
};

} // namespace lastmile::storage
