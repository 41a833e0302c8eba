// SPDX-License-Identifier: Apache-2.0
#include "main_window.h"

#include "assessment_document.h"
#include "engagement/engagement_page.h"
#include "heatmap/heatmap_view.h"
#include "library/library_page.h"
#include "page_gate.h"
#include "plan/action_plan_page.h"
#include "questionnaire/questionnaire_page.h"
#include "report/report_view.h"
#include "review.h"
#include "summary/summary_page.h"
#include "undo_notice.h"
#include "workshop/workshop_menu.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lastmile::app {

namespace {

const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";

bool isAssessmentFile(const QUrl& url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".lastmile"), Qt::CaseInsensitive);
}

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
    createReviewBar(m_documentView);
    layout->addWidget(m_reviewBar);
    m_pages->addWidget(m_documentView);
    setCentralWidget(m_pages);

    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedIndicator"));
    m_undoNotice = new UndoNotice(this);
    statusBar()->addWidget(m_undoNotice);
    statusBar()->addPermanentWidget(m_savedLabel);

    createMenus();

    connect(m_library, &LibraryPage::openRequested, this, [this](const QString& path, bool readOnly) {
        readOnly ? openFile(path, true) : openFileAsRemembered(path);
    });
    connect(m_library, &LibraryPage::newRequested, this, &MainWindow::newEngagement);
    connect(m_library, &LibraryPage::openFileRequested, this, [this] { chooseAndOpen(false); });
    connect(m_library, &LibraryPage::openDemoRequested, this, &MainWindow::openDemo);

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray())) {
        resize(1280, 820);
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    m_library->refresh();
    updateTitle();
}

void MainWindow::ensureDocumentView()
{
    if (m_tabs) {
        return;
    }
    // Built when the first file opens, so the library appears as fast as a bare window can.
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
    m_workshop->setPage(m_questionnaire);
    gatePages();
    statusBar()->addPermanentWidget(m_gate->statusIndicator());
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
            m_workshop->setDocumentOpen(true, !document->isReadOnly()); // the room is the questionnaire's round
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

void MainWindow::setErrorReporter(std::function<void(const QString&)> reporter)
{
    m_reportError = std::move(reporter);
}

void MainWindow::showError(const QString& message)
{
    m_reportError(message);
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

void MainWindow::setPresentationMode(bool on)
{
    m_presentWhenReady = false;
    if (on && m_document) {
        showTab(m_questionnaire); // the facilitator keeps the questionnaire; the projector shows the room's view
        // The room needs the answers of the questionnaire's round: presenting starts once they
        // are read (PageGate::pageOpened), unless asked to stop meanwhile.
        m_presentWhenReady = !m_gate->isOpen(m_questionnaire);
    }
    m_workshop->setPresenting(on && m_document && m_gate->isOpen(m_questionnaire));
    m_presentAction->setChecked(m_workshop->isPresenting() || m_presentWhenReady);
}

PresentationWindow* MainWindow::presentationWindow() const
{
    return m_workshop->presentationWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_workshop->stopPhoneVoting(); // the session ends with the window, before its layout is saved
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isAssessmentFile(urls.first())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isAssessmentFile(urls.first())) {
        event->acceptProposedAction();
        openFileAsRemembered(urls.first().toLocalFile());
    }
}

} // namespace lastmile::app
