// SPDX-License-Identifier: Apache-2.0
#include "room_controller.h"

#include "app/assessment_document.h"

#include <QSettings>

namespace lastmile::app {

namespace {

constexpr auto kShowValuesKey = "workshop/showValuesBeforeReveal";
constexpr auto kWaitingByNameKey = "workshop/showWaitingByName";

} // namespace

RoomController::RoomController(QObject* parent) : QObject(parent)
{
    connect(&m_room, &session::RoomRound::positionChanged, this, [this](int position) {
        savePosition(position);
        emit changed();
    });
    connect(&m_room, &session::RoomRound::phaseChanged, this, &RoomController::changed);
    connect(&m_room, &session::RoomRound::secondsLeftChanged, this, &RoomController::changed);
}

void RoomController::setDocument(AssessmentDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_roundId = 0;
    if (m_document) {
        connect(m_document, &AssessmentDocument::changed, this, &RoomController::onDocumentChanged);
        connect(m_document, &AssessmentDocument::roundLoaded, this, [this](std::int64_t roundId) {
            if (roundId == m_roundId) {
                emit changed(); // the room's answers are in
            }
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    loadAgenda();
}

void RoomController::setRound(std::int64_t roundId)
{
    if (roundId != m_roundId) {
        m_roundId = roundId;
        loadAgenda();
    }
}

std::int64_t RoomController::initiativeId() const
{
    const AgendaItem* item = m_room.current();
    return item ? item->initiativeId : 0;
}

std::string RoomController::questionId() const
{
    const AgendaItem* item = m_room.current();
    return item ? item->questionId : std::string();
}

void RoomController::open(std::int64_t initiativeId, const std::string& questionId)
{
    m_room.open(initiativeId, questionId);
}

RoomTally RoomController::tally() const
{
    const RoundData* round = m_document ? m_document->round(m_roundId) : nullptr;
    const AgendaItem* item = m_room.current();
    if (!round || !item) {
        return {};
    }
    std::vector<std::int64_t> roster;
    for (const Respondent& respondent : round->respondents) {
        roster.push_back(respondent.id);
    }
    QuestionResponses responses;
    for (const AnswerRecord& record : round->answers) {
        if (record.initiativeId == item->initiativeId && record.questionId == item->questionId) {
            responses.answers.push_back({record.respondentId, record.answer});
        }
    }
    return tallyRoom(responses, roster);
}

QString RoomController::timeLeftText(int secondsLeft)
{
    if (secondsLeft < 0) {
        return {};
    }
    if (secondsLeft == 0) {
        return tr("Time is up");
    }
    return tr("%1:%2 left").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
}

QString RoomController::answeredText(const RoomTally& tally)
{
    return tr("Answered: %1 of %2").arg(tally.answered).arg(tally.rosterSize);
}

bool RoomController::showValuesBeforeReveal()
{
    return QSettings().value(QLatin1String(kShowValuesKey), false).toBool();
}

void RoomController::setShowValuesBeforeReveal(bool on)
{
    QSettings().setValue(QLatin1String(kShowValuesKey), on);
}

bool RoomController::showWaitingByName()
{
    return QSettings().value(QLatin1String(kWaitingByNameKey), true).toBool();
}

void RoomController::setShowWaitingByName(bool on)
{
    QSettings().setValue(QLatin1String(kWaitingByNameKey), on);
}

void RoomController::onDocumentChanged(const storage::Change& change)
{
    using Kind = storage::Change::Kind;
    switch (change.kind) {
    case Kind::Agenda:
        if (change.roundId == m_roundId && !m_loading) {
            // A new plan, or an undo: follow it unless only the saved position moved with us.
            const Agenda* planned = m_document->agenda(m_roundId);
            if (!planned || !m_planned || planned->items != m_room.agenda().items ||
                planned->anonymousReveal != m_room.agenda().anonymousReveal) {
                loadAgenda();
            }
        }
        break;
    case Kind::Initiative:
    case Kind::Round:
        loadAgenda();
        break;
    case Kind::Answer:
    case Kind::Consensus:
    case Kind::Respondent:
        if (change.roundId == m_roundId || change.kind == Kind::Respondent) {
            emit changed();
        }
        break;
    default:
        break;
    }
}

void RoomController::loadAgenda()
{
    m_loading = true;
    const std::int64_t keepInitiative = initiativeId();
    const std::string keepQuestion = questionId();
    const RoundData* round = m_document ? m_document->round(m_roundId) : nullptr;
    const Agenda* planned = round ? m_document->agenda(m_roundId) : nullptr;
    m_planned = planned != nullptr;
    if (planned) {
        m_room.setAgenda(*planned);
    } else if (round) {
        std::vector<std::int64_t> initiatives;
        for (const Initiative& initiative : m_document->assessment().initiatives) {
            if (!initiative.archived) {
                initiatives.push_back(initiative.id);
            }
        }
        Agenda everything = fullAgenda(m_roundId, round->bank, initiatives);
        m_room.setAgenda(everything);
        // Without a plan the room stays on the question it was on.
        if (keepInitiative != 0) {
            m_room.open(keepInitiative, keepQuestion);
        }
    } else {
        m_room.setAgenda({});
    }
    m_loading = false;
    emit changed();
}

void RoomController::savePosition(int position)
{
    if (m_planned && !m_loading && m_document && !m_document->isReadOnly() && !m_room.isOffAgenda()) {
        m_document->writeAgendaPosition(m_roundId, position);
    }
}

} // namespace lastmile::app
