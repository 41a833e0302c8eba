// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lastmile::app {

class PhoneVoting;
class QrWidget;
class RoomController;

// The facilitator's side of phone voting (docs/workshop.md, "Voting from phones"), in a dock
// of the window: the QR code, join address and code the projector shows; the people waiting to
// be admitted under the name they typed, with Admit (as a new respondent or as one of the
// round's respondents) and Refuse; who has joined and whether their phone is connected, with
// Free Name for a phone that was lost; problems in plain words; and Stop.
class PhoneVotingPanel : public QWidget
{
    Q_OBJECT

public:
    PhoneVotingPanel(PhoneVoting& voting, RoomController& controller, QWidget* parent = nullptr);

    // Shows `message` (a sentence) until voting starts again.
    void showProblem(const QString& message);

signals:
    void stopRequested();

private:
    void refresh();
    void refreshAdmitAs();
    void admit();
    void refuse();
    void release();
    void updateButtons();

    PhoneVoting& m_voting;
    RoomController& m_controller;
    QrWidget* m_qr = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_addressLost = nullptr;
    QListWidget* m_waiting = nullptr;
    QComboBox* m_admitAs = nullptr;
    QPushButton* m_admit = nullptr;
    QPushButton* m_refuse = nullptr;
    QListWidget* m_members = nullptr;
    QPushButton* m_release = nullptr;
    QLabel* m_joinedTitle = nullptr;
};

} // namespace lastmile::app
