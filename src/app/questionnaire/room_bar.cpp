// SPDX-License-Identifier: Apache-2.0
#include "room_bar.h"

#include "app/plain_label.h"
#include "app/workshop/room_controller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lastmile::app {

RoomBar::RoomBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("roomBar"));
    auto* bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_agendaLabel = plainLabel(this, QStringLiteral("agendaPositionLabel"), false);
    m_timerLabel = plainLabel(this, QStringLiteral("timeBoxLabel"), false);
    QFont bold = m_timerLabel->font();
    bold.setBold(true);
    m_timerLabel->setFont(bold);
    m_answeredLabel = plainLabel(this, QStringLiteral("answeredCountLabel"), false);
    m_revealButton = new QPushButton(tr("&Reveal Answers"), this);
    m_revealButton->setObjectName(QStringLiteral("revealPushButton"));
    m_revealButton->setToolTip(tr("Show the room how it answered this question (V)"));
    m_voteAgainButton = new QPushButton(tr("Vote Agai&n"), this);
    m_voteAgainButton->setObjectName(QStringLiteral("voteAgainPushButton"));
    m_voteAgainButton->setToolTip(tr("Hide the answers and let the room answer again (Shift+V)"));
    m_planButton = new QPushButton(tr("Plan A&genda…"), this);
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

    connect(m_revealButton, &QPushButton::clicked, this, &RoomBar::revealClicked);
    connect(m_voteAgainButton, &QPushButton::clicked, this, &RoomBar::voteAgainClicked);
    connect(m_planButton, &QPushButton::clicked, this, &RoomBar::planClicked);
}

void RoomBar::showRoom(const RoomController& controller, bool questionOpen, bool writable, bool hasRound)
{
    const session::RoomRound& room = controller.room();
    if (!controller.hasPlannedAgenda()) {
        m_agendaLabel->setText(tr("No agenda planned: the room answers every question"));
    } else if (room.count() == 0) {
        m_agendaLabel->setText(tr("The agenda is empty"));
    } else if (room.isOffAgenda()) {
        m_agendaLabel->setText(
            tr("Off the agenda (the room was at question %1 of %2)").arg(room.position() + 1).arg(room.count()));
    } else {
        m_agendaLabel->setText(tr("Agenda: question %1 of %2").arg(room.position() + 1).arg(room.count()));
    }
    m_answeredLabel->setText(questionOpen ? RoomController::answeredText(controller.tally()) : QString());
    m_revealButton->setEnabled(questionOpen && !room.isRevealed());
    m_voteAgainButton->setEnabled(questionOpen && room.isRevealed() && writable);
    m_planButton->setEnabled(writable && hasRound);
    showTimeLeft(room.secondsLeft());
}

void RoomBar::showTimeLeft(int seconds)
{
    m_timerLabel->setText(RoomController::timeLeftText(seconds));
    m_timerLabel->setVisible(seconds >= 0);
}

} // namespace lastmile::app
