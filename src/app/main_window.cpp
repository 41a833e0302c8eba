// SPDX-License-Identifier: Apache-2.0
#include "main_window.h"

#include "assessment_document.h"
#include "engagement/engagement_page.h"
#include "file_operations.h"
#include "heatmap/heatmap_view.h"
#include "library/library_page.h"
#include "page_gate.h"
#include "plan/action_plan_page.h"
#include "questionnaire/questionnaire_page.h"
#include "report/report_view.h"
#include "repository/repository_menu.h"
#include "review.h"
#include "review_banner.h"
#include "settings/bank_manager_dialog.h"
#include "settings/report_settings_dialog.h"
#include "summary/summary_page.h"
#include "undo_notice.h"
#include "workshop/workshop_menu.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>
#include <future>

namespace lastmile::app {

namespace {

const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_reportError([this](const QString& message) { QMessageBox::critical(this, tr("Lastmile"), message); })
{
    setAcceptDrops(true);
    m_pages = new QStackedWidget(this);
    m_library = new LibraryPage(m_pages);
    m_pages->addWidget(m_library);

    m_documentView = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(m_documentView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_pages->addWidget(m_documentView);
    setCentralWidget(m_pages);
    m_reviewGuard = new ReviewGuard(m_documentView, this);
    qApp->installEventFilter(m_reviewGuard);

    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedIndicator"));
    m_undoNotice = new UndoNotice(this);
    statusBar()->addWidget(m_undoNotice);
    statusBar()->addPermanentWidget(m_savedLabel);

    m_files = new FileOperations(this);
    m_menus = new MainMenus(this);
    connectMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray())) {
        resize(1280, 820);
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    m_library->refresh();
    updateTitle();
}

void MainWindow::connectMenus()
{
    connect(m_library, &LibraryPage::openRequested, this, [this](const QString& path, bool readOnly) {
        readOnly ? openFile(path, true) : openFileAsRemembered(path);
    });
    connect(m_library, &LibraryPage::newRequested, m_files, &FileOperations::newEngagement);
    connect(m_library, &LibraryPage::openFileRequested, m_files, [this] { m_files->chooseAndOpen(false); });
    connect(m_library, &LibraryPage::openDemoRequested, m_files, &FileOperations::openDemo);

    connect(m_files, &FileOperations::openRequested, this, [this](const QString& path, FileOperations::Opening how) {
        how == FileOperations::Opening::AsRemembered ? openFileAsRemembered(path)
                                                     : openFile(path, how == FileOperations::Opening::ForReview);
    });
    connect(m_files, &FileOperations::failed, this, &MainWindow::showError);
    connect(m_files, &FileOperations::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    connect(m_menus, &MainMenus::newRequested, m_files, &FileOperations::newEngagement);
    connect(m_menus, &MainMenus::openRequested, m_files, &FileOperations::chooseAndOpen);
    connect(m_menus, &MainMenus::demoRequested, m_files, &FileOperations::openDemo);
    connect(m_menus, &MainMenus::recentRequested, this, &MainWindow::openFileAsRemembered);
    connect(m_menus, &MainMenus::reviewModeRequested, this, &MainWindow::setReviewMode);
    connect(m_menus, &MainMenus::saveCopyRequested, this, [this] { m_files->saveCopy(m_document.get()); });
    connect(m_menus, &MainMenus::reportSettingsRequested, this, &MainWindow::showReportSettings);
    connect(m_menus, &MainMenus::bankManagerRequested, this, &MainWindow::showBankManager);
    connect(m_menus, &MainMenus::closeRequested, this, [this] {
        closeFile();
        m_library->refresh();
    });
    connect(m_menus, &MainMenus::libraryRequested, this, [this] {
        m_library->refresh();
        m_pages->setCurrentWidget(m_library);
    });
    connect(m_menus, &MainMenus::pageRequested, this, [this](MainMenus::Page page) { showTab(tab(page)); });
    connect(m_menus, &MainMenus::presentationRequested, this, &MainWindow::setPresentationMode);

    connect(m_menus->repository(), &RepositoryMenu::failed, this, &MainWindow::showError);
    connect(m_menus->repository(), &RepositoryMenu::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::ensureDocumentView()
{
    if (m_tabs) {
        return;
    }
    // Built when the first file opens, so the library appears as fast as a bare window can.
    m_reviewBanner = new ReviewBanner(m_documentView);
    connect(m_reviewBanner, &ReviewBanner::editRequested, this, [this] { setReviewMode(false); });
    m_documentView->layout()->addWidget(m_reviewBanner);
    m_tabs = new QTabWidget(m_documentView);
    m_tabs->setObjectName(QStringLiteral("documentTabWidget"));
    m_tabs->setDocumentMode(true);
    createSummary();
    m_engagement = new EngagementPage(m_tabs);
    m_questionnaire = new QuestionnairePage(m_tabs);
    // The tabs have no mnemonics: their letters belong to the pages' fields (View > Ctrl+1…5).
    m_tabs->addTab(m_engagement, tr("Engagement"));
    m_tabs->addTab(m_questionnaire, tr("Questionnaire"));
    m_actionPlan = new ActionPlanPage(m_tabs);
    m_tabs->addTab(m_actionPlan, tr("Action Plan"));
    m_heatmap = new HeatmapView(m_tabs);
    m_tabs->addTab(m_heatmap, tr("Heatmap"));
    m_report = new ReportView(m_tabs);
    m_tabs->addTab(m_report, tr("Report"));
    connect(m_heatmap, &HeatmapView::failed, this, &MainWindow::showError);
    connect(m_report, &ReportView::failed, this, &MainWindow::showError);
    connect(m_engagement, &EngagementPage::answerRequested, this, &MainWindow::showAnswering);
    m_documentView->layout()->addWidget(m_tabs);
    m_menus->workshop()->setPage(m_questionnaire);
    gatePages();
    statusBar()->addPermanentWidget(m_gate->statusIndicator());
}

void MainWindow::createSummary()
{
    m_summary = new SummaryPage(m_tabs);
    m_tabs->addTab(m_summary, tr("Summary"));
    connect(m_summary, &SummaryPage::failed, this, &MainWindow::showError);
    connect(m_summary, &SummaryPage::cellRequested, this, [this](qint64 initiativeId, const QString& frictionId) {
        m_tabs->setCurrentWidget(m_heatmap);
        m_heatmap->showCell(initiativeId, frictionId.toStdString());
    });
    connect(m_summary, &SummaryPage::actionRequested, this, [this](qint64 actionId) {
        m_tabs->setCurrentWidget(m_actionPlan);
        m_actionPlan->selectAction(actionId);
    });
}

void MainWindow::gatePages()
{
    // Each page gets the document once the rounds it shows are read (docs/architecture.md).
    // The report's answers table reads every round; the summary and the heatmap draw from the
    // stored scores and ask for the rounds they cannot trust themselves.
    m_gate = new PageGate(m_tabs);
    const auto everyRound = [](const AssessmentDocument& document) { return document.roundIds(); };
    const auto latestRound = [](const AssessmentDocument& document) { return document.latestRoundIds(); };
    const auto noRound = [](const AssessmentDocument&) { return std::vector<std::int64_t>(); };
    m_gate->addPage(m_summary, noRound, [this](AssessmentDocument* document) { m_summary->setDocument(document); });
    m_gate->addPage(
        m_engagement, [this](const AssessmentDocument& document) { return m_engagement->roundsShown(document); },
        [this](AssessmentDocument* document) { m_engagement->setDocument(document); });
    m_gate->addPage(
        m_questionnaire, [this](const AssessmentDocument& document) { return m_questionnaire->roundsShown(document); },
        [this](AssessmentDocument* document) {
            m_questionnaire->setDocument(document);
            m_menus->workshop()->setDocumentOpen(true,
                                                 !document->isReadOnly()); // the room is the questionnaire's round
        });
    m_gate->addPage(m_actionPlan, latestRound,
                    [this](AssessmentDocument* document) { m_actionPlan->setDocument(document); });
    m_gate->addPage(m_report, everyRound, [this](AssessmentDocument* document) { m_report->setDocument(document); });
    connect(m_engagement, &EngagementPage::roundsShownChanged, m_gate, &PageGate::roundsChanged);
    connect(m_questionnaire, &QuestionnairePage::roundsShownChanged, m_gate, &PageGate::roundsChanged);
    connect(m_gate, &PageGate::pageOpened, this, [this](QWidget* page) {
        if (page != m_questionnaire) {
            return;
        }
        showPendingAnswering();
        if (m_presentWhenReady) {
            setPresentationMode(true);
        }
    });
}

MainWindow::~MainWindow()
{
    closeFile();
}

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    QString error;
    // The file's checks and its engagement are read on worker threads while the pages are
    // built (the first time a file opens); nothing is shown before the checks have passed.
    auto reading = std::async(std::launch::async, [path, readOnly] {
        return AssessmentDocument::read(path, readOnly, AssessmentDocument::Loading::BySize);
    });
    ensureDocumentView();
    std::unique_ptr<AssessmentDocument> opened = AssessmentDocument::open(path, reading.get(), &error);
    if (!opened) {
        showError(error);
        return false;
    }
    closeFile();
    m_document = std::move(opened);
    AssessmentDocument* document = m_document.get();
    m_menus->setUndoStack(document->undoStack());

    connect(document, &AssessmentDocument::saved, this, [this] {
        m_savedLabel->setText(tr("All changes saved (%1)").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    });
    connect(document, &AssessmentDocument::failed, this, &MainWindow::showError);
    connect(document, &AssessmentDocument::roundLoaded, this, &MainWindow::showPendingAnswering);
    connect(document, &AssessmentDocument::removalUndoable, this,
            [this, document](const QString& what) { m_undoNotice->offer(what, document->undoStack()); });

    switch (document->readOnlyReason()) {
    case AssessmentDocument::ReadOnlyReason::None:
        Workspace::rememberReview(path, false);
        break;
    case AssessmentDocument::ReadOnlyReason::Asked:
        Workspace::rememberReview(path, true);
        break;
    case AssessmentDocument::ReadOnlyReason::Location:
    case AssessmentDocument::ReadOnlyReason::InUse:
        break; // not the user's choice: the next open tries again as remembered
    }
    updateReviewLook();
    m_savedLabel->setText(document->isReadOnly() ? tr("Read-only") : tr("All changes saved"));

    // The heatmap asks for the rounds it shows; each other page gets the document once the
    // rounds it shows are read (at once for a small file).
    m_heatmap->setDocument(document);
    m_gate->setDocument(document);
    m_reviewGuard->setDocument(document);
    m_menus->repository()->setDocument(document);
    m_pages->setCurrentWidget(m_documentView);
    // A review starts on the summary, an editing session on the engagement.
    m_tabs->setCurrentWidget(document->isReadOnly() ? static_cast<QWidget*>(m_summary) : m_engagement);
    Workspace::addRecentFile(path);
    m_menus->updateRecentFiles();
    updateTitle();
    return true;
}

bool MainWindow::openFileAsRemembered(const QString& path)
{
    const bool review = Workspace::opensForReview(path);
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path)) {
        setReviewMode(review); // already open here: only the mode may change
        return true;
    }
    return openFile(path, review);
}

void MainWindow::setReviewMode(bool review)
{
    if (!m_document || m_document->isReadOnly() == review) {
        updateTitle();
        return;
    }
    const QString path = m_document->path();
    const int tab = m_tabs->currentIndex();
    closeFile(); // releases the file's lock before it is opened again
    if (!openFile(path, review)) {
        openFile(path, !review);
    }
    if (m_document) {
        m_tabs->setCurrentIndex(tab);
        statusBar()->showMessage(m_document->isReadOnly() ? tr("Review mode: nothing can be changed") : tr("Editing"),
                                 5000);
    }
}

bool MainWindow::createEngagement(const QString& path, const QString& organization)
{
    return m_files->writeEngagement(path, organization) && openFile(path, false);
}

void MainWindow::closeFile()
{
    if (!m_document) {
        return;
    }
    setPresentationMode(false);
    m_pendingAnswering.reset();
    m_menus->workshop()->setDocumentOpen(false, false);
    m_undoNotice->dismiss();
    m_summary->setDocument(nullptr);
    m_engagement->setDocument(nullptr);
    m_questionnaire->setDocument(nullptr);
    m_actionPlan->setDocument(nullptr);
    m_heatmap->setDocument(nullptr);
    m_report->setDocument(nullptr);
    m_gate->setDocument(nullptr);
    for (QDialog* dialog : findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (qobject_cast<ReportSettingsDialog*>(dialog) || qobject_cast<BankManagerDialog*>(dialog)) {
            dialog->reject(); // they refer to the document
            delete dialog;
        }
    }
    m_menus->setUndoStack(nullptr);
    m_reviewGuard->setDocument(nullptr);
    m_menus->repository()->setDocument(nullptr);
    m_document.reset();
    m_reviewBanner->setDocument(nullptr);
    m_savedLabel->clear();
    m_pages->setCurrentWidget(m_library);
    updateTitle();
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
    m_menus->updateActions(m_document.get());
}

void MainWindow::updateReviewLook()
{
    m_reviewBanner->setDocument(m_document.get());
    // Read-only text fields look like the labels they are in review, not like fields to type in.
    m_documentView->setStyleSheet(
        m_document && m_document->isReadOnly()
            ? QStringLiteral("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] "
                             "{ background: palette(window); color: palette(dark); }")
            : QString());
}

RepositoryMenu* MainWindow::repositoryMenu() const
{
    return m_menus->repository();
}

void MainWindow::setErrorReporter(std::function<void(const QString&)> reporter)
{
    m_reportError = std::move(reporter);
}

void MainWindow::showError(const QString& message)
{
    m_reportError(message);
}

QWidget* MainWindow::tab(MainMenus::Page page) const
{
    switch (page) {
    case MainMenus::Page::Summary:
        return m_summary;
    case MainMenus::Page::Engagement:
        return m_engagement;
    case MainMenus::Page::Questionnaire:
        return m_questionnaire;
    case MainMenus::Page::ActionPlan:
        return m_actionPlan;
    case MainMenus::Page::Heatmap:
        return m_heatmap;
    case MainMenus::Page::Report:
        return m_report;
    }
    return nullptr;
}

void MainWindow::showTab(QWidget* page)
{
    if (!m_document) {
        return;
    }
    m_pages->setCurrentWidget(m_documentView);
    m_tabs->setCurrentWidget(page);
}

void MainWindow::showAnswering(std::int64_t initiativeId, std::int64_t roundId)
{
    m_pendingAnswering = std::make_pair(initiativeId, roundId);
    m_tabs->setCurrentWidget(m_questionnaire);
    showPendingAnswering();
}

void MainWindow::showPendingAnswering()
{
    if (!m_pendingAnswering || !m_document || !m_gate->isOpen(m_questionnaire)) {
        return; // again when the questionnaire has the document
    }
    const auto [initiativeId, roundId] = *m_pendingAnswering;
    // The questionnaire opens on the first question without an answer: it needs the round's
    // answers to find it (again when they arrive).
    if (!m_document->need({roundId})) {
        return;
    }
    m_pendingAnswering.reset();
    m_questionnaire->showInitiative(initiativeId, roundId);
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

void MainWindow::setPresentationMode(bool on)
{
    m_presentWhenReady = false;
    if (on && m_document) {
        showTab(m_questionnaire); // the facilitator keeps the questionnaire; the projector shows the room's view
        // The room needs the answers of the questionnaire's round: presenting starts once they
        // are read (PageGate::pageOpened), unless asked to stop meanwhile.
        m_presentWhenReady = !m_gate->isOpen(m_questionnaire);
    }
    WorkshopMenu* workshop = m_menus->workshop();
    workshop->setPresenting(on && m_document && m_gate->isOpen(m_questionnaire));
    m_menus->setPresentationChecked(workshop->isPresenting() || m_presentWhenReady);
}

bool MainWindow::isPresenting() const
{
    return m_menus->workshop()->isPresenting();
}

PresentationWindow* MainWindow::presentationWindow() const
{
    return m_menus->workshop()->presentationWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_menus->workshop()->stopPhoneVoting(); // the session ends with the window, before its layout is saved
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!FileOperations::droppedFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (const QString path = FileOperations::droppedFile(event->mimeData()); !path.isEmpty()) {
        event->acceptProposedAction();
        openFileAsRemembered(path);
    }
}

} // namespace lastmile::app
