// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"
#include "summary_figures.h"

#include <QDate>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace lastmile::app {

class AssessmentDocument;
class ChartWidget;

// The Summary tab, first in a document: the latest round's portfolio readiness with its change
// and coverage, the worst frictions, the initiatives worst first, the overdue and due-soon
// actions, and the trend and friction profile of the portfolio or an initiative. Filters by
// business function and stage. Activating an initiative, a friction or an action asks to show it
// where it lives (the heatmap cell, the action plan). Print and Export PDF give the report's
// one-page executive summary. Read-only: it changes nothing.
//
// Every figure and chart is drawn from each round's scores (AssessmentDocument::roundScores):
// from the scores the file stores when it can trust them, so that showing the summary reads no
// round's answers, and from a round's answers where it cannot (an older file, stored scores
// marked stale), which are then read on the document's worker thread while the page says so;
// either way it shows the same. A round is asked for only while the page is shown. The one-page
// summary (Print, Export) is made from the answers of the latest round and the one before: the
// buttons ask for them and print or export once they are read, the page staying usable meanwhile.
// While hidden, the page follows the document's changes when it is next shown.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget* parent = nullptr);

    void setDocument(AssessmentDocument* document);
    // The day overdue is measured from; today unless set (tests).
    void setToday(const QDate& today);

    const SummaryFigures& figures() const { return m_figures; }
    QComboBox* functionComboBox() const { return m_function; }
    QComboBox* stageComboBox() const { return m_stage; }
    QComboBox* chartSubjectComboBox() const { return m_subject; }
    QTreeWidget* initiativesTree() const { return m_initiatives; }
    QTreeWidget* actionsTree() const { return m_actions; }
    ChartWidget* trendChart() const { return m_trend; }
    ChartWidget* profileChart() const { return m_profile; }
    QLabel* readinessLabel() const { return m_readiness; }

    // The ids of the rounds whose scores the page waits for (their answers are being read, or
    // could not be); empty once it shows its figures.
    const std::vector<std::int64_t>& waitingRounds() const { return m_waiting; }

    // The report with only its one-page executive summary, for the latest round against the one
    // before; none without a round, or while the answers of either are not loaded (see
    // whenSummaryReady()).
    std::optional<ReportModel> summaryReport() const;
    // Writes the one-page summary as PDF to `path`; false (and failed() for a file that could not
    // be written) when it could not, or when summaryReport() has none.
    bool exportPdf(const QString& path);
    // Reads the answers the one-page summary needs, if not read yet, then shows the print dialog.
    void print();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // Show this heatmap cell (frictionId empty: the readiness cell).
    void cellRequested(qint64 initiativeId, const QString& frictionId);
    // Show this action in the action plan.
    void actionRequested(qint64 actionId);
    // A full sentence naming the file.
    void failed(const QString& message);

private:
    QWidget* createHeadline();
    QWidget* createLists();
    QWidget* createCharts();
    // Scores every round again from the document, then refresh().
    void reload();
    // Shows the figures of the scores as they are, under the filters chosen.
    void refresh();
    void fillInitiatives();
    void fillActions();
    void fillSubjects();
    void updateCharts();
    void chooseExportFile();
    // Runs `then` once the answers of the latest round and the one before are loaded: at once,
    // or when they arrive (asked for here); a later call replaces one still waiting.
    void whenSummaryReady(std::function<void()> then);
    void printNow();
    // Runs the print or export waiting for the answers once they are loaded.
    void resumePending();
    // Drops it (the answers could not be read).
    void abandonPending();
    void updateButtons();
    void activateInitiative(QTreeWidgetItem* item, int column);

    AssessmentDocument* m_document = nullptr;
    QDate m_today;
    HeatmapData m_heatmap;               // the latest round against the one before
    std::vector<HeatmapData> m_rounds;   // each round alone, in the file's order: the trend
    std::vector<std::int64_t> m_waiting; // rounds without trusted stored scores, not read yet
    QString m_failure;                   // why the last read of answers failed
    bool m_stale = false;                // the document changed while the page was hidden
    std::function<void()> m_pending;     // a print or export waiting for the answers
    SummaryFigures m_figures;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_round = nullptr;
    QComboBox* m_function = nullptr;
    QComboBox* m_stage = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_reading = nullptr; // while a print or export waits for the answers
    QLabel* m_readiness = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_coverage = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_due = nullptr;
    QVBoxLayout* m_frictionBox = nullptr;
    QTreeWidget* m_initiatives = nullptr;
    QTreeWidget* m_actions = nullptr;
    QComboBox* m_subject = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    ChartWidget* m_trend = nullptr;
    ChartWidget* m_profile = nullptr;
};

} // namespace lastmile::app
