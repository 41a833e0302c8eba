// SPDX-License-Identifier: Apache-2.0
#include "assessment_document.h"

#include "storage_text/storage_messages.h"
#include "text/messages.h"

#include <QFileInfo>
#include <algorithm>
#include <set>

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
    m_file->setChangeListener([this](const storage::Change& change) {
        if (!m_writing) {
            followForeignChange(change);
        }
    });
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

RoundData* AssessmentDocument::mutableRound(std::int64_t roundId)
{
    return const_cast<RoundData*>(round(roundId));
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
    if (!found) {
        return nullptr;
    }
    for (const AnswerRecord& record : found->answers) {
        if (record.initiativeId == initiativeId && record.respondentId == respondentId &&
            record.questionId == questionId) {
            return &record;
        }
    }
    return nullptr;
}

const ConsensusRecord* AssessmentDocument::consensus(std::int64_t roundId, std::int64_t initiativeId,
                                                     const std::string& questionId) const
{
    const RoundData* found = round(roundId);
    if (!found) {
        return nullptr;
    }
    for (const ConsensusRecord& record : found->consensus) {
        if (record.initiativeId == initiativeId && record.questionId == questionId) {
            return &record;
        }
    }
    return nullptr;
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

void AssessmentDocument::reload()
{
    if (auto assessment = m_file->load()) {
        m_assessment = std::move(*assessment);
    }
    reloadAgendas();
}

void AssessmentDocument::reloadAgendas()
{
    m_agendas.clear();
    for (const RoundData& round : m_assessment.rounds) {
        const auto agenda = m_file->loadAgenda(round.round.id);
        if (!agenda) {
            emit failed(describe(agenda.error()));
        } else if (agenda->has_value()) {
            m_agendas.emplace(round.round.id, **agenda);
        }
    }
}

void AssessmentDocument::followForeignChange(const storage::Change& change)
{
    using Kind = storage::Change::Kind;
    if (change.kind != Kind::Answer && change.kind != Kind::Consensus) {
        reload();
        emit changed(change);
        return;
    }
    const bool known = std::any_of(m_foreignAnswers.begin(), m_foreignAnswers.end(), [&](const storage::Change& c) {
        return c.kind == change.kind && c.roundId == change.roundId && c.initiativeId == change.initiativeId &&
               c.questionId == change.questionId;
    });
    if (known) {
        return;
    }
    if (m_foreignAnswers.empty()) {
        QMetaObject::invokeMethod(this, &AssessmentDocument::flushForeignAnswers, Qt::QueuedConnection);
    }
    m_foreignAnswers.push_back(change);
}

void AssessmentDocument::flushForeignAnswers()
{
    const std::vector<storage::Change> changes = std::move(m_foreignAnswers);
    m_foreignAnswers.clear();
    std::set<std::int64_t> rounds;
    for (const storage::Change& change : changes) {
        rounds.insert(change.roundId);
    }
    // Only the answers of those rounds are read again: a vote must not cost a whole load.
    for (const std::int64_t roundId : rounds) {
        if (RoundData* target = mutableRound(roundId)) {
            RoundData fresh;
            fresh.round = target->round;
            if (const storage::Status read = m_file->loadAnswers(fresh); !read) {
                emit failed(describe(read.error()));
                return;
            }
            target->answers = std::move(fresh.answers);
            target->consensus = std::move(fresh.consensus);
        }
    }
    for (const storage::Change& change : changes) {
        emit changed(change);
    }
}

const Agenda* AssessmentDocument::agenda(std::int64_t roundId) const
{
    const auto found = m_agendas.find(roundId);
    return found == m_agendas.end() ? nullptr : &found->second;
}

bool AssessmentDocument::writeAnswer(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                     std::int64_t respondentId, const std::optional<AnswerRecord>& record)
{
    RoundData* target = mutableRound(roundId);
    if (!target) {
        return false;
    }
    auto& answers = target->answers;
    const auto sameKey = [&](const AnswerRecord& item) {
        return item.initiativeId == initiativeId && item.respondentId == respondentId && item.questionId == questionId;
    };
    const auto previous = std::find_if(answers.begin(), answers.end(), sameKey);
    std::optional<AnswerRecord> before;
    if (previous != answers.end()) {
        before = *previous;
        answers.erase(previous);
    }
    if (record) {
        answers.push_back(*record);
    }
    const storage::Status status = record ? writing()->setAnswer(*record, roundId)
                                          : writing()->clearAnswer(roundId, initiativeId, questionId, respondentId);
    if (!status) {
        answers.erase(std::remove_if(answers.begin(), answers.end(), sameKey), answers.end());
        if (before) {
            answers.push_back(*before);
        }
    } else {
        emit changed({storage::Change::Kind::Answer, roundId, initiativeId, questionId, respondentId});
    }
    return succeeded(status);
}

bool AssessmentDocument::writeConsensus(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                        const std::optional<ConsensusRecord>& record)
{
    RoundData* target = mutableRound(roundId);
    if (!target) {
        return false;
    }
    auto& consensus = target->consensus;
    const auto sameKey = [&](const ConsensusRecord& item) {
        return item.initiativeId == initiativeId && item.questionId == questionId;
    };
    const auto previous = std::find_if(consensus.begin(), consensus.end(), sameKey);
    std::optional<ConsensusRecord> before;
    if (previous != consensus.end()) {
        before = *previous;
        consensus.erase(previous);
    }
    if (record) {
        consensus.push_back(*record);
    }
    const storage::Status status = record ? writing()->setConsensus(*record, roundId)
                                          : writing()->clearConsensus(roundId, initiativeId, questionId);
    if (!status) {
        consensus.erase(std::remove_if(consensus.begin(), consensus.end(), sameKey), consensus.end());
        if (before) {
            consensus.push_back(*before);
        }
    } else {
        emit changed({storage::Change::Kind::Consensus, roundId, initiativeId, questionId, 0});
    }
    return succeeded(status);
}

bool AssessmentDocument::writeOrganization(const Organization& organization)
{
    const Organization before = m_assessment.organization;
    m_assessment.organization = organization;
    const storage::Status status = writing()->setOrganization(organization);
    if (!status) {
        m_assessment.organization = before;
    } else {
        emit changed({storage::Change::Kind::Organization, 0, 0, {}, 0});
    }
    return succeeded(status);
}

std::optional<std::int64_t> AssessmentDocument::writeNewInitiative(const Initiative& initiative)
{
    std::optional<std::int64_t> id;
    const auto guard = writing()->addInitiative(initiative);
    if (guard) {
        id = *guard;
        reload();
        emit changed({storage::Change::Kind::Initiative, 0, *id, {}, 0});
    }
    if (!succeeded(guard ? storage::success() : storage::Status(guard.error()))) {
        return std::nullopt;
    }
    return id;
}

bool AssessmentDocument::writeInitiative(const Initiative& initiative)
{
    const storage::Status status = writing()->updateInitiative(initiative);
    if (status) {
        reload();
        emit changed({storage::Change::Kind::Initiative, 0, initiative.id, {}, 0});
    }
    return succeeded(status);
}

bool AssessmentDocument::eraseInitiative(std::int64_t initiativeId)
{
    const storage::Status status = writing()->removeInitiative(initiativeId);
    if (status) {
        reload();
        emit changed({storage::Change::Kind::Initiative, 0, initiativeId, {}, 0});
    }
    return succeeded(status);
}

std::optional<std::int64_t> AssessmentDocument::writeNewRound(const Round& round, const QuestionBank& bank,
                                                              std::int64_t copyRespondentsFrom)
{
    const auto added = writing()->addRound(round, bank, copyRespondentsFrom);
    if (added) {
        reload();
        emit changed({storage::Change::Kind::Round, *added, 0, {}, 0});
    }
    if (!succeeded(added ? storage::success() : storage::Status(added.error()))) {
        return std::nullopt;
    }
    return *added;
}

bool AssessmentDocument::eraseRound(std::int64_t roundId)
{
    const storage::Status status = writing()->removeRound(roundId);
    if (status) {
        reload();
        emit changed({storage::Change::Kind::Round, roundId, 0, {}, 0});
    }
    return succeeded(status);
}

std::optional<std::int64_t> AssessmentDocument::writeNewRespondent(const Respondent& respondent)
{
    const auto added = writing()->addRespondent(respondent);
    if (added) {
        reload();
        emit changed({storage::Change::Kind::Respondent, respondent.roundId, 0, {}, *added});
    }
    if (!succeeded(added ? storage::success() : storage::Status(added.error()))) {
        return std::nullopt;
    }
    return *added;
}

bool AssessmentDocument::writeRespondent(const Respondent& respondent)
{
    const storage::Status status = writing()->updateRespondent(respondent);
    if (status) {
        reload();
        emit changed({storage::Change::Kind::Respondent, respondent.roundId, 0, {}, respondent.id});
    }
    return succeeded(status);
}

bool AssessmentDocument::eraseRespondent(std::int64_t respondentId)
{
    const storage::Status status = writing()->removeRespondent(respondentId);
    if (status) {
        reload();
        emit changed({storage::Change::Kind::Respondent, 0, 0, {}, respondentId});
    }
    return succeeded(status);
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
