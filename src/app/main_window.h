// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "main_menus.h"

#include <QMainWindow>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lastmile::app {

class ActionPlanPage;
class AssessmentDocument;
class BankManagerDialog;
class EngagementPage;
class FileOperations;
class HeatmapView;
class LibraryPage;
class PageGate;
class PresentationWindow;
class QuestionnairePage;
class ReportSettingsDialog;
class ReportView;
class RepositoryMenu;
class ReviewBanner;
class ReviewGuard;
class SummaryPage;
class UndoNotice;

// The Lastmile window: the library when no file is open, else the open engagement with its
// views. It owns the open document and composes the rest: its menus (MainMenus), the file
// operations they and the library ask for (FileOperations), the document's tabs with the gate
// that gives each page the document (PageGate), the review banner (ReviewBanner) and the saved
// indicator.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file (closing the one open), for review (read-only) or for editing; remembers the
    // choice for the file. False, after telling the user, when it cannot.
    bool openFile(const QString& path, bool readOnly);
    // Opens a file as it was last opened here; a file from elsewhere opens for review (see
    // Workspace::opensForReview). What the library, Open, Open Recent and a drop do.
    bool openFileAsRemembered(const QString& path);
    // The Edit switch: reopens the open file for editing (false) or for review (true), on the
    // same tab. A file that cannot be written stays in review, with the banner saying why.
    void setReviewMode(bool review);
    // Writes a new engagement for `organization` with a first round on the shipped question
    // bank at `path` (which must not exist) and opens it.
    bool createEngagement(const QString& path, const QString& organization);
    void closeFile();
    AssessmentDocument* document() const { return m_document.get(); }

    LibraryPage* libraryPage() const { return m_library; }
    // The menu bar and its enabling rules.
    MainMenus* menus() const { return m_menus; }
    // What New, Open, the demo, Save a Copy As and a drop do before a file opens.
    FileOperations* fileOperations() const { return m_files; }
    // The team repository: connect, sync, conflicts, opening its engagements from the library.
    RepositoryMenu* repositoryMenu() const;
    SummaryPage* summaryPage()
    {
        ensureDocumentView();
        return m_summary;
    }
    EngagementPage* engagementPage()
    {
        ensureDocumentView();
        return m_engagement;
    }
    QuestionnairePage* questionnairePage()
    {
        ensureDocumentView();
        return m_questionnaire;
    }
    ActionPlanPage* actionPlanPage()
    {
        ensureDocumentView();
        return m_actionPlan;
    }
    HeatmapView* heatmapView()
    {
        ensureDocumentView();
        return m_heatmap;
    }
    ReportView* reportView()
    {
        ensureDocumentView();
        return m_report;
    }
    // File > Report Settings… and File > Question Banks…: open the dialog (window-modal, not
    // blocking) and return it; null when no document is open for the report settings.
    ReportSettingsDialog* showReportSettings();
    BankManagerDialog* showBankManager();
    bool isPresenting() const;
    // Opens the projector's presentation window on the chosen screen (Workshop > Presentation
    // Screen) beside this window, or closes it. Needs an open document.
    void setPresentationMode(bool on);
    // The presentation window while presenting, else null.
    PresentationWindow* presentationWindow() const;

    // How errors reach the user; a message box unless replaced (tests record them instead).
    void setErrorReporter(std::function<void(const QString& message)> reporter);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void ensureDocumentView();
    // Gives each page that reads answers the document once the rounds it shows are read
    // (PageGate), and the Workshop menu with the questionnaire.
    void gatePages();
    void connectMenus();
    // Shows `page` (one of the document's tabs) when a document is open; else nothing.
    void showTab(QWidget* page);
    QWidget* tab(MainMenus::Page page) const;
    void updateTitle();
    // The banner, and read-only fields that look like the labels they are in review.
    void updateReviewLook();
    void showError(const QString& message);
    void showAnswering(std::int64_t initiativeId, std::int64_t roundId);
    void showPendingAnswering();
    void createSummary();

    std::unique_ptr<AssessmentDocument> m_document;
    QStackedWidget* m_pages = nullptr;
    LibraryPage* m_library = nullptr;
    QWidget* m_documentView = nullptr;
    ReviewBanner* m_reviewBanner = nullptr;
    ReviewGuard* m_reviewGuard = nullptr;
    QTabWidget* m_tabs = nullptr;
    SummaryPage* m_summary = nullptr;
    EngagementPage* m_engagement = nullptr;
    QuestionnairePage* m_questionnaire = nullptr;
    ActionPlanPage* m_actionPlan = nullptr;
    HeatmapView* m_heatmap = nullptr;
    ReportView* m_report = nullptr;
    PageGate* m_gate = nullptr;
    QLabel* m_savedLabel = nullptr;
    MainMenus* m_menus = nullptr;
    FileOperations* m_files = nullptr;
    UndoNotice* m_undoNotice = nullptr;
    bool m_presentWhenReady = false; // F5 pressed while the questionnaire's round is read
    // An initiative to answer (initiative, round) asked for before the questionnaire had the document.
    std::optional<std::pair<std::int64_t, std::int64_t>> m_pendingAnswering;
    std::function<void(const QString&)> m_reportError;
};

} // namespace lastmile::app
