// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QScreen;
class QWidget;

namespace lastmile::app {

class PhoneVoting;
class PhoneVotingPanel;
class PresentationWindow;
class QuestionnairePage;

// The Workshop menu of a window and the projector it drives: plan the agenda, reveal, vote
// again, the presentation window on the chosen screen, phone voting with its panel in the
// window, and the room's settings of this computer (docs/workshop.md). The questionnaire page
// does the work; this only offers it.
class WorkshopMenu : public QObject
{
    Q_OBJECT

public:
    // Fills `menu`; `window` is the facilitator's window, whose screen the projector avoids.
    WorkshopMenu(QMenu* menu, QWidget* window);
    ~WorkshopMenu() override;

    // The page whose room the menu and the projector follow (built with the first document).
    void setPage(QuestionnairePage* page);
    // Opens the presentation window full screen on the chosen screen, or closes it.
    void setPresenting(bool on);
    bool isPresenting() const { return m_presentation != nullptr; }
    PresentationWindow* presentationWindow() const { return m_presentation; }
    // The screen the projector uses: the one chosen in the menu if it is connected, else a
    // screen other than the facilitator's, else the facilitator's.
    QScreen* presentationScreen() const;
    // Enables what needs an open document; closing the document stops phone voting.
    void setDocumentOpen(bool open, bool writable);

    // Workshop > Start Phone Voting…: asks where the phones reach this computer, then starts.
    void choosePhoneVoting();
    // Starts phone voting on the page's room (docs/workshop-phones.md) on `address`:`port`
    // ("192.168.1.20", 0: any free port), shows the panel and the join code on the projector.
    // False, with the reason shown to the facilitator and returned in `error`, when it cannot
    // start (the voting module missing among them: the reason names its file).
    bool startPhoneVoting(const QString& address, quint16 port, QString* error = nullptr);
    void stopPhoneVoting();
    // Null until the first document was shown.
    PhoneVoting* phoneVoting() const { return m_voting; }
    PhoneVotingPanel* phoneVotingPanel() const { return m_panel; }

signals:
    void presentingChanged(bool on);

private:
    void updateScreens();
    void updateVoting();
    void showProblem(const QString& message);

    QMenu* m_menu;
    QWidget* m_window;
    QPointer<QuestionnairePage> m_page;
    PresentationWindow* m_presentation = nullptr;
    QMenu* m_screens = nullptr;
    QAction* m_plan = nullptr;
    QAction* m_reveal = nullptr;
    QAction* m_voteAgain = nullptr;
    QAction* m_advance = nullptr;
    QAction* m_startVoting = nullptr;
    QAction* m_stopVoting = nullptr;
    PhoneVoting* m_voting = nullptr;
    PhoneVotingPanel* m_panel = nullptr;
    QDockWidget* m_dock = nullptr;
    bool m_writable = false;
};

} // namespace lastmile::app
