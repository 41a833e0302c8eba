// SPDX-License-Identifier: Apache-2.0
#include "main_window.h"

#include "assessment_document.h"
#include "core/bank_loader.h"
#include "engagement/engagement_page.h"
#include "heatmap/heatmap_view.h"
#include "language_menu.h"
#include "library/library_page.h"
#include "page_gate.h"
#include "plan/action_plan_page.h"
#include "questionnaire/questionnaire_page.h"
#include "report/report_view.h"
#include "repository/repository_menu.h"
#include "review.h"
#include "settings/bank_manager_dialog.h"
#include "settings/report_settings_dialog.h"
#include "summary/summary_page.h"
#include "text/bank_folder.h"
#include "text/translations.h"
#include "undo_notice.h"
#include "workshop/phone_voting.h"
#include "workshop/workshop_menu.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>
#include <future>

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

    createActions();
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
    // The summary's trend chart and the report's answers table read every round; the heatmap
    // asks for its own rounds.
    m_gate = new PageGate(m_tabs);
    const auto everyRound = [](const AssessmentDocument& document) { return document.roundIds(); };
    const auto latestRound = [](const AssessmentDocument& document) { return document.latestRoundIds(); };
    m_gate->addPage(m_summary, everyRound, [this](AssessmentDocument* document) { m_summary->setDocument(document); });
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

void MainWindow::createActions()
{
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
}

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
    m_exportReportAction = file->addAction(tr("&Export Report…"), this, [this] {
        if (m_document) {
            m_pages->setCurrentWidget(m_documentView);
            m_tabs->setCurrentWidget(m_report);
        }
    });
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
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* library = view->addAction(tr("&Library"), this, [this] {
        m_library->refresh();
        m_pages->setCurrentWidget(m_library);
    });
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(tr("&Summary"), this, [this] {
        if (m_document) {
            m_pages->setCurrentWidget(m_documentView);
            m_tabs->setCurrentWidget(m_summary);
        }
    });
    QAction* engagement = view->addAction(tr("&Engagement"), this, [this] {
        if (m_document) {
            m_pages->setCurrentWidget(m_documentView);
            m_tabs->setCurrentWidget(m_engagement);
        }
    });
    engagement->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* questionnaire = view->addAction(tr("&Questionnaire"), this, [this] {
        if (m_document) {
            m_pages->setCurrentWidget(m_documentView);
            m_tabs->setCurrentWidget(m_questionnaire);
        }
    });
    questionnaire->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* plan = view->addAction(tr("Action &Plan"), this, [this] {
        if (m_document) {
            m_pages->setCurrentWidget(m_documentView);
            m_tabs->setCurrentWidget(m_actionPlan);
        }
    });
    plan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* heatmap = view->addAction(tr("&Heatmap"), this, [this] {
        if (m_document) {
            m_pages->setCurrentWidget(m_documentView);
            m_tabs->setCurrentWidget(m_heatmap);
        }
    });
    heatmap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction* report = view->addAction(tr("&Report"), this, [this] {
        if (m_document) {
            m_pages->setCurrentWidget(m_documentView);
            m_tabs->setCurrentWidget(m_report);
        }
    });
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
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

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    QString error;
    // The file's checks and its engagement are read on a worker thread while the pages are
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

    m_editMenu->removeAction(m_undoAction);
    m_editMenu->removeAction(m_redoAction);
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

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
    updateReviewBar();
    m_savedLabel->setText(document->isReadOnly() ? tr("Read-only") : tr("All changes saved"));

    // The heatmap asks for the rounds it shows; the other pages get the document once every
    // round's answers are read (at once for a small file).
    m_heatmap->setDocument(document);
    m_gate->setDocument(document);
    m_reviewGuard->setDocument(document);
    m_repository->setDocument(document);
    m_pages->setCurrentWidget(m_documentView);
    // A review starts on the summary, an editing session on the engagement.
    m_tabs->setCurrentWidget(document->isReadOnly() ? static_cast<QWidget*>(m_summary) : m_engagement);
    Workspace::addRecentFile(path);
    updateRecentMenu();
    updateTitle();
    return true;
}

void MainWindow::closeFile()
{
    if (!m_document) {
        return;
    }
    setPresentationMode(false);
    m_pendingAnswering.reset();
    m_workshop->setDocumentOpen(false, false);
    m_undoNotice->dismiss();
    if (m_tabs) {
        m_summary->setDocument(nullptr);
        m_engagement->setDocument(nullptr);
        m_questionnaire->setDocument(nullptr);
        m_actionPlan->setDocument(nullptr);
        m_heatmap->setDocument(nullptr);
        m_report->setDocument(nullptr);
        m_gate->setDocument(nullptr);
    }
    for (QDialog* dialog : findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (qobject_cast<ReportSettingsDialog*>(dialog) || qobject_cast<BankManagerDialog*>(dialog)) {
            dialog->reject(); // they refer to the document
            delete dialog;
        }
    }
    m_editMenu->removeAction(m_undoAction);
    m_editMenu->removeAction(m_redoAction);
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setEnabled(false);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_reviewGuard->setDocument(nullptr);
    m_repository->setDocument(nullptr);
    m_document.reset();
    m_reviewBar->hide();
    m_savedLabel->clear();
    m_pages->setCurrentWidget(m_library);
    updateTitle();
}

void MainWindow::chooseAndOpen(bool readOnly)
{
    const QString path =
        QFileDialog::getOpenFileName(this, readOnly ? tr("Open Read-Only") : tr("Open"), Workspace::defaultFolder(),
                                     tr("Lastmile assessments (*.lastmile)"));
    if (!path.isEmpty()) {
        readOnly ? openFile(path, true) : openFileAsRemembered(path);
    }
}

void MainWindow::openDemo()
{
    QString error;
    QString path = Workspace::ensureDemo(&error);
    if (path.isEmpty()) {
        QDir().mkpath(Workspace::defaultFolder());
        path = QDir(Workspace::defaultFolder()).filePath(Workspace::demoFileName());
        if (!QFileInfo::exists(path) && !Workspace::writeDemo(path, &error)) {
            showError(error);
            return;
        }
    }
    openFileAsRemembered(path);
}

void MainWindow::newEngagement()
{
    bool ok = false;
    const QString organization =
        QInputDialog::getText(this, tr("New Engagement"), tr("Organization name:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || organization.isEmpty()) {
        return;
    }
    QDir().mkpath(Workspace::defaultFolder());
    QString suggested = organization;
    suggested.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Engagement"), QDir(Workspace::defaultFolder()).filePath(suggested + QStringLiteral(".lastmile")),
        tr("Lastmile assessments (*.lastmile)"));
    if (path.isEmpty()) {
        return;
    }
    QString target = path;
    if (!target.endsWith(QLatin1String(".lastmile"), Qt::CaseInsensitive)) {
        target += QStringLiteral(".lastmile");
    }
    if (QFileInfo::exists(target)) {
        // The dialog asked before replacing; a file is never overwritten in place.
        if (!QFile::moveToTrash(target)) {
            showError(tr("%1: the existing file could not be moved to the trash; choose another name.").arg(target));
            return;
        }
    }
    createEngagement(target, organization);
}

bool MainWindow::createEngagement(const QString& path, const QString& organization)
{
    const std::optional<QuestionBank> bank = text::shippedBank(text::currentLanguage());
    if (!bank) {
        showError(tr("The built-in question bank is missing from this build of Lastmile."));
        return false;
    }
    Assessment assessment;
    assessment.organization.name = organization.toStdString();
    RoundData round;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    round.round = {1, tr("%1 workshop").arg(today).toStdString(), today.toStdString()};
    round.bank = *bank;
    assessment.rounds.push_back(std::move(round));
    QString error;
    if (!AssessmentDocument::create(path, assessment, &error)) {
        showError(error);
        return false;
    }
    Workspace::rememberReview(path, false); // made here: opens for editing
    return openFile(path, false);
}

void MainWindow::saveCopy()
{
    if (!m_document) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), Workspace::defaultFolder(),
                                                      tr("Lastmile assessments (*.lastmile)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_document->saveCopyAs(path, &error)) {
        showError(error);
    } else {
        Workspace::rememberReview(path, false); // a copy made here opens for editing
        statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    }
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
        // The facilitator keeps the questionnaire here; the projector shows the room's view.
        m_pages->setCurrentWidget(m_documentView);
        m_tabs->setCurrentWidget(m_questionnaire);
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
