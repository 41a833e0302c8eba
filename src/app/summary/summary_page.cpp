// SPDX-License-Identifier: Apache-2.0
#include "summary_page.h"

#include "app/assessment_document.h"
#include "app/engagement/stage_text.h"
#include "app/filter_combos.h"
#include "app/plain_label.h"
#include "chart_widget.h"
#include "core/trend.h"
#include "render/heat_palette.h"
#include "render/profile_chart.h"
#include "render/report_style.h"
#include "render/trend_chart.h"
#include "text/messages.h"
#include "text/translations.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lastmile::app {

namespace {

enum InitiativeColumn { NameColumn, ReadinessColumn, ChangeColumn, WorstColumn, StageColumn };
enum ActionColumn { WhenColumn, DueColumn, TextColumn, InitiativeColumn, FrictionColumn, OwnerColumn };
constexpr int kIdRole = Qt::UserRole;
constexpr int kFrictionRole = Qt::UserRole + 1;

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString number(const std::optional<double>& value)
{
    return value ? QString::number(std::lround(*value)) : QStringLiteral("\u2013");
}

QFrame* tile(const QString& title, QWidget* parent, QVBoxLayout** body)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("summaryTile"));
    frame->setStyleSheet(QStringLiteral("#summaryTile { background: white; border: 1px solid #D0D5DD; "
                                        "border-radius: 6px; }"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    auto* heading = new QLabel(title, frame);
    heading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    *body = layout;
    return frame;
}

} // namespace

SummaryPage::SummaryPage(QWidget* parent) : QWidget(parent), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("summaryPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_round = plainLabel(this, QStringLiteral("summaryRoundLabel"));
    QFont bold = m_round->font();
    bold.setBold(true);
    m_round->setFont(bold);
    m_print = new QPushButton(tr("P&rint Summary…"), this);
    m_print->setObjectName(QStringLiteral("printSummaryPushButton"));
    m_print->setToolTip(tr("Print the report's one-page executive summary"));
    m_export = new QPushButton(tr("E&xport Summary PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportSummaryPushButton"));
    m_export->setToolTip(tr("Save the report's one-page executive summary as a PDF, to send on"));
    m_reading = plainLabel(this, QStringLiteral("summaryReadingLabel"), false);
    m_reading->setForegroundRole(QPalette::PlaceholderText);
    m_reading->hide();
    bar->addWidget(m_round, 1);
    const FilterCombos filters = addFilterCombos(bar, this, QStringLiteral("summary"));
    m_function = filters.function;
    m_stage = filters.stage;
    bar->addWidget(m_reading);
    bar->addWidget(m_print);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_empty = plainLabel(m_stack, QStringLiteral("summaryEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createHeadline());
    auto* split = new QSplitter(Qt::Horizontal, content);
    split->addWidget(createLists());
    split->addWidget(createCharts());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({560, 440}); // the lists a little wider than the charts
    contentLayout->addWidget(split, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);

    connect(m_function, &QComboBox::currentIndexChanged, this, &SummaryPage::refresh);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &SummaryPage::refresh);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &SummaryPage::updateCharts);
    connect(m_print, &QPushButton::clicked, this, &SummaryPage::print);
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::chooseExportFile);
    setDocument(nullptr);
}

QWidget* SummaryPage::createHeadline()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QVBoxLayout* body = nullptr;

    QFrame* readiness = tile(tr("Readiness"), row, &body);
    m_readiness = plainLabel(readiness, QStringLiteral("summaryReadinessLabel"));
    QFont big = m_readiness->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_readiness->setFont(big);
    m_change = plainLabel(readiness, QStringLiteral("summaryChangeLabel"));
    body->addWidget(m_readiness);
    body->addWidget(m_change);
    body->addStretch(1);
    layout->addWidget(readiness, 2);

    QFrame* evidence = tile(tr("Evidence"), row, &body);
    m_coverage = plainLabel(evidence, QStringLiteral("summaryCoverageLabel"));
    body->addWidget(m_coverage);
    body->addStretch(1);
    layout->addWidget(evidence, 2);

    QFrame* actions = tile(tr("Actions"), row, &body);
    m_overdue = plainLabel(actions, QStringLiteral("summaryOverdueLabel"));
    m_due = plainLabel(actions, QStringLiteral("summaryDueLabel"));
    body->addWidget(m_overdue);
    body->addWidget(m_due);
    body->addStretch(1);
    layout->addWidget(actions, 2);

    QFrame* worst = tile(tr("Worst frictions (click to see the cell)"), row, &body);
    m_frictionBox = body;
    layout->addWidget(worst, 4);
    return row;
}

QWidget* SummaryPage::createLists()
{
    auto* split = new QSplitter(Qt::Vertical, this);
    m_initiatives = new QTreeWidget(split);
    m_initiatives->setObjectName(QStringLiteral("summaryInitiativesTreeWidget"));
    m_initiatives->setRootIsDecorated(false);
    m_initiatives->setUniformRowHeights(true);
    m_initiatives->setHeaderLabels(
        {tr("Initiative (worst first)"), tr("Readiness"), tr("Change"), tr("Worst friction"), tr("Stage")});
    m_initiatives->setToolTip(tr("Double-click or press Enter to see the initiative in the heatmap"));
    m_initiatives->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_initiatives->header()->setStretchLastSection(false);
    m_actions = new QTreeWidget(split);
    m_actions->setObjectName(QStringLiteral("summaryActionsTreeWidget"));
    m_actions->setHeaderLabels({tr("When"), tr("Due"), tr("Action"), tr("Initiative"), tr("Friction"), tr("Owner")});
    m_actions->setToolTip(tr("Double-click or press Enter to open the action in the action plan"));
    m_actions->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_actions->header()->setStretchLastSection(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    connect(m_initiatives, &QTreeWidget::itemActivated, this, &SummaryPage::activateInitiative);
    connect(m_initiatives, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item) {
            m_subject->setCurrentIndex(std::max(0, m_subject->findData(item->data(NameColumn, kIdRole))));
        }
    });
    connect(m_actions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->parent()) {
            emit actionRequested(item->data(WhenColumn, kIdRole).toLongLong());
        }
    });
    return split;
}

QWidget* SummaryPage::createCharts()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_subject = new QComboBox(box);
    m_subject->setObjectName(QStringLiteral("summaryChartSubjectComboBox"));
    auto* label = new QLabel(tr("Char&ts for"), box);
    label->setBuddy(m_subject);
    row->addWidget(label);
    row->addWidget(m_subject, 1);
    layout->addLayout(row);
    m_chartTabs = new QTabWidget(box);
    m_trend = new ChartWidget(m_chartTabs);
    m_trend->setObjectName(QStringLiteral("summaryTrendChart"));
    m_profile = new ChartWidget(m_chartTabs);
    m_profile->setObjectName(QStringLiteral("summaryProfileChart"));
    m_chartTabs->addTab(m_trend, tr("Trend over rounds"));
    m_chartTabs->addTab(m_profile, tr("Friction profile"));
    layout->addWidget(m_chartTabs, 1);
    return box;
}

void SummaryPage::setDocument(AssessmentDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_failure.clear();
    m_pending = nullptr;
    m_reading->hide();
    if (m_document) {
        connect(m_document, &AssessmentDocument::changed, this, [this] {
            if (isVisible()) {
                reload();
            } else {
                m_stale = true; // followed when shown
            }
        });
        connect(m_document, &AssessmentDocument::roundLoaded, this, [this](std::int64_t roundId) {
            if (std::find(m_waiting.begin(), m_waiting.end(), roundId) != m_waiting.end()) {
                if (isVisible()) {
                    reload();
                } else {
                    m_stale = true;
                }
            }
            resumePending();
        });
        connect(m_document, &AssessmentDocument::loadFailed, this, [this](const QString& message) {
            m_failure = message; // the document says so too; showing the page again tries again
            if (!m_waiting.empty()) {
                refresh();
            }
            abandonPending();
        });
    }
    reload();
}

void SummaryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale || !m_waiting.empty()) {
        m_failure.clear();
        reload(); // shown: the rounds it waits for are asked for now
    }
}

void SummaryPage::reload()
{
    m_stale = false;
    m_heatmap = {};
    m_rounds.clear();
    m_waiting.clear();
    const RoundData* round = m_document ? latestRound(m_document->assessment()) : nullptr;
    if (round) {
        // Each round from its stored scores when the file can trust them, else from its answers:
        // the same figures either way (AssessmentDocument::roundScores).
        const Assessment& assessment = m_document->assessment();
        std::vector<std::vector<InitiativeScore>> scores;
        for (const RoundData& each : assessment.rounds) {
            std::optional<std::vector<InitiativeScore>> scored = m_document->roundScores(each);
            if (!scored) {
                m_waiting.push_back(each.round.id);
            } else if (m_waiting.empty()) {
                scores.push_back(std::move(*scored));
            }
        }
        if (!m_waiting.empty()) {
            if (isVisible() && m_failure.isEmpty()) {
                m_document->need(m_waiting);
            }
        } else {
            for (std::size_t r = 0; r < scores.size(); ++r) {
                m_rounds.push_back(buildHeatmap(assessment, assessment.rounds[r], scores[r], nullptr, {}));
            }
            const RoundData* previous = roundBefore(assessment, *round);
            m_heatmap = buildHeatmap(assessment, *round, std::move(scores.back()), previous,
                                     previous ? std::move(scores[scores.size() - 2]) : std::vector<InitiativeScore>());
        }
    }
    refresh();
}

void SummaryPage::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void SummaryPage::refresh()
{
    const Assessment empty;
    const Assessment& assessment = m_document ? m_document->assessment() : empty;
    fillFunctionCombo(m_function, assessment);
    fillStageCombo(m_stage, assessment);
    const RoundData* round = latestRound(assessment);
    updateButtons();
    if (!round || !m_waiting.empty()) {
        m_figures = {};
        m_round->setText(round ? q(round->round.name) : QString());
        if (round && m_failure.isEmpty()) {
            m_empty->setText(tr("Reading the answers of %n round(s): the summary appears as soon as they are read.",
                                nullptr, int(m_waiting.size())));
        } else if (round) {
            m_empty->setText(tr("The answers could not be read: %1").arg(m_failure));
        } else {
            m_empty->setText(m_document
                                 ? tr("This engagement has no assessment round yet. Start one on the Engagement page.")
                                 : tr("Open an assessment to see its summary."));
        }
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const RoundData* previous = roundBefore(assessment, *round);
    m_empty->clear();
    m_figures = summaryFigures(assessment, m_heatmap, chosenFunction(m_function), chosenStage(m_stage), m_today);
    m_round->setText(previous ? tr("%1, compared with %2").arg(q(round->round.name), q(previous->round.name))
                              : q(round->round.name));
    m_stack->setCurrentIndex(1);

    m_readiness->setText(number(m_figures.readiness));
    if (m_figures.readiness && m_figures.previousReadiness) {
        const double change = double(std::lround(*m_figures.readiness) - std::lround(*m_figures.previousReadiness));
        const QString arrow = change > 0   ? QStringLiteral("\u2191")
                              : change < 0 ? QStringLiteral("\u2193")
                                           : QStringLiteral("\u00b1");
        m_change->setText(tr("%1%2 since %3").arg(arrow).arg(std::abs(change)).arg(q(previous->round.name)));
        m_change->setStyleSheet(QStringLiteral("color: %1;").arg(render::changeColour(change, false).name()));
    } else {
        m_change->setText(previous ? tr("no readiness to compare") : tr("the first round: nothing to compare yet"));
        m_change->setStyleSheet(QString());
    }
    if (m_figures.filtered) {
        m_change->setText(m_change->text() + QLatin1Char('\n') +
                          tr("mean of the %n initiative(s) shown", nullptr, m_figures.scored));
    }
    m_coverage->setText(tr("%1% of the questions' weight answered\n%n score(s) on insufficient evidence\n", nullptr,
                           m_figures.thinCells)
                            .arg(std::lround(m_figures.coverage * 100.0)) +
                        tr("%n of %1 initiative(s) scored", nullptr, m_figures.scored).arg(m_figures.initiatives));
    m_overdue->setText(tr("%n overdue", nullptr, int(m_figures.overdue.size())));
    m_overdue->setStyleSheet(m_figures.overdue.empty() ? QString() : QStringLiteral("color: #B42318;"));
    m_due->setText(tr("%n due in the next two weeks", nullptr, int(m_figures.dueSoon.size())));

    while (QLayoutItem* item = m_frictionBox->takeAt(1)) {
        delete item->widget();
        delete item;
    }
    for (const SummaryFriction& friction : m_figures.worstFrictions) {
        const Band band = bandForScore(friction.score);
        auto* button = new QPushButton(m_frictionBox->parentWidget());
        button->setObjectName(QStringLiteral("summaryFrictionPushButton"));
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 2px;"));
        button->setText(tr("%1: %2 (%3), hardest hit: %4 (%5)")
                            .arg(q(friction.name), number(friction.score), text::Messages::band(band),
                                 q(friction.worstInitiative), number(friction.worstScore)));
        connect(button, &QPushButton::clicked, this,
                [this, friction] { emit cellRequested(friction.worstInitiativeId, q(friction.frictionId)); });
        m_frictionBox->addWidget(button);
    }
    m_frictionBox->addStretch(1);
    fillInitiatives();
    fillActions();
    fillSubjects();
    updateCharts();
}

void SummaryPage::fillInitiatives()
{
    m_initiatives->clear();
    for (const HeatmapRow& row : m_figures.ranked) {
        auto* item = new QTreeWidgetItem(m_initiatives);
        item->setText(NameColumn, q(row.name));
        item->setData(NameColumn, kIdRole, QVariant::fromValue<qlonglong>(row.initiativeId));
        item->setText(ReadinessColumn, number(row.readiness));
        item->setTextAlignment(ReadinessColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (row.readiness && row.previousReadiness) {
            const double change = double(std::lround(*row.readiness) - std::lround(*row.previousReadiness));
            item->setText(ChangeColumn, change > 0   ? QStringLiteral("\u2191%1").arg(change)
                                        : change < 0 ? QStringLiteral("\u2193%1").arg(-change)
                                                     : QStringLiteral("\u00b10"));
            item->setForeground(ChangeColumn, render::changeColour(change, false));
        }
        const HeatmapCell* worst = nullptr;
        for (const HeatmapCell& cell : row.cells) {
            if (cell.score && (!worst || *cell.score > *worst->score)) {
                worst = &cell;
            }
        }
        if (worst) {
            for (const HeatmapColumn& column : m_heatmap.frictions) {
                if (column.frictionId == worst->frictionId) {
                    item->setText(WorstColumn, tr("%1 (%2)").arg(q(column.name), number(worst->score)));
                }
            }
            item->setData(WorstColumn, kFrictionRole, q(worst->frictionId));
        }
        if (const Initiative* initiative = m_document->initiative(row.initiativeId)) {
            item->setText(StageColumn, stageLabel(initiative->stage));
            const QString function = q(initiative->businessFunction);
            item->setToolTip(NameColumn, function.isEmpty() ? q(row.name) : tr("%1\n%2").arg(q(row.name), function));
        }
    }
    for (int column = ReadinessColumn; column <= StageColumn; ++column) {
        m_initiatives->resizeColumnToContents(column);
    }
}

void SummaryPage::fillActions()
{
    m_actions->clear();
    const auto group = [this](const QString& title, const std::vector<DueAction>& actions, bool overdue) {
        auto* parent = new QTreeWidgetItem(m_actions);
        parent->setText(WhenColumn, title.arg(actions.size()));
        parent->setFirstColumnSpanned(true);
        QFont font = parent->font(WhenColumn);
        font.setBold(true);
        parent->setFont(WhenColumn, font);
        for (const DueAction& entry : actions) {
            auto* item = new QTreeWidgetItem(parent);
            item->setData(WhenColumn, kIdRole, QVariant::fromValue<qlonglong>(entry.action.id));
            item->setText(WhenColumn, overdue           ? tr("%n day(s) overdue", nullptr, -entry.days)
                                      : entry.days == 0 ? tr("today")
                                                        : tr("in %n day(s)", nullptr, entry.days));
            item->setText(DueColumn, text::displayDate(entry.action.due));
            item->setText(TextColumn, q(entry.action.text));
            item->setToolTip(TextColumn, q(entry.action.text));
            item->setText(InitiativeColumn, entry.initiative.empty() ? tr("Portfolio") : q(entry.initiative));
            item->setText(FrictionColumn, q(entry.friction));
            item->setText(OwnerColumn, q(entry.action.owner));
            if (overdue) {
                item->setForeground(WhenColumn, QColor(0xB4, 0x23, 0x18));
            }
        }
        parent->setExpanded(true);
    };
    group(tr("Overdue (%1)"), m_figures.overdue, true);
    group(tr("Due in the next two weeks (%1)"), m_figures.dueSoon, false);
    for (int column = WhenColumn; column <= DueColumn; ++column) {
        m_actions->resizeColumnToContents(column);
    }
}

void SummaryPage::fillSubjects()
{
    const QVariant chosen = m_subject->currentData();
    const QSignalBlocker blocker(m_subject);
    m_subject->clear();
    m_subject->addItem(tr("The portfolio"), QVariant::fromValue<qlonglong>(0));
    for (const HeatmapRow& row : m_heatmap.initiatives) {
        m_subject->addItem(q(row.name), QVariant::fromValue<qlonglong>(row.initiativeId));
    }
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(chosen)));
}

void SummaryPage::updateCharts()
{
    if (!m_document || m_heatmap.frictions.empty()) {
        m_trend->setChart(nullptr, tr("No round to chart."));
        m_profile->setChart(nullptr, tr("No round to chart."));
        return;
    }
    const std::int64_t id = m_subject->currentData().toLongLong();
    render::ChartOptions options;
    options.font = render::reportFont(9.0);
    m_trend->setChart(
        std::make_unique<render::TrendChartPainter>(buildTrend(m_document->assessment(), m_rounds, id), options));
    m_profile->setChart(
        std::make_unique<render::ProfileChartPainter>(render::profileChartData(m_heatmap, id), options));
}

void SummaryPage::activateInitiative(QTreeWidgetItem* item, int column)
{
    if (!item) {
        return;
    }
    const qlonglong id = item->data(NameColumn, kIdRole).toLongLong();
    emit cellRequested(id, column == WorstColumn ? item->data(WorstColumn, kFrictionRole).toString() : QString());
}

} // namespace lastmile::app
