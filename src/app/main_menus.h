// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace lastmile::app {

class AssessmentDocument;
class MainWindow;
class RepositoryMenu;
class WorkshopMenu;

// The menu bar of a main window: File (new, open, Open Recent, review mode, a copy, the report,
// the team repository, question banks, close, quit), Edit (the open document's Undo and Redo),
// View (the library, the document's tabs, presentation mode, the language), Workshop and Help;
// and the rules for what each action offers with no document, in review and while presenting.
// It decides nothing about files: each request is a signal the window acts on.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    // A tab of the open document, as View names them (Ctrl+1…5 from Engagement on).
    enum class Page { Summary, Engagement, Questionnaire, ActionPlan, Heatmap, Report };
    Q_ENUM(Page)

    // Fills `window`'s menu bar (which must have its library page): the Workshop menu and the
    // team repository's actions (RepositoryMenu, hooked to the library's repository section)
    // are made here too. Presentation Mode (F5) and leaving it (Esc) are also actions of the
    // window itself, so that they work while its menu bar is hidden. Builds only actions, menus
    // and shortcuts: this runs before the first paint.
    explicit MainMenus(MainWindow* window);
    ~MainMenus() override;

    // The enabling rules, for `document` (null: none is open). Without a document only what
    // opens a file, the library, the question banks, the language, the Workshop menu's own
    // settings and Help are offered. With one, also Save a Copy As, Export Report, Report
    // Settings, Close, the document's tabs, Presentation Mode and Review Mode, checked while the
    // document is read-only; review changes nothing else here (a read-only document has nothing
    // to undo, and a copy, the report and its settings are for reading too).
    void updateActions(const AssessmentDocument* document);
    // Edit > Undo and Redo: those of `stack` (named after the command they undo or redo), in
    // place of the ones shown, which are deleted; null: disabled ones, for no document.
    void setUndoStack(QUndoStack* stack);
    // Presentation Mode shows checked while presenting or waiting to present (F5 pressed while
    // the questionnaire's round is read); Esc leaves only while presenting (else it stays with
    // the field that has the focus).
    void setPresentationChecked(bool checked);
    // Open Recent: the recent files (Workspace::recentFiles, most recent first, at most ten),
    // each by its file name with the whole path as its tooltip; disabled when there are none.
    void updateRecentFiles();

    WorkshopMenu* workshop() const { return m_workshop; }
    RepositoryMenu* repository() const { return m_repository; }
    QMenu* recentMenu() const { return m_recentMenu; }
    QAction* reviewAction() const { return m_reviewAction; }
    QAction* saveCopyAction() const { return m_saveCopyAction; }
    QAction* exportReportAction() const { return m_exportReportAction; }
    QAction* reportSettingsAction() const { return m_reportSettingsAction; }
    QAction* closeAction() const { return m_closeAction; }
    // File > Quit: closes every window of the program.
    QAction* quitAction() const { return m_quitAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* presentAction() const { return m_presentAction; }
    QAction* leaveAction() const { return m_leaveAction; }
    // View's actions for the document's tabs, in the order of Page.
    const QList<QAction*>& pageActions() const { return m_pageActions; }

signals:
    void newRequested();
    // Open… (readOnly false: as last opened here) or Open Read-Only….
    void openRequested(bool readOnly);
    void demoRequested();
    void recentRequested(const QString& path);
    void reviewModeRequested(bool review);
    void saveCopyRequested();
    void reportSettingsRequested();
    void bankManagerRequested();
    void closeRequested();
    void libraryRequested();
    // View > a tab, and File > Export Report… (the report's tab, where it is exported).
    void pageRequested(lastmile::app::MainMenus::Page page);
    void presentationRequested(bool on);

private:
    void createFileMenu(MainWindow* window);
    void createViewMenu(QMenu* view, MainWindow* window);

    QWidget* m_window = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_reviewAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_reportSettingsAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_presentAction = nullptr;
    QAction* m_leaveAction = nullptr;
    QList<QAction*> m_pageActions;
    WorkshopMenu* m_workshop = nullptr;
    RepositoryMenu* m_repository = nullptr;
};

} // namespace lastmile::app
