// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"
#include "summary_figures.h"

#include <QDate>
#include <QWidget>
#include <optional>

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

    // The report with only its one-page executive summary, for the latest round against the one
    // before; none without a round.
    std::optional<ReportModel> summaryReport() const;
    // Writes the one-page summary as PDF; reports a failure through failed().
    bool exportPdf(const QString& path);
    void print();

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
    void refresh();
    void fillInitiatives();
    void fillActions();
    void fillSubjects();
    void updateCharts();
    void chooseExportFile();
    void activateInitiative(QTreeWidgetItem* item, int column);

    AssessmentDocument* m_document = nullptr;
    QDate m_today;
    HeatmapData m_heatmap;
    SummaryFigures m_figures;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_round = nullptr;
    QComboBox* m_function = nullptr;
    QComboBox* m_stage = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
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
