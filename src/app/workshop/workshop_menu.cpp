// SPDX-License-Identifier: Apache-2.0
#include "workshop_menu.h"

#include "app/questionnaire/questionnaire_page.h"
#include "modules/voting_module.h"
#include "phone_voting.h"
#include "phone_voting_dialog.h"
#include "phone_voting_panel.h"
#include "presentation_window.h"
#include "room_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace lastmile::app {

namespace {

constexpr auto kScreenKey = "workshop/presentationScreen";

} // namespace

WorkshopMenu::WorkshopMenu(QMenu* menu, QWidget* window) : QObject(window), m_menu(menu), m_window(window)
{
    // The keys are the questionnaire's own (V, Shift+V); the menu shows them without taking them.
    m_plan = menu->addAction(tr("&Plan Agenda…"), this, [this] {
        if (m_page) {
            m_page->planAgenda();
        }
    });
    m_reveal = menu->addAction(tr("&Reveal Answers\tV"), this, [this] {
        if (m_page) {
            m_page->reveal();
        }
    });
    m_voteAgain = menu->addAction(tr("Vote &Again\tShift+V"), this, [this] {
        if (m_page) {
            m_page->voteAgain();
        }
    });
    menu->addSeparator();
    m_startVoting = menu->addAction(tr("Start Phone V&oting…"), this, &WorkshopMenu::choosePhoneVoting);
    m_startVoting->setObjectName(QStringLiteral("startPhoneVotingAction"));
    m_stopVoting = menu->addAction(tr("Stop Phone Votin&g"), this, &WorkshopMenu::stopPhoneVoting);
    m_stopVoting->setObjectName(QStringLiteral("stopPhoneVotingAction"));
    menu->addSeparator();
    m_screens = menu->addMenu(tr("Presentation &Screen"));
    connect(m_screens, &QMenu::aboutToShow, this, &WorkshopMenu::updateScreens);
    menu->addSeparator();
    QAction* values = menu->addAction(tr("Show Answers on &This Screen Before the Reveal"));
    values->setCheckable(true);
    values->setChecked(RoomController::showValuesBeforeReveal());
    values->setToolTip(tr("The projector never shows answers before the reveal; this is for the facilitator's "
                          "own screen"));
    connect(values, &QAction::toggled, this, [this](bool on) {
        RoomController::setShowValuesBeforeReveal(on);
        if (m_page) {
            emit m_page->roomController()->changed();
        }
    });
    QAction* byName = menu->addAction(tr("Show &Who Has Answered by Name"));
    byName->setCheckable(true);
    byName->setChecked(RoomController::showWaitingByName());
    connect(byName, &QAction::toggled, this, [this](bool on) {
        RoomController::setShowWaitingByName(on);
        if (m_page) {
            emit m_page->roomController()->changed();
        }
    });
    m_advance = menu->addAction(tr("Go to the &Next Question After Answering"));
    m_advance->setCheckable(true);
    connect(m_advance, &QAction::triggered, this, [this](bool on) {
        if (m_page) {
            m_page->setAdvanceAfterAnswering(on);
        }
    });
    connect(menu, &QMenu::aboutToShow, this, [this] {
        const bool open = m_page && m_page->roomController()->room().current();
        const bool revealed = open && m_page->roomController()->room().isRevealed();
        m_reveal->setEnabled(open && !revealed);
        m_voteAgain->setEnabled(revealed);
        m_advance->setEnabled(m_page != nullptr);
        m_advance->setChecked(m_page && m_page->advanceAfterAnswering());
        updateVoting();
    });
    setDocumentOpen(false, false);
}

WorkshopMenu::~WorkshopMenu()
{
    if (m_voting) {
        m_voting->stop();
    }
    delete m_presentation;
}

void WorkshopMenu::setPage(QuestionnairePage* page)
{
    m_page = page;
    if (!page || m_voting) {
        return;
    }
    m_voting = new PhoneVoting(*page->roomController(), this);
    connect(m_voting, &PhoneVoting::runningChanged, this, [this](bool running) {
        updateVoting();
        if (m_dock) {
            m_dock->setVisible(running); // the panel comes and goes with the session
        } else {
            m_panel->setVisible(running);
        }
    });
    connect(m_voting, &PhoneVoting::problem, this, [this](const QString& message) {
        if (!m_voting->isRunning()) {
            showProblem(message); // it stopped by itself: the panel is gone
        }
    });
    auto* window = qobject_cast<QMainWindow*>(m_window);
    m_panel = new PhoneVotingPanel(*m_voting, *page->roomController());
    connect(m_panel, &PhoneVotingPanel::stopRequested, this, &WorkshopMenu::stopPhoneVoting);
    if (window) {
        m_dock = new QDockWidget(tr("Phone Voting"), window);
        m_dock->setObjectName(QStringLiteral("phoneVotingDock"));
        m_dock->setWidget(m_panel);
        m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
        window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_dock->hide();
    } else {
        m_panel->setParent(m_window, Qt::Tool);
    }
    updateVoting();
}

void WorkshopMenu::setDocumentOpen(bool open, bool writable)
{
    m_plan->setEnabled(open && writable);
    m_reveal->setEnabled(open);
    m_voteAgain->setEnabled(open);
    m_writable = open && writable;
    if (!open) {
        stopPhoneVoting();
    }
    updateVoting();
}

void WorkshopMenu::choosePhoneVoting()
{
    if (!m_page || !m_writable) {
        return;
    }
    // The addresses to offer come from the voting module: without it there is nothing to choose.
    if (QString reason; !modules::votingModule(&reason)) {
        showProblem(tr("Phone voting cannot start: %1").arg(reason));
        return;
    }
    PhoneVotingDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted) {
        startPhoneVoting(dialog.address(), dialog.port());
    }
}

bool WorkshopMenu::startPhoneVoting(const QString& address, quint16 port, QString* error)
{
    QString reason;
    if (!m_voting) {
        reason = tr("Open a file before starting phone voting.");
    } else if (m_voting->start(address, port, &reason)) {
        return true;
    }
    showProblem(reason);
    if (error) {
        *error = reason;
    }
    return false;
}

void WorkshopMenu::stopPhoneVoting()
{
    if (m_voting) {
        m_voting->stop();
    }
}

void WorkshopMenu::updateVoting()
{
    const bool running = m_voting && m_voting->isRunning();
    m_startVoting->setEnabled(m_voting && m_writable && !running);
    m_stopVoting->setEnabled(running);
    if (m_presentation) {
        m_presentation->setJoinDetails(running ? m_voting->joinUrl() : QUrl(),
                                       running ? m_voting->address() : QString(),
                                       running ? m_voting->code() : QString());
    }
}

void WorkshopMenu::showProblem(const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Phone Voting"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("phoneVotingProblemBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QScreen* WorkshopMenu::presentationScreen() const
{
    const QString chosen = QSettings().value(QLatin1String(kScreenKey)).toString();
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        if (!chosen.isEmpty() && screen->name() == chosen) {
            return screen;
        }
    }
    QScreen* own = m_window->screen();
    for (QScreen* screen : screens) {
        if (screen != own) {
            return screen; // a second screen: the projector
        }
    }
    return own;
}

void WorkshopMenu::updateScreens()
{
    m_screens->clear();
    auto* group = new QActionGroup(m_screens);
    QScreen* current = presentationScreen();
    for (QScreen* screen : QGuiApplication::screens()) {
        const QSize size = screen->size();
        QAction* action = m_screens->addAction(
            tr("%1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height()), this, [this, screen] {
                QSettings().setValue(QLatin1String(kScreenKey), screen->name());
                if (m_presentation) {
                    m_presentation->showOn(screen);
                }
            });
        action->setCheckable(true);
        action->setChecked(screen == current);
        group->addAction(action);
    }
}

void WorkshopMenu::setPresenting(bool on)
{
    if (on == isPresenting() || (on && !m_page)) {
        return;
    }
    if (on) {
        m_presentation = new PresentationWindow(*m_page->roomController());
        // The facilitator answers and moves from either window with the same keys.
        m_presentation->addActions(m_page->keyActions());
        connect(m_presentation, &PresentationWindow::leaveRequested, this, [this] { setPresenting(false); });
        updateVoting();
        m_presentation->showOn(presentationScreen());
    } else {
        PresentationWindow* closing = m_presentation;
        m_presentation = nullptr;
        closing->hide();
        closing->deleteLater();
        m_window->activateWindow();
    }
    emit presentingChanged(on);
}

} // namespace lastmile::app
