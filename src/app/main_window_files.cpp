// SPDX-License-Identifier: Apache-2.0
// The main window's files: opening (the checks read beside the pages being built), closing, a new
// engagement, the demo and a copy saved elsewhere.
#include "assessment_document.h"
#include "core/bank_loader.h"
#include "engagement/engagement_page.h"
#include "heatmap/heatmap_view.h"
#include "library/library_page.h"
#include "main_window.h"
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
#include "workshop/workshop_menu.h"
#include "workspace.h"

#include <QDate>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QUndoStack>
#include <future>

namespace lastmile::app {

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

    setUndoActions(document->undoStack()->createUndoAction(this, tr("&Undo")),
                   document->undoStack()->createRedoAction(this, tr("&Redo")));

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

    // The heatmap asks for the rounds it shows; each other page gets the document once the
    // rounds it shows are read (at once for a small file).
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
    clearUndoActions();
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

} // namespace lastmile::app
