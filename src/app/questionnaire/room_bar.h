// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lastmile::app {

class RoomController;

// The questionnaire's bar for the round of the room (docs/workshop.md): where the room stands on
// its agenda, the time box, how many have answered, and the buttons that reveal the answers,
// let the room vote again and plan the agenda. It shows the room it is given and reports the
// buttons pressed.
class RoomBar : public QWidget
{
    Q_OBJECT

public:
    explicit RoomBar(QWidget* parent = nullptr);

    // Shows `room`: `questionOpen` when a document is open and the room is on a question,
    // `writable` when that document may be changed, `hasRound` when it has a round to plan.
    void showRoom(const RoomController& room, bool questionOpen, bool writable, bool hasRound);
    // The time box's seconds left, or a negative number for none (the label hides).
    void showTimeLeft(int seconds);

signals:
    void revealClicked();
    void voteAgainClicked();
    void planClicked();

private:
    QLabel* m_agendaLabel = nullptr;
    QLabel* m_timerLabel = nullptr;
    QLabel* m_answeredLabel = nullptr;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_voteAgainButton = nullptr;
    QPushButton* m_planButton = nullptr;
};

} // namespace lastmile::app
