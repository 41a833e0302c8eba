// SPDX-License-Identifier: Apache-2.0
// The main window's review mode: the banner with its Edit switch, how a file opens by default, and
// the summary tab a review starts on.
#include "assessment_document.h"
#include "heatmap/heatmap_view.h"
#include "main_window.h"
#include "plain_label.h"
#include "plan/action_plan_page.h"
#include "review.h"
#include "summary/summary_page.h"
#include "workspace.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

namespace lastmile::app {

bool MainWindow::openFileAsRemembered(const QString& path)
{
    const bool review = Workspace::opensForReview(path);
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path)) {
        setReviewMode(review); // already open here: only the mode may change
        return true;
    }
    return openFile(path, review);
}

void MainWindow::createReviewBar(QWidget* parent)
{
    m_reviewBar = new QWidget(parent);
    m_reviewBar->setObjectName(QStringLiteral("reviewBar"));
    m_reviewBar->setAttribute(Qt::WA_StyledBackground);
    m_reviewBar->setStyleSheet(QStringLiteral("#reviewBar { background: #FFF4CE; border-bottom: 1px solid #E0C060; }"
                                              "#reviewBar QLabel { color: #3D2E00; }"));
    auto* row = new QHBoxLayout(m_reviewBar);
    row->setContentsMargins(12, 6, 12, 6);
    m_banner = plainLabel(m_reviewBar, QStringLiteral("readOnlyBanner"));
    m_editButton = new QPushButton(tr("Edit"), m_reviewBar);
    m_editButton->setObjectName(QStringLiteral("editModeButton"));
    m_editButton->setToolTip(tr("Reopen this file for editing; File > Review Mode returns to review"));
    row->addWidget(m_banner, 1);
    row->addWidget(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, [this] { setReviewMode(false); });
    m_reviewBar->hide();
    m_reviewGuard = new ReviewGuard(m_documentView, this);
    qApp->installEventFilter(m_reviewGuard);
}

void MainWindow::updateReviewBar()
{
    const AssessmentDocument* document = m_document.get();
    QString text;
    switch (document ? document->readOnlyReason() : AssessmentDocument::ReadOnlyReason::None) {
    case AssessmentDocument::ReadOnlyReason::None:
        break;
    case AssessmentDocument::ReadOnlyReason::Asked:
        text = tr("Review mode: this file is open read-only. Nothing you do here changes it. Click Edit to change it.");
        break;
    case AssessmentDocument::ReadOnlyReason::Location:
        text = tr("Review mode: this file or its folder cannot be written, so it is open read-only. "
                  "Use Save a Copy As to work on a copy.");
        break;
    case AssessmentDocument::ReadOnlyReason::InUse:
        text = tr("Review mode: another Lastmile window is editing this file, so it is open read-only here.");
        break;
    }
    m_banner->setText(text);
    m_editButton->setVisible(document && document->readOnlyReason() != AssessmentDocument::ReadOnlyReason::Location);
    m_reviewBar->setVisible(!text.isEmpty());
    // Read-only text fields look like the labels they are in review, not like fields to type in.
    m_documentView->setStyleSheet(
        document && document->isReadOnly()
            ? QStringLiteral("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] "
                             "{ background: palette(window); color: palette(dark); }")
            : QString());
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

} // namespace lastmile::app
