// SPDX-License-Identifier: Apache-2.0
#include "assessment_document.h"

#include "storage_text/storage_messages.h"
#include "text/messages.h"

#include <QFileInfo>
#include <algorithm>

namespace lastmile::app {

namespace {

QString describe(const storage::StorageError& error)
{
    return text::fileMessage(QString::fromStdString(error.path), text::StorageMessages::storageError(error));
}

} // namespace

AssessmentDocument::AssessmentDocument(QString path, std::unique_ptr<storage::AssessmentFile> file,
                                       Assessment assessment)
    : m_path(std::move(path)), m_file(std::move(file)), m_assessment(std::move(assessment))
{
    reloadAgendas();
    m_file->setChangeListener([this](const storage::Change& change) { follow(change); });
}

AssessmentDocument::~AssessmentDocument()
{
    m_file->setChangeListener({});
}

std::unique_ptr<AssessmentDocument> AssessmentDocument::open(const QString& path, bool readOnly, QString* error)
{
    ReadOnlyReason reason = readOnly ? ReadOnlyReason::Asked : ReadOnlyReason::None;
    auto file = storage::AssessmentFile::open(path.toStdString(),
                                              readOnly ? storage::OpenMode::ReadOnly : storage::OpenMode::ReadWrite);
    if (!file && !readOnly &&
        (file.error().code == storage::ErrorCode::ReadOnlyLocation || file.error().code == storage::ErrorCode::InUse)) {
        reason = file.error().code == storage::ErrorCode::InUse ? ReadOnlyReason::InUse : ReadOnlyReason::Location;
        file = storage::AssessmentFile::open(path.toStdString(), storage::OpenMode::ReadOnly);
    }
    if (!file) {
        *error = describe(file.error());
        return nullptr;
    }
    auto assessment = (*file)->load();
    if (!assessment) {
        *error = describe(assessment.error());
        return nullptr;
    }
    std::unique_ptr<AssessmentDocument> document(
        new AssessmentDocument(path, std::move(*file), std::move(*assessment)));
    document->m_readOnlyReason = reason;
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
    if (const storage::Status refreshed = m_file->refresh(m_assessment, change); !refreshed) {
        emit failed(describe(refreshed.error()));
        return;
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
    if ((change.kind == Kind::Answer || change.kind == Kind::Consensus) && m_ownWrites == 0) {
        announceLater(change);
        return;
    }
    emit changed(change);
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
