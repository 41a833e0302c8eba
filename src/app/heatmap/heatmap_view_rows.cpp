// SPDX-License-Identifier: Apache-2.0
// The heatmap view's rows: filters by business function and stage, and sorting.
#include "app/assessment_document.h"
#include "app/filter_combos.h"
#include "heatmap_canvas.h"
#include "heatmap_model.h"
#include "heatmap_view.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

namespace lastmile::app {

namespace {

const char* const kNameColumn = "name";
const char* const kReadinessColumn = "readiness";

// Worst first: the lowest readiness, the highest friction; names from A.
bool worstFirstAscending(const QString& column)
{
    return column == QLatin1String(kReadinessColumn) || column == QLatin1String(kNameColumn);
}

} // namespace

void HeatmapView::createFilterBar(QBoxLayout* layout)
{
    auto* bar = new QHBoxLayout;
    const FilterCombos filters = addFilterCombos(bar, this, QStringLiteral("heatmap"));
    m_function = filters.function;
    m_stage = filters.stage;
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("heatmapSortComboBox"));
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sortOrder = new QPushButton(this);
    m_sortOrder->setObjectName(QStringLiteral("heatmapSortOrderPushButton"));
    m_sortOrder->setToolTip(tr("Reverse the order"));
    auto* sortLabel = new QLabel(tr("S&ort by"), this);
    sortLabel->setBuddy(m_sort);
    bar->addWidget(sortLabel);
    bar->addWidget(m_sort);
    bar->addWidget(m_sortOrder);
    bar->addStretch(1);
    layout->addLayout(bar);

    connect(m_function, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            m_filter->setFunctionFilter(chosenFunction(m_function));
            showRows();
        }
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            m_filter->setStageFilter(chosenStage(m_stage));
            showRows();
        }
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            const QString column = m_sort->currentData().toString();
            sortBy(column, worstFirstAscending(column));
        }
    });
    connect(m_sortOrder, &QPushButton::clicked, this, [this] {
        if (!m_sortColumn.isEmpty()) {
            sortBy(m_sortColumn, !m_sortAscending);
        }
    });
}

void HeatmapView::fillFilters()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    fillFunctionCombo(m_function, m_document ? m_document->assessment() : Assessment{});
    fillStageCombo(m_stage, m_document ? m_document->assessment() : Assessment{});
    m_filter->setFunctionFilter(chosenFunction(m_function));
    m_filter->setStageFilter(chosenStage(m_stage));

    const QString sort = m_sortColumn;
    m_sort->clear();
    m_sort->addItem(tr("File order"), QString());
    m_sort->addItem(tr("Name"), QString::fromLatin1(kNameColumn));
    m_sort->addItem(tr("Readiness"), QString::fromLatin1(kReadinessColumn));
    if (const RoundData* round = m_document ? m_document->round(roundId()) : nullptr) {
        for (const Friction& friction : round->bank.frictions) {
            m_sort->addItem(QString::fromStdString(friction.name), QString::fromStdString(friction.id));
        }
    }
    const int index = m_sort->findData(sort);
    m_sort->setCurrentIndex(std::max(0, index));
    if (index < 0) {
        m_sortColumn.clear();
    }
    m_filling = wasFilling;
    updateSortControls();
}

void HeatmapView::sortBy(const QString& column, bool ascending)
{
    m_sortColumn = column;
    m_sortAscending = ascending;
    updateSortControls();
    showRows();
}

void HeatmapView::toggleSort(const QString& column)
{
    sortBy(column, column == m_sortColumn ? !m_sortAscending : worstFirstAscending(column));
}

void HeatmapView::updateSortControls()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_sort->setCurrentIndex(std::max(0, m_sort->findData(m_sortColumn)));
    m_filling = wasFilling;
    m_sortOrder->setEnabled(!m_sortColumn.isEmpty());
    if (m_sortColumn == QLatin1String(kNameColumn)) {
        m_sortOrder->setText(m_sortAscending ? tr("A to Z") : tr("Z to A"));
    } else if (m_sortColumn.isEmpty()) {
        m_sortOrder->setText(tr("Worst first"));
    } else {
        m_sortOrder->setText(m_sortAscending == worstFirstAscending(m_sortColumn) ? tr("Worst first")
                                                                                  : tr("Best first"));
    }
    m_canvas->setSortIndicator(m_sortColumn, m_sortAscending);
}

void HeatmapView::showRows()
{
    int column = -1;
    if (m_sortColumn == QLatin1String(kNameColumn)) {
        column = HeatmapModel::NameColumn;
    } else if (m_sortColumn == QLatin1String(kReadinessColumn)) {
        column = HeatmapModel::ReadinessColumn;
    } else if (!m_sortColumn.isEmpty()) {
        column = m_model->frictionColumn(m_sortColumn.toStdString());
    }
    m_filter->sort(column, m_sortAscending ? Qt::AscendingOrder : Qt::DescendingOrder);
    const bool delta = m_model->heatmap().hasPrevious();
    m_canvas->setPortfolioRow(!m_filter->isFiltered());
    m_canvas->setData(m_filter->shownHeatmap(), delta);
    QString hint = tr("Click a cell, or move to it with the arrow keys and press Enter, to see how its score was "
                      "computed. Click a column's header to sort by it. Ctrl+plus and Ctrl+minus zoom.");
    if (m_filter->isFiltered()) {
        hint = tr("Showing %1 of %2 initiatives; the portfolio row is hidden while a filter is set.")
                   .arg(m_filter->rowCount())
                   .arg(m_model->rowCount());
    }
    m_hint->setText(hint);
}

void HeatmapView::showCell(std::int64_t initiativeId, const std::string& frictionId)
{
    bool shown = initiativeId == 0 && !m_filter->isFiltered();
    for (const HeatmapRow& row : m_canvas->data().initiatives) {
        shown = shown || row.initiativeId == initiativeId;
    }
    if (!shown) {
        m_function->setCurrentIndex(0);
        m_stage->setCurrentIndex(0);
    }
    render::HeatmapHit hit;
    hit.initiativeId = initiativeId;
    hit.portfolio = initiativeId == 0;
    hit.frictionId = frictionId;
    m_canvas->setCurrentCell(hit);
    m_canvas->setFocus(Qt::OtherFocusReason);
    explainCell(hit);
}

} // namespace lastmile::app
