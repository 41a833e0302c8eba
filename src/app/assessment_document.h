// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "storage/assessment_file.h"
#include "storage/round_reader.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace lastmile::app {

class RoundLoader;

// One open .lastmile file in the app: the file, a cached copy of its contents for the views,
// and the undo stack of its edits. Widgets never change it directly; they go through the edit
// facade (edit.h), whose commands call the write* functions below. Every write is saved to the
// file before it returns (saved() follows), or fails with the file unchanged (failed()).
//
// Answers on demand: a document opened with Loading::OnDemand (or BySize, for a large file)
// reads the engagement without answers (organization, initiatives, rounds with their banks and
// respondents, plan, targets, branding), and a round's answers and consensus answers only when
// need() asks for them, on a worker thread with a read-only connection of its own (RoundLoader);
// roundLoaded() follows. Until then that round's RoundData in assessment() has no answers: a
// reader of answers asks need() (or isLoaded()) first and shows that it is loading meanwhile.
// Edits work at any time: an answer written to a round whose answers are still being read is
// brought into them when they arrive, and answerOf() reads the file for such a round.
class AssessmentDocument : public QObject
{
    Q_OBJECT

public:
    // Why a document is read-only.
    enum class ReadOnlyReason { None, Asked, Location, InUse };
    // How the answers are read: all of them while opening; each round's on demand; or on demand
    // only for a file larger than kWholeLoadLimitBytes (a small file is read whole at once: its
    // answers take a few milliseconds, less than showing that they load would).
    enum class Loading { Whole, OnDemand, BySize };
    static constexpr std::int64_t kWholeLoadLimitBytes = 1024 * 1024;

    // Opens `path`; read-only when asked. A file that cannot be written here, or that another
    // Lastmile is writing, opens read-only instead (readOnlyReason() says why). On failure
    // returns null and sets `error` to a sentence naming the file.
    static std::unique_ptr<AssessmentDocument> open(const QString& path, bool readOnly, QString* error,
                                                    Loading loading = Loading::Whole);
    // The same in two steps, for opening while the window builds its pages: read() opens and
    // checks the file and reads the engagement (with or without its answers), on any thread;
    // open(read(...)) makes the document on the thread it will live on.
    struct Read
    {
        std::unique_ptr<storage::AssessmentFile> file; // null on failure
        Assessment assessment;
        bool whole = true; // with every answer
        ReadOnlyReason reason = ReadOnlyReason::None;
        storage::StorageError error;
    };
    static Read read(const QString& path, bool readOnly, Loading loading);
    static std::unique_ptr<AssessmentDocument> open(const QString& path, Read read, QString* error);
    // Writes a new file holding `initial` and opens it.
    static std::unique_ptr<AssessmentDocument> create(const QString& path, const Assessment& initial, QString* error);
    ~AssessmentDocument() override;

    QString path() const { return m_path; }
    QString fileName() const;
    bool isReadOnly() const { return m_file->isReadOnly(); }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    const Assessment& assessment() const { return m_assessment; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // The round of that id, or null; its answers and consensus answers are there only when
    // isLoaded(roundId).
    const RoundData* round(std::int64_t roundId) const;

    // Whether the answers of round `roundId` (of each of `roundIds`) are in assessment(). A round
    // the file does not have counts as loaded: there is nothing to wait for.
    bool isLoaded(std::int64_t roundId) const;
    bool isLoaded(const std::vector<std::int64_t>& roundIds) const;
    bool isFullyLoaded() const;
    // Asks for the answers of `roundIds`, in that order after those asked for earlier: true when
    // they are all loaded already; otherwise false, and each not loaded yet is read on the
    // worker thread, roundLoaded() following. needAll() asks for every round, the newest first.
    bool need(const std::vector<std::int64_t>& roundIds);
    bool needAll();
    // The ids of every round, oldest first, and of the latest round alone (none without rounds):
    // what pages that show them ask need() for.
    std::vector<std::int64_t> roundIds() const;
    std::vector<std::int64_t> latestRoundIds() const;
    // The score of each initiative of `round` (a round of assessment()) under the default
    // ScoringRules, one per initiative that is not archived, in the file's order: from the round's
    // answers once they are loaded (scoreRound), or else from the scores the file stores when it
    // can trust them (storage::AssessmentFile::loadStoredScores: no per-question detail), with no
    // answer read. None when neither holds: the round's answers must be read (need()) first. A
    // file whose stored scores cannot be read here gives none too; reading its answers says why.
    std::optional<std::vector<InitiativeScore>> roundScores(const RoundData& round) const;
    // Whether answers are being read, and how many of the file's rounds have theirs loaded.
    bool isLoading() const { return !m_inFlight.empty(); }
    int loadedRoundCount() const;
    const Initiative* initiative(std::int64_t initiativeId) const;
    const AnswerRecord* answer(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                               std::int64_t respondentId) const;
    const ConsensusRecord* consensus(std::int64_t roundId, std::int64_t initiativeId,
                                     const std::string& questionId) const;
    // answer() and consensus() are null, too, while the round's answers are not loaded.
    // A respondent's answer, or the consensus for respondent 0 (core's answerOf), or none; read
    // from the file while the round's answers are not loaded.
    std::optional<AnswerRecord> answerOf(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                         std::int64_t respondentId) const;
    const Action* action(std::int64_t actionId) const;
    // The action's place in the plan's order (the report's order), or -1.
    int actionIndex(std::int64_t actionId) const;
    // The agreed target friction score of one initiative and friction, if one is set.
    std::optional<double> target(std::int64_t initiativeId, const std::string& frictionId) const;
    // The workshop agenda planned for a round, if any (docs/workshop.md).
    const Agenda* agenda(std::int64_t roundId) const;
    // The file itself, for a source of edits other than the commands (the workshop voting
    // server): the document follows what it writes exactly as it follows its own writes.
    storage::AssessmentFile& file() { return *m_file; }

    // The writes the commands make. Each goes to the file; the file reports what it changed,
    // the document brings its cache up to date from that report and emits changed() (the one
    // path every edit takes, the document's own and those others make to the file). Each
    // returns false (and emits failed) when the file refused.
    bool writeAnswer(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                     std::int64_t respondentId, const std::optional<AnswerRecord>& record);
    bool writeConsensus(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                        const std::optional<ConsensusRecord>& record);
    bool writeOrganization(const Organization& organization);
    std::optional<std::int64_t> writeNewInitiative(const Initiative& initiative);
    bool writeInitiative(const Initiative& initiative);
    bool eraseInitiative(std::int64_t initiativeId);
    std::optional<std::int64_t> writeNewRound(const Round& round, const QuestionBank& bank,
                                              std::int64_t copyRespondentsFrom);
    bool eraseRound(std::int64_t roundId);
    std::optional<std::int64_t> writeNewRespondent(const Respondent& respondent);
    bool writeRespondent(const Respondent& respondent);
    bool eraseRespondent(std::int64_t respondentId);
    // A new action (its id kept when non-zero), last in the plan or at `index` when >= 0.
    std::optional<std::int64_t> writeNewAction(const Action& action, int index = -1);
    bool writeAction(const Action& action);
    bool eraseAction(std::int64_t actionId);
    bool writeActionIndex(std::int64_t actionId, int index);
    // Sets the target, or clears it when `score` is empty.
    bool writeTarget(std::int64_t initiativeId, const std::string& frictionId, std::optional<double> score);
    bool writeBranding(const Branding& branding);
    // Plans the round's agenda, or forgets it when `agenda` is empty.
    bool writeAgenda(std::int64_t roundId, const std::optional<Agenda>& agenda);
    // Where the room stands on the round's agenda: saved as the room moves, not an undoable edit.
    bool writeAgendaPosition(std::int64_t roundId, int position);

    // Writes a consistent copy of the file; the document stays on its own file.
    bool saveCopyAs(const QString& path, QString* error) const;

signals:
    // After an edit reached the file (this document's or another writer's through the same
    // file) and the cached contents were updated: once per change the file reported.
    void changed(const lastmile::storage::Change& change);
    void saved();
    // An edit was refused (the file and the cached contents are unchanged), or the file could
    // not be read back after an edit. A full sentence naming the file.
    void failed(const QString& message);
    // An edit took something out of view (archived, deleted) and is the top of the undo stack:
    // the window offers a visible Undo. `what` is a sentence ("Archived “Route planning”.").
    void removalUndoable(const QString& what);
    // The answers of round `roundId` are now in assessment() (need()), up to date with every
    // edit made meanwhile.
    void roundLoaded(std::int64_t roundId);
    // Reading answers started or stopped (isLoading(), loadedRoundCount()).
    void loadingChanged();
    // A round's answers could not be read (failed() says so too); need() tries again.
    void loadFailed(const QString& message);

private:
    AssessmentDocument(QString path, std::unique_ptr<storage::AssessmentFile> file, Assessment assessment,
                       bool answersLoaded);
    RoundData* roundData(std::int64_t roundId);
    // A round's answers read on the worker thread: brought into the cache, then the edits made to
    // that round meanwhile are read back over them.
    void receive(std::int64_t roundId, storage::Result<storage::RoundAnswers> answers);
    // Keeps the loaded rounds in step with a change the cache has just followed.
    void followLoading(const storage::Change& change, const std::set<std::int64_t>& roundsBefore);
    // Makes one write of this document's on the file (`call` returns its status), then emits
    // saved() or failed(). Changes of its own are announced at once.
    template <typename Call> auto write(Call&& call);
    bool succeeded(const storage::Status& status);
    template <typename T> std::optional<T> succeeded(const storage::Result<T>& result);
    bool reloadAgendas();
    // Every change the file reports, the document's own edits and others' (a vote from a
    // phone): the cache follows it (the file reads back only what changed), then changed() is
    // emitted. When the file cannot be read back, failed() says so and changed() is not emitted.
    // Another writer's answers (the phones' votes of one transaction) are announced once per
    // question at the next turn of the event loop: a room voting at once costs one repaint,
    // not one per vote. The cache follows each at once.
    void follow(const storage::Change& change);
    void announceLater(const storage::Change& change);
    void announcePending();

    QString m_path;
    std::unique_ptr<storage::AssessmentFile> m_file;
    Assessment m_assessment;
    QUndoStack m_undoStack;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    std::map<std::int64_t, Agenda> m_agendas;                      // by round id
    int m_ownWrites = 0;                                           // write() calls under way
    std::vector<storage::Change> m_pending;                        // answer changes of others not announced yet
    std::set<std::int64_t> m_loaded;                               // rounds whose answers are in m_assessment
    std::map<std::int64_t, std::vector<storage::Change>> m_replay; // edits of rounds not loaded
    std::map<std::int64_t, std::uint64_t> m_inFlight;              // rounds being read: the m_epoch of the ask
    // Counts the edits that change which answers a round has beyond single answers (respondents,
    // initiatives, rounds removed): a round read from before one of them is read again.
    std::uint64_t m_epoch = 0;
    std::unique_ptr<RoundLoader> m_loader; // destroyed first: its thread stops before the file closes
};

} // namespace lastmile::app
