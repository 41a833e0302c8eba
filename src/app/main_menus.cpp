// SPDX-License-Identifier: Apache-2.0
#include "main_menus.h"

#include "assessment_document.h"
#include "language_menu.h"
#include "library/library_page.h"
#include "main_window.h"
#include "repository/repository_menu.h"
#include "workshop/phone_voting.h"
#include "workshop/workshop_menu.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace lastmile::app {

MainMenus::MainMenus(MainWindow* window) : QObject(window), m_window(window)
{
    createFileMenu(window);

    m_editMenu = window->menuBar()->addMenu(tr("&Edit"));
    setUndoStack(nullptr);

    QMenu* view = window->menuBar()->addMenu(tr("&View"));
    createViewMenu(view, window);

    m_workshop = new WorkshopMenu(window->menuBar()->addMenu(tr("&Workshop")), window);
    m_repository->setSyncGuard(
        [this] { return !m_workshop->phoneVoting() || !m_workshop->phoneVoting()->isRunning(); });
    connect(m_workshop, &WorkshopMenu::presentingChanged, this, [this](bool on) {
        m_presentAction->setChecked(on);
        m_leaveAction->setEnabled(on);
    });
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));

    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lastmile"), this, [window] {
        QMessageBox::about(window, tr("About Lastmile"),
                           tr("Lastmile %1\n\nFinds out why AI initiatives stall between pilot and business "
                              "result, across seven organizational frictions.\n\nLicensed under the Apache "
                              "License 2.0.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    updateRecentFiles();
    updateActions(nullptr);
}

MainMenus::~MainMenus() = default;

void MainMenus::createFileMenu(MainWindow* window)
{
    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Engagement…"), this, &MainMenus::newRequested)->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open…"), this, [this] { emit openRequested(false); })->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Read-Only…"), this, [this] { emit openRequested(true); });
    file->addAction(tr("Open &Demo Engagement"), this, &MainMenus::demoRequested);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_reviewAction = file->addAction(tr("Re&view Mode"), this, &MainMenus::reviewModeRequested);
    m_reviewAction->setCheckable(true);
    m_reviewAction->setToolTip(tr("Open this file read-only, so nothing can change it by accident"));
    file->addSeparator();
    m_saveCopyAction = file->addAction(tr("Save a &Copy As…"), this, &MainMenus::saveCopyRequested);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_exportReportAction = file->addAction(tr("&Export Report…"), this, [this] { emit pageRequested(Page::Report); });
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_repository = new RepositoryMenu(file, m_exportReportAction, window, window->libraryPage()->repositoryPanel());
    m_reportSettingsAction = file->addAction(tr("Report &Settings…"), this, &MainMenus::reportSettingsRequested);
    file->addAction(tr("Question &Banks…"), this, &MainMenus::bankManagerRequested);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, &MainMenus::closeRequested);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    // Quit ends the program: every window closes (each stops its phone voting and keeps its
    // layout), where Close (Ctrl+W) leaves the others open.
    m_quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void MainMenus::createViewMenu(QMenu* view, MainWindow* window)
{
    view->addAction(tr("&Library"), this, &MainMenus::libraryRequested)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // The window shows the tab asked for once a file is open (its pages are built with the first one).
    const std::pair<Page, QString> pages[] = {{Page::Summary, tr("&Summary")},
                                              {Page::Engagement, tr("&Engagement")},
                                              {Page::Questionnaire, tr("&Questionnaire")},
                                              {Page::ActionPlan, tr("Action &Plan")},
                                              {Page::Heatmap, tr("&Heatmap")},
                                              {Page::Report, tr("&Report")}};
    int key = Qt::Key_1;
    for (const auto& [page, text] : pages) {
        QAction* action = view->addAction(text, this, [this, page] { emit pageRequested(page); });
        if (page != Page::Summary) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        }
        m_pageActions.append(action);
    }
    view->addSeparator();
    m_presentAction = view->addAction(tr("&Presentation Mode"), this, &MainMenus::presentationRequested);
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::FullScreen});
    window->addAction(m_presentAction); // keeps its shortcut while the menu bar is hidden
    // Esc leaves presentation mode from the facilitator's window too; only while presenting, so
    // that elsewhere Esc stays with the field that has the focus.
    m_leaveAction = new QAction(window);
    m_leaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveAction->setShortcutContext(Qt::WindowShortcut);
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, [this] { emit presentationRequested(false); });
    window->addAction(m_leaveAction);
}

void MainMenus::updateActions(const AssessmentDocument* document)
{
    const bool open = document != nullptr;
    for (QAction* action : {m_saveCopyAction, m_closeAction, m_reportSettingsAction, m_exportReportAction,
                            m_reviewAction, m_presentAction}) {
        action->setEnabled(open);
    }
    for (QAction* action : std::as_const(m_pageActions)) {
        action->setEnabled(open);
    }
    m_reviewAction->setChecked(open && document->isReadOnly());
}

void MainMenus::setUndoStack(QUndoStack* stack)
{
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    if (stack) {
        undo = stack->createUndoAction(m_window, tr("&Undo"));
        redo = stack->createRedoAction(m_window, tr("&Redo"));
    } else {
        undo = new QAction(tr("&Undo"), m_window);
        undo->setEnabled(false);
        redo = new QAction(tr("&Redo"), m_window);
        redo->setEnabled(false);
    }
    delete m_undoAction; // a deleted action leaves the menu
    delete m_redoAction;
    m_undoAction = undo;
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = redo;
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
}

void MainMenus::setPresentationChecked(bool checked)
{
    m_presentAction->setChecked(checked);
}

void MainMenus::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = Workspace::recentFiles();
    for (const QString& path : files) {
        QAction* action =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { emit recentRequested(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace lastmile::app
