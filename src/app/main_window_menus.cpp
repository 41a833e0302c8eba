// SPDX-License-Identifier: Apache-2.0
// The main window's menus and the state they show: the window title, Open Recent, the actions that
// need an open file, Undo and Redo of the open document, and the dialogs the File menu opens.
#include "assessment_document.h"
#include "engagement/engagement_page.h"
#include "heatmap/heatmap_view.h"
#include "language_menu.h"
#include "library/library_page.h"
#include "main_window.h"
#include "plan/action_plan_page.h"
#include "questionnaire/questionnaire_page.h"
#include "report/report_view.h"
#include "repository/repository_menu.h"
#include "settings/bank_manager_dialog.h"
#include "settings/report_settings_dialog.h"
#include "summary/summary_page.h"
#include "workshop/phone_voting.h"
#include "workshop/workshop_menu.h"
#include "workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace lastmile::app {

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Engagement…"), this, &MainWindow::newEngagement);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, [this] { chooseAndOpen(false); });
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Read-Only…"), this, [this] { chooseAndOpen(true); });
    file->addAction(tr("Open &Demo Engagement"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_reviewAction = file->addAction(tr("Re&view Mode"), this, [this](bool on) { setReviewMode(on); });
    m_reviewAction->setCheckable(true);
    m_reviewAction->setToolTip(tr("Open this file read-only, so nothing can change it by accident"));
    file->addSeparator();
    m_saveCopyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_exportReportAction = file->addAction(tr("&Export Report…"), this, [this] { showTab(m_report); });
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_repository = new RepositoryMenu(file, m_exportReportAction, this, m_library->repositoryPanel());
    connect(m_repository, &RepositoryMenu::failed, this, &MainWindow::showError);
    connect(m_repository, &RepositoryMenu::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_reportSettingsAction = file->addAction(tr("Report &Settings…"), this, &MainWindow::showReportSettings);
    file->addAction(tr("Question &Banks…"), this, &MainWindow::showBankManager);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, [this] {
        closeFile();
        m_library->refresh();
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    clearUndoActions();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* library = view->addAction(tr("&Library"), this, [this] {
        m_library->refresh();
        m_pages->setCurrentWidget(m_library);
    });
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // The pages exist once a file has opened; each action looks its page up when it runs.
    view->addAction(tr("&Summary"), this, [this] { showTab(m_summary); });
    view->addAction(tr("&Engagement"), this, [this] { showTab(m_engagement); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(tr("&Questionnaire"), this, [this] { showTab(m_questionnaire); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(tr("Action &Plan"), this, [this] { showTab(m_actionPlan); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addAction(tr("&Heatmap"), this, [this] { showTab(m_heatmap); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addAction(tr("&Report"), this, [this] { showTab(m_report); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addSeparator();
    m_presentAction = view->addAction(tr("&Presentation Mode"), this, [this](bool on) { setPresentationMode(on); });
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::FullScreen});
    addAction(m_presentAction); // keeps its shortcut while the menu bar is hidden
    // Esc leaves presentation mode from the facilitator's window too; only while presenting, so
    // that elsewhere Esc stays with the field that has the focus.
    m_leaveAction = new QAction(this);
    m_leaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveAction->setShortcutContext(Qt::WindowShortcut);
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, [this] { setPresentationMode(false); });
    addAction(m_leaveAction);

    m_workshop = new WorkshopMenu(menuBar()->addMenu(tr("&Workshop")), this);
    m_repository->setSyncGuard(
        [this] { return !m_workshop->phoneVoting() || !m_workshop->phoneVoting()->isRunning(); });
    connect(m_workshop, &WorkshopMenu::presentingChanged, this, [this](bool on) {
        m_presenting = on;
        m_presentAction->setChecked(on);
        m_leaveAction->setEnabled(on);
    });
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lastmile"), this, [this] {
        QMessageBox::about(this, tr("About Lastmile"),
                           tr("Lastmile %1\n\nFinds out why AI initiatives stall between pilot and business "
                              "result, across seven organizational frictions.\n\nLicensed under the Apache "
                              "License 2.0.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Workspace::recentFiles();
    for (const QString& path : files) {
        QAction* action =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFileAsRemembered(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Lastmile"));
    } else if (m_document->isReadOnly()) {
        setWindowTitle(tr("%1 (read-only) — Lastmile").arg(m_document->fileName()));
    } else {
        setWindowTitle(tr("%1 — Lastmile").arg(m_document->fileName()));
    }
    m_saveCopyAction->setEnabled(m_document != nullptr);
    m_closeAction->setEnabled(m_document != nullptr);
    m_reportSettingsAction->setEnabled(m_document != nullptr);
    m_exportReportAction->setEnabled(m_document != nullptr);
    m_reviewAction->setEnabled(m_document != nullptr);
    m_reviewAction->setChecked(m_document && m_document->isReadOnly());
}

void MainWindow::setUndoActions(QAction* undo, QAction* redo)
{
    if (m_undoAction) {
        m_editMenu->removeAction(m_undoAction);
        m_editMenu->removeAction(m_redoAction);
        delete m_undoAction;
        delete m_redoAction;
    }
    m_undoAction = undo;
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = redo;
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
}

void MainWindow::clearUndoActions()
{
    auto* undo = new QAction(tr("&Undo"), this);
    undo->setEnabled(false);
    auto* redo = new QAction(tr("&Redo"), this);
    redo->setEnabled(false);
    setUndoActions(undo, redo);
}

ReportSettingsDialog* MainWindow::showReportSettings()
{
    if (!m_document) {
        return nullptr;
    }
    auto* dialog = new ReportSettingsDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

BankManagerDialog* MainWindow::showBankManager()
{
    auto* dialog = new BankManagerDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace lastmile::app
