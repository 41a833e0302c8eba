// SPDX-License-Identifier: Apache-2.0
// The questionnaire's part in the round of the room: the agenda it follows, the reveal, the
// time box, and the setting that moves on after an answer (docs/workshop.md).
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/plain_label.h"
#include "app/workshop/agenda_dialog.h"
#include "app/workshop/room_controller.h"
#include "question_panel.h"
#include "questionnaire_navigator.h"
#include "questionnaire_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

namespace lastmile::app {

void QuestionnairePage::createRoomBar(QWidget* parent)
{
    m_roomBar = new QWidget(parent);
    m_roomBar->setObjectName(QStringLiteral("roomBar"));
    auto* bar = new QHBoxLayout(m_roomBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_agendaLabel = plainLabel(m_roomBar, QStringLiteral("agendaPositionLabel"), false);
    m_timerLabel = plainLabel(m_roomBar, QStringLiteral("timeBoxLabel"), false);
    QFont bold = m_timerLabel->font();
    bold.setBold(true);
    m_timerLabel->setFont(bold);
    m_answeredLabel = plainLabel(m_roomBar, QStringLiteral("answeredCountLabel"), false);
    m_revealButton = new QPushButton(tr("&Reveal Answers"), m_roomBar);
    m_revealButton->setObjectName(QStringLiteral("revealPushButton"));
    m_revealButton->setToolTip(tr("Show the room how it answered this question (V)"));
    m_voteAgainButton = new QPushButton(tr("Vote Agai&n"), m_roomBar);
    m_voteAgainButton->setObjectName(QStringLiteral("voteAgainPushButton"));
    m_voteAgainButton->setToolTip(tr("Hide the answers and let the room answer again (Shift+V)"));
    m_planButton = new QPushButton(tr("Plan A&genda…"), m_roomBar);
    m_planButton->setObjectName(QStringLiteral("planAgendaPushButton"));
    m_planButton->setToolTip(tr("Choose the initiatives, frictions and questions the room answers now"));
    for (QPushButton* button : {m_revealButton, m_voteAgainButton, m_planButton}) {
        button->setFocusPolicy(Qt::TabFocus);
    }
    bar->addWidget(m_agendaLabel);
    bar->addSpacing(m_agendaLabel->fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_timerLabel);
    bar->addStretch(1);
    bar->addWidget(m_answeredLabel);
    bar->addWidget(m_revealButton);
    bar->addWidget(m_voteAgainButton);
    bar->addWidget(m_planButton);

    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        reveal();
        focusQuestion();
    });
    connect(m_voteAgainButton, &QPushButton::clicked, this, [this] {
        voteAgain();
        focusQuestion();
    });
    connect(m_planButton, &QPushButton::clicked, this, &QuestionnairePage::planAgenda);
    connect(m_roomController, &RoomController::changed, this, [this] {
        followRoom();
        refreshRoomBar();
    });
    connect(&m_roomController->room(), &session::RoomRound::phaseChanged, this, [this] { refresh(); });
    connect(&m_roomController->room(), &session::RoomRound::secondsLeftChanged, this, &QuestionnairePage::refreshTimer);
}

bool QuestionnairePage::followsPlannedAgenda() const
{
    return m_document && m_roomController->hasPlannedAgenda();
}

bool QuestionnairePage::openAgendaOf(std::int64_t initiativeId)
{
    session::RoomRound& room = m_roomController->room();
    const auto& items = room.agenda().items;
    for (std::size_t index = 0; index < items.size(); ++index) {
        if (items[index].initiativeId == initiativeId) {
            room.goTo(int(index));
            return true;
        }
    }
    return false;
}

void QuestionnairePage::followRoom()
{
    const AgendaItem* item = m_roomController->room().current();
    const RoundData* round = currentRound();
    const Initiative* initiative = item && m_document ? m_document->initiative(item->initiativeId) : nullptr;
    if (!round || !initiative || initiative->archived) {
        return;
    }
    m_navigator->showQuestion(item->initiativeId, item->questionId);
}

void QuestionnairePage::refreshRoomBar()
{
    const session::RoomRound& room = m_roomController->room();
    const bool open = m_document && room.current();
    if (!m_roomController->hasPlannedAgenda()) {
        m_agendaLabel->setText(tr("No agenda planned: the room answers every question"));
    } else if (room.count() == 0) {
        m_agendaLabel->setText(tr("The agenda is empty"));
    } else if (room.isOffAgenda()) {
        m_agendaLabel->setText(
            tr("Off the agenda (the room was at question %1 of %2)").arg(room.position() + 1).arg(room.count()));
    } else {
        m_agendaLabel->setText(tr("Agenda: question %1 of %2").arg(room.position() + 1).arg(room.count()));
    }
    const RoomTally tally = m_roomController->tally();
    m_answeredLabel->setText(open ? RoomController::answeredText(tally) : QString());
    m_revealButton->setEnabled(open && !room.isRevealed());
    m_voteAgainButton->setEnabled(open && room.isRevealed() && m_document && !m_document->isReadOnly());
    m_planButton->setEnabled(m_document && !m_document->isReadOnly() && currentRound());
    refreshTimer();
}

void QuestionnairePage::refreshTimer()
{
    const int left = m_roomController->room().secondsLeft();
    m_timerLabel->setText(RoomController::timeLeftText(left));
    m_timerLabel->setVisible(left >= 0);
}

void QuestionnairePage::reveal()
{
    m_roomController->room().reveal();
}

void QuestionnairePage::voteAgain()
{
    m_roomController->room().revote();
}

void QuestionnairePage::planAgenda()
{
    const RoundData* round = currentRound();
    if (!round || !m_document || m_document->isReadOnly()) {
        return;
    }
    commitTyped();
    auto* dialog = new AgendaDialog(*m_document, round->round.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgendaDialog::planned, this, [this](std::int64_t roundId, const std::optional<Agenda>& agenda) {
        edit::setAgenda(*m_document, roundId, agenda);
        focusQuestion();
    });
    dialog->open();
}

bool QuestionnairePage::advanceAfterAnswering() const
{
    return m_navigator->advanceAfterAnswering();
}

void QuestionnairePage::setAdvanceAfterAnswering(bool on)
{
    m_navigator->setAdvanceAfterAnswering(on);
    m_advanceCheck->setChecked(on);
}

} // namespace lastmile::app
