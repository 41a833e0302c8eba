// SPDX-License-Identifier: Apache-2.0
#include "assessment_document.h"

#include "round_loader.h"
#include "storage_text/storage_messages.h"
#include "text/messages.h"

#include <QFileInfo>
#include <algorithm>
#include <future>

namespace lastmile::app {

namespace {

QString describe(const storage::StorageError& error)
{
    return text::fileMessage(QString::fromStdString(error.path), text::StorageMessages::storageError(error));
}

} // namespace

AssessmentDocument::AssessmentDocument(QString path, std::unique_ptr<storage::AssessmentFile> file,
                                       Assessment assessment, bool answersLoaded)
    : m_path(std::move(path)), m_file(std::move(file)), m_assessment(std::move(assessment))
{
    if (answersLoaded) {
        for (const RoundData& round : m_assessment.rounds) {
            m_loaded.insert(round.round.id);
        }
    } else {
        // Its connection is opened now, on the file just checked, not later on whatever the
        // path names by then.
        m_loader = std::make_unique<RoundLoader>(
            m_path, [this](std::int64_t id, storage::Result<storage::RoundAnswers> answers) {
                receive(id, std::move(answers));
            });
    }
    reloadAgendas();
    m_file->setChangeListener([this](const storage::Change& change) { follow(change); });
}

AssessmentDocument::~AssessmentDocument()
{
    m_loader.reset(); // stops and joins the worker thread before the file closes
    m_file->setChangeListener({});
}

std::unique_ptr<AssessmentDocument> AssessmentDocument::open(const QString& path, bool readOnly, QString* error,
                                                             Loading loading)
{
    return open(path, read(path, readOnly, loading), error);
}

AssessmentDocument::Read AssessmentDocument::read(const QString& path, bool readOnly, Loading loading)
{
    Read read;
    read.reason = readOnly ? ReadOnlyReason::Asked : ReadOnlyReason::None;
    auto file = storage::AssessmentFile::openWithoutPageCheck(
        path.toStdString(), readOnly ? storage::OpenMode::ReadOnly : storage::OpenMode::ReadWrite);
    if (!file && !readOnly &&
        (file.error().code == storage::ErrorCode::ReadOnlyLocation || file.error().code == storage::ErrorCode::InUse)) {
        read.reason = file.error().code == storage::ErrorCode::InUse ? ReadOnlyReason::InUse : ReadOnlyReason::Location;
        file = storage::AssessmentFile::openWithoutPageCheck(path.toStdString(), storage::OpenMode::ReadOnly);
    }
    if (!file) {
        read.error = file.error();
        return read;
    }
    // quick_check reads every page on a thread of its own while this one counts the indexes and
    // reads the engagement; what was read is given out only once both checks have passed.
    const storage::AssessmentFile* checked = file->get();
    auto pages = std::async(std::launch::async, [checked] { return checked->checkPages(); });
    read.whole =
        loading == Loading::Whole || (loading == Loading::BySize && QFileInfo(path).size() <= kWholeLoadLimitBytes);
    const storage::Status indexes = (*file)->checkIndexes();
    auto assessment = indexes ? (read.whole ? (*file)->load() : (*file)->loadWithoutAnswers())
                              : storage::Result<Assessment>(indexes.error());
    if (const storage::Status sound = pages.get(); !sound) {
        read.error = sound.error(); // a damaged file's own finding comes first
        return read;
    }
    if (!assessment) {
        read.error = assessment.error();
        return read;
    }
    read.file = std::move(*file);
    read.assessment = std::move(*assessment);
    return read;
}

std::unique_ptr<AssessmentDocument> AssessmentDocument::open(const QString& path, Read read, QString* error)
{
    if (!read.file) {
        *error = describe(read.error);
        return nullptr;
    }
    std::unique_ptr<AssessmentDocument> document(
        new AssessmentDocument(path, std::move(read.file), std::move(read.assessment), read.whole));
    document->m_readOnlyReason = read.reason;
    return document;
}

std::unique_ptr<AssessmentDocument> AssessmentDocument::create(const QString& path, const Assessment& initial,
                                                               QString* error)
{
    auto file = storage::AssessmentFile::create(path.toStdString(), initial);
    if (!file) {
        *error = describe(file.error());
        return nullptr;
    }
    file = storage::StorageError{}; // close, then reopen to read back exactly what was stored
    return open(path, false, error);
}

QString AssessmentDocument::fileName() const
{
    return QFileInfo(m_path).fileName();
}

const RoundData* AssessmentDocument::round(std::int64_t roundId) const
{
    for (const RoundData& round : m_assessment.rounds) {
        if (round.round.id == roundId) {
            return &round;
        }
    }
    return nullptr;
}

RoundData* AssessmentDocument::roundData(std::int64_t roundId)
{
    return const_cast<RoundData*>(round(roundId));
}

bool AssessmentDocument::isLoaded(std::int64_t roundId) const
{
    return m_loaded.count(roundId) > 0 || !round(roundId);
}

bool AssessmentDocument::isLoaded(const std::vector<std::int64_t>& roundIds) const
{
    return std::all_of(roundIds.begin(), roundIds.end(), [this](std::int64_t id) { return isLoaded(id); });
}

bool AssessmentDocument::isFullyLoaded() const
{
    return loadedRoundCount() == int(m_assessment.rounds.size());
}

int AssessmentDocument::loadedRoundCount() const
{
    return int(std::count_if(m_assessment.rounds.begin(), m_assessment.rounds.end(),
                             [this](const RoundData& round) { return m_loaded.count(round.round.id) > 0; }));
}

std::optional<std::vector<InitiativeScore>> AssessmentDocument::roundScores(const RoundData& round) const
{
    if (isLoaded(round.round.id)) {
        return scoreRound(m_assessment, round);
    }
    auto stored = m_file->loadStoredScores(m_assessment, round);
    return stored ? std::move(*stored) : std::nullopt;
}

bool AssessmentDocument::need(const std::vector<std::int64_t>& roundIds)
{
    bool ready = true;
    bool started = false;
    for (const std::int64_t roundId : roundIds) {
        if (isLoaded(roundId)) {
            continue;
        }
        ready = false;
        if (m_inFlight.count(roundId) > 0) {
            continue;
        }
        m_inFlight[roundId] = m_epoch;
        m_loader->request(roundId);
        started = true;
    }
    if (started) {
        emit loadingChanged();
    }
    return ready;
}

bool AssessmentDocument::needAll()
{
    std::vector<std::int64_t> newestFirst = roundIds();
    std::reverse(newestFirst.begin(), newestFirst.end());
    return need(newestFirst);
}

std::vector<std::int64_t> AssessmentDocument::roundIds() const
{
    std::vector<std::int64_t> ids;
    for (const RoundData& round : m_assessment.rounds) {
        ids.push_back(round.round.id);
    }
    return ids;
}

std::vector<std::int64_t> AssessmentDocument::latestRoundIds() const
{
    const auto& rounds = m_assessment.rounds;
    return rounds.empty() ? std::vector<std::int64_t>{} : std::vector<std::int64_t>{rounds.back().round.id};
}

void AssessmentDocument::receive(std::int64_t roundId, storage::Result<storage::RoundAnswers> answers)
{
    const auto asked = m_inFlight.find(roundId);
    if (asked == m_inFlight.end()) {
        return;
    }
    const std::uint64_t epoch = asked->second;
    m_inFlight.erase(asked);
    RoundData* round = roundData(roundId);
    if (round && !m_loaded.count(roundId) && answers && epoch != m_epoch) {
        // Read before an edit that changed which answers the round has: read it again.
        m_inFlight[roundId] = m_epoch;
        m_loader->request(roundId);
        return;
    }
    emit loadingChanged();
    if (!round || m_loaded.count(roundId) > 0) {
        return; // removed meanwhile, or read whole by an edit of its respondents
    }
    if (!answers) {
        emit loadFailed(describe(answers.error()));
        emit failed(describe(answers.error()));
        return;
    }
    round->answers = std::move(answers->answers);
    round->consensus = std::move(answers->consensus);
    for (const storage::Change& change : m_replay[roundId]) {
        if (const storage::Status refreshed = m_file->refresh(m_assessment, change); !refreshed) {
            round->answers.clear();
            round->consensus.clear();
            emit loadFailed(describe(refreshed.error()));
            emit failed(describe(refreshed.error()));
            return;
        }
    }
    m_replay.erase(roundId);
    m_loaded.insert(roundId);
    emit roundLoaded(roundId);
}

void AssessmentDocument::followLoading(const storage::Change& change, const std::set<std::int64_t>& roundsBefore)
{
    using Kind = storage::Change::Kind;
    std::set<std::int64_t> present;
    for (const RoundData& round : m_assessment.rounds) {
        present.insert(round.round.id);
        if (roundsBefore.count(round.round.id) == 0) {
            m_loaded.insert(round.round.id); // a new round is read whole with the change
        }
    }
    for (const std::int64_t roundId : roundsBefore) {
        if (present.count(roundId) == 0) {
            m_loaded.erase(roundId);
            m_replay.erase(roundId);
        }
    }
    if (change.kind == Kind::Respondent && present.count(change.roundId) > 0 && !m_loaded.count(change.roundId)) {
        m_loaded.insert(change.roundId); // the refresh read the round's answers whole
        m_replay.erase(change.roundId);
    }
    if (change.kind == Kind::Respondent || change.kind == Kind::Initiative || change.kind == Kind::Round) {
        ++m_epoch;
    }
}

const Initiative* AssessmentDocument::initiative(std::int64_t initiativeId) const
{
    for (const Initiative& initiative : m_assessment.initiatives) {
        if (initiative.id == initiativeId) {
            return &initiative;
        }
    }
    return nullptr;
}

const AnswerRecord* AssessmentDocument::answer(std::int64_t roundId, std::int64_t initiativeId,
                                               const std::string& questionId, std::int64_t respondentId) const
{
    const RoundData* found = round(roundId);
    return found ? findAnswer(*found, initiativeId, questionId, respondentId) : nullptr;
}

const ConsensusRecord* AssessmentDocument::consensus(std::int64_t roundId, std::int64_t initiativeId,
                                                     const std::string& questionId) const
{
    const RoundData* found = round(roundId);
    return found ? findConsensus(*found, initiativeId, questionId) : nullptr;
}

std::optional<AnswerRecord> AssessmentDocument::answerOf(std::int64_t roundId, std::int64_t initiativeId,
                                                         const std::string& questionId, std::int64_t respondentId) const
{
    if (!isLoaded(roundId)) {
        const auto stored = m_file->loadAnswerOf(roundId, initiativeId, questionId, respondentId);
        return stored ? *stored : std::nullopt;
    }
    const RoundData* found = round(roundId);
    return found ? lastmile::answerOf(*found, initiativeId, questionId, respondentId) : std::nullopt;
}

const Action* AssessmentDocument::action(std::int64_t actionId) const
{
    const int index = actionIndex(actionId);
    return index < 0 ? nullptr : &m_assessment.actions[std::size_t(index)];
}

int AssessmentDocument::actionIndex(std::int64_t actionId) const
{
    const auto& actions = m_assessment.actions;
    const auto found =
        std::find_if(actions.begin(), actions.end(), [&](const Action& item) { return item.id == actionId; });
    return found == actions.end() ? -1 : int(found - actions.begin());
}

std::optional<double> AssessmentDocument::target(std::int64_t initiativeId, const std::string& frictionId) const
{
    for (const Target& target : m_assessment.targets) {
        if (target.initiativeId == initiativeId && target.frictionId == frictionId) {
            return target.score;
        }
    }
    return std::nullopt;
}

const Agenda* AssessmentDocument::agenda(std::int64_t roundId) const
{
    const auto found = m_agendas.find(roundId);
    return found == m_agendas.end() ? nullptr : &found->second;
}

bool AssessmentDocument::succeeded(const storage::Status& status)
{
    if (!status) {
        emit failed(describe(status.error()));
        return false;
    }
    emit saved();
    return true;
}

template <typename Call> auto AssessmentDocument::write(Call&& call)
{
    ++m_ownWrites;
    const auto status = call();
    --m_ownWrites;
    return succeeded(status);
}

template <typename T> std::optional<T> AssessmentDocument::succeeded(const storage::Result<T>& result)
{
    if (!succeeded(result ? storage::success() : storage::Status(result.error()))) {
        return std::nullopt;
    }
    return *result;
}

bool AssessmentDocument::reloadAgendas()
{
    std::map<std::int64_t, Agenda> agendas;
    for (const RoundData& round : m_assessment.rounds) {
        const auto agenda = m_file->loadAgenda(round.round.id);
        if (!agenda) {
            emit failed(describe(agenda.error()));
            return false;
        }
        if (agenda->has_value()) {
            agendas.emplace(round.round.id, **agenda);
        }
    }
    m_agendas = std::move(agendas);
    return true;
}

void AssessmentDocument::follow(const storage::Change& change)
{
    using Kind = storage::Change::Kind;
    const bool answers = change.kind == Kind::Answer || change.kind == Kind::Consensus;
    const bool wasLoaded = isLoaded(change.roundId);
    if (answers && !wasLoaded) {
        m_replay[change.roundId].push_back(change); // read back when the round's answers arrive
    } else {
        std::set<std::int64_t> roundsBefore;
        for (const RoundData& round : m_assessment.rounds) {
            roundsBefore.insert(round.round.id);
        }
        if (const storage::Status refreshed = m_file->refresh(m_assessment, change); !refreshed) {
            emit failed(describe(refreshed.error()));
            return;
        }
        followLoading(change, roundsBefore);
    }
    if (change.kind == Kind::Agenda) {
        const auto agenda = m_file->loadAgenda(change.roundId);
        if (!agenda) {
            emit failed(describe(agenda.error()));
            return;
        }
        if (agenda->has_value()) {
            m_agendas[change.roundId] = **agenda;
        } else {
            m_agendas.erase(change.roundId);
        }
    } else if ((change.kind == Kind::Round || change.kind == Kind::Initiative) && !reloadAgendas()) {
        return; // a removal takes the round's agenda, or the initiative's items, along
    }
    if (answers && m_ownWrites == 0) {
        announceLater(change);
        return;
    }
    emit changed(change);
    if (change.kind == Kind::Respondent && !wasLoaded && isLoaded(change.roundId)) {
        emit roundLoaded(change.roundId);
    }
}

void AssessmentDocument::announceLater(const storage::Change& change)
{
    const bool known = std::any_of(m_pending.begin(), m_pending.end(), [&](const storage::Change& pending) {
        return pending.kind == change.kind && pending.roundId == change.roundId &&
               pending.initiativeId == change.initiativeId && pending.questionId == change.questionId;
    });
    if (known) {
        return;
    }
    if (m_pending.empty()) {
        QMetaObject::invokeMethod(this, &AssessmentDocument::announcePending, Qt::QueuedConnection);
    }
    m_pending.push_back(change);
}

void AssessmentDocument::announcePending()
{
    const std::vector<storage::Change> pending = std::move(m_pending);
    m_pending.clear();
    for (const storage::Change& change : pending) {
        emit changed(change);
    }
}

bool AssessmentDocument::writeAnswer(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                     std::int64_t respondentId, const std::optional<AnswerRecord>& record)
{
    return write([&] {
        return record ? m_file->setAnswer(*record, roundId)
                      : m_file->clearAnswer(roundId, initiativeId, questionId, respondentId);
    });
}

bool AssessmentDocument::writeConsensus(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                        const std::optional<ConsensusRecord>& record)
{
    return write([&] {
        return record ? m_file->setConsensus(*record, roundId)
                      : m_file->clearConsensus(roundId, initiativeId, questionId);
    });
}

bool AssessmentDocument::writeOrganization(const Organization& organization)
{
    return write([&] { return m_file->setOrganization(organization); });
}

std::optional<std::int64_t> AssessmentDocument::writeNewInitiative(const Initiative& initiative)
{
    return write([&] { return m_file->addInitiative(initiative); });
}

bool AssessmentDocument::writeInitiative(const Initiative& initiative)
{
    return write([&] { return m_file->updateInitiative(initiative); });
}

bool AssessmentDocument::eraseInitiative(std::int64_t initiativeId)
{
    return write([&] { return m_file->removeInitiative(initiativeId); });
}

std::optional<std::int64_t> AssessmentDocument::writeNewRound(const Round& round, const QuestionBank& bank,
                                                              std::int64_t copyRespondentsFrom)
{
    return write([&] { return m_file->addRound(round, bank, copyRespondentsFrom); });
}

bool AssessmentDocument::eraseRound(std::int64_t roundId)
{
    return write([&] { return m_file->removeRound(roundId); });
}

std::optional<std::int64_t> AssessmentDocument::writeNewRespondent(const Respondent& respondent)
{
    return write([&] { return m_file->addRespondent(respondent); });
}

bool AssessmentDocument::writeRespondent(const Respondent& respondent)
{
    return write([&] { return m_file->updateRespondent(respondent); });
}

bool AssessmentDocument::eraseRespondent(std::int64_t respondentId)
{
    return write([&] { return m_file->removeRespondent(respondentId); });
}

std::optional<std::int64_t> AssessmentDocument::writeNewAction(const Action& action, int index)
{
    return write([&] { return m_file->addAction(action, index); });
}

bool AssessmentDocument::writeAction(const Action& action)
{
    return write([&] { return m_file->updateAction(action); });
}

bool AssessmentDocument::eraseAction(std::int64_t actionId)
{
    return write([&] { return m_file->removeAction(actionId); });
}

bool AssessmentDocument::writeActionIndex(std::int64_t actionId, int index)
{
    return write([&] { return m_file->moveAction(actionId, index); });
}

bool AssessmentDocument::writeTarget(std::int64_t initiativeId, const std::string& frictionId,
                                     std::optional<double> score)
{
    return write([&] {
        return score ? m_file->setTarget({initiativeId, frictionId, *score})
                     : m_file->clearTarget(initiativeId, frictionId);
    });
}

bool AssessmentDocument::writeBranding(const Branding& branding)
{
    return write([&] { return m_file->setBranding(branding); });
}

bool AssessmentDocument::writeAgenda(std::int64_t roundId, const std::optional<Agenda>& agenda)
{
    return write([&] { return agenda ? m_file->setAgenda(*agenda) : m_file->clearAgenda(roundId); });
}

bool AssessmentDocument::writeAgendaPosition(std::int64_t roundId, int position)
{
    const Agenda* current = agenda(roundId);
    if (!current || current->position == position) {
        return current != nullptr;
    }
    return write([&] { return m_file->setAgendaPosition(roundId, position); });
}

bool AssessmentDocument::saveCopyAs(const QString& path, QString* error) const
{
    const storage::Status status = m_file->saveCopyAs(path.toStdString());
    if (!status) {
        *error = describe(status.error());
    }
    return status.ok();
}

} // namespace lastmile::app
