// SPDX-License-Identifier: Apache-2.0
// The Summary tab: the portfolio's state, the initiatives worst first, overdue and due-soon
// actions, the charts, the filters, the click-through and the one-page summary PDF.
#include "app/assessment_document.h"
#include "app/summary/chart_widget.h"
#include "app/summary/summary_page.h"
#include "app/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class SummaryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("summary.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
        m_document = AssessmentDocument::open(m_path, true, &error);
        QVERIFY2(m_document, qPrintable(error));
    }

    void listsOverdueAndDueSoonActions()
    {
        SummaryPage page;
        page.setDocument(m_document.get());
        // Seen a month after the latest due date, every open action with a date is overdue.
        QDate latest;
        int open = 0;
        for (const Action& action : m_document->assessment().actions) {
            if (action.status != ActionStatus::Done && !action.due.empty()) {
                latest = std::max(latest, QDate::fromString(QString::fromStdString(action.due), Qt::ISODate));
                ++open;
            }
        }
        QVERIFY(open > 0);
        page.setToday(latest.addDays(30));
        QCOMPARE(int(page.figures().overdue.size()), open);
        QVERIFY(page.figures().dueSoon.empty());
        QTreeWidgetItem* overdue = page.actionsTree()->topLevelItem(0);
        QVERIFY(overdue->text(0).startsWith(QStringLiteral("Overdue (%1)").arg(open)));
        QCOMPARE(overdue->childCount(), open);
        QVERIFY(overdue->child(0)->text(0).contains(QStringLiteral("overdue")));
        const Action action = page.figures().overdue.front().action; // a copy: the figures change below
        QCOMPARE(overdue->child(0)->text(2), QString::fromStdString(action.text));

        // A week before it is due, the same action is due soon and no longer overdue.
        const QDate due = QDate::fromString(QString::fromStdString(action.due), Qt::ISODate);
        page.setToday(due.addDays(-7));
        const auto& soon = page.figures().dueSoon;
        QVERIFY(std::any_of(soon.begin(), soon.end(),
                            [&](const DueAction& entry) { return entry.action.id == action.id && entry.days == 7; }));
        QVERIFY(page.actionsTree()->topLevelItem(1)->text(0).startsWith(QStringLiteral("Due in the next two weeks")));

        // Activating an action asks for it in the action plan.
        page.setToday(latest.addDays(30));
        QSignalSpy requested(&page, &SummaryPage::actionRequested);
        emit page.actionsTree()->itemActivated(page.actionsTree()->topLevelItem(0)->child(0), 2);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toLongLong(), qlonglong(action.id));
    }

    void showsThePortfolioWorstFirstAndClicksThroughToTheHeatmap()
    {
        SummaryPage page;
        page.setDocument(m_document.get());
        const SummaryFigures& figures = page.figures();
        const HeatmapData heatmap =
            buildHeatmap(m_document->assessment(), *latestRound(m_document->assessment()),
                         roundBefore(m_document->assessment(), *latestRound(m_document->assessment())));
        QCOMPARE(figures.readiness, heatmap.portfolio.readiness);
        QCOMPARE(page.readinessLabel()->text(), QString::number(std::lround(*heatmap.portfolio.readiness)));
        QCOMPARE(figures.initiatives, int(heatmap.initiatives.size()));
        QVERIFY(!figures.worstFrictions.empty());
        for (std::size_t i = 1; i < figures.worstFrictions.size(); ++i) {
            QVERIFY(figures.worstFrictions[i - 1].score >= figures.worstFrictions[i].score);
        }
        QTreeWidget* tree = page.initiativesTree();
        QCOMPARE(tree->topLevelItemCount(), figures.initiatives);
        for (int row = 1; row < tree->topLevelItemCount(); ++row) {
            QVERIFY(tree->topLevelItem(row - 1)->text(1).toInt() <= tree->topLevelItem(row)->text(1).toInt());
        }

        QSignalSpy cell(&page, &SummaryPage::cellRequested);
        emit tree->itemActivated(tree->topLevelItem(0), 0);
        QCOMPARE(cell.count(), 1);
        QCOMPARE(cell.first().at(0).toLongLong(), qlonglong(figures.ranked.front().initiativeId));
        QVERIFY(cell.first().at(1).toString().isEmpty()); // the readiness cell
        emit tree->itemActivated(tree->topLevelItem(0), 3);
        QVERIFY(!cell.last().at(1).toString().isEmpty()); // the worst friction's cell

        // Selecting an initiative charts it.
        tree->setCurrentItem(tree->topLevelItem(0));
        QCOMPARE(page.chartSubjectComboBox()->currentData().toLongLong(),
                 qlonglong(figures.ranked.front().initiativeId));
        QVERIFY(page.trendChart()->chart());
        QVERIFY(page.profileChart()->chart());
    }

    void filtersByFunctionAndStage()
    {
        SummaryPage page;
        page.setDocument(m_document.get());
        const int all = page.figures().initiatives;
        QVERIFY(page.functionComboBox()->count() > 2);
        page.functionComboBox()->setCurrentIndex(1);
        const QString function = page.functionComboBox()->currentData().toString();
        QVERIFY(page.figures().filtered);
        QVERIFY(page.figures().initiatives < all);
        for (const HeatmapRow& row : page.figures().ranked) {
            QCOMPARE(QString::fromStdString(m_document->initiative(row.initiativeId)->businessFunction), function);
        }
        QCOMPARE(page.initiativesTree()->topLevelItemCount(), page.figures().initiatives);
        page.functionComboBox()->setCurrentIndex(0);
        page.stageComboBox()->setCurrentIndex(1);
        const auto stage = Stage(page.stageComboBox()->currentData().toInt());
        for (const HeatmapRow& row : page.figures().ranked) {
            QCOMPARE(m_document->initiative(row.initiativeId)->stage, stage);
        }
    }

    void exportsTheOnePageSummary()
    {
        SummaryPage page;
        page.setDocument(m_document.get());
        const std::optional<ReportModel> model = page.summaryReport();
        QVERIFY(model);
        QVERIFY(model->options.executiveSummary);
        QVERIFY(!model->options.cover && !model->options.heatmap && !model->options.initiatives &&
                !model->options.methodology && !model->options.appendix);
        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(page.exportPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        QSignalSpy failed(&page, &SummaryPage::failed);
        QVERIFY(!page.exportPdf(m_dir.filePath(QStringLiteral("no such folder/summary.pdf"))));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no such folder")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AssessmentDocument> m_document;
};

QTEST_MAIN(SummaryTest)
#include "summary_test.moc"
