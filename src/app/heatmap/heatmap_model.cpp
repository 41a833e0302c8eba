// SPDX-License-Identifier: Apache-2.0
#include "heatmap_model.h"

#include <algorithm>
#include <cmath>

namespace lastmile::app {

HeatmapModel::HeatmapModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeatmapModel::setHeatmap(HeatmapData heatmap, const std::vector<Initiative>& initiatives)
{
    beginResetModel();
    m_heatmap = std::move(heatmap);
    m_functions.clear();
    m_stages.clear();
    for (const HeatmapRow& row : m_heatmap.initiatives) {
        const auto found = std::find_if(initiatives.begin(), initiatives.end(), [&](const Initiative& initiative) {
            return initiative.id == row.initiativeId;
        });
        m_functions.push_back(found == initiatives.end() ? QString()
                                                         : QString::fromStdString(found->businessFunction).trimmed());
        m_stages.push_back(found == initiatives.end() ? Stage::Pilot : found->stage);
    }
    endResetModel();
}

int HeatmapModel::frictionColumn(const std::string& frictionId) const
{
    for (std::size_t i = 0; i < m_heatmap.frictions.size(); ++i) {
        if (m_heatmap.frictions[i].frictionId == frictionId) {
            return FirstFrictionColumn + int(i);
        }
    }
    return -1;
}

int HeatmapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_heatmap.initiatives.size());
}

int HeatmapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFrictionColumn + int(m_heatmap.frictions.size());
}

QVariant HeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = std::size_t(index.row());
    const HeatmapRow& data = m_heatmap.initiatives[row];
    std::optional<double> score;
    if (index.column() == ReadinessColumn) {
        score = data.readiness;
    } else if (index.column() >= FirstFrictionColumn) {
        const auto cell = std::size_t(index.column() - FirstFrictionColumn);
        score = cell < data.cells.size() ? data.cells[cell].score : std::nullopt;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            return QString::fromStdString(data.name);
        }
        return score ? QVariant(QString::number(std::lround(*score))) : QVariant(QStringLiteral("\u2013"));
    case SortRole:
        if (index.column() == NameColumn) {
            return QString::fromStdString(data.name);
        }
        return score ? QVariant(*score) : QVariant();
    case InitiativeIdRole:
        return QVariant::fromValue<qlonglong>(data.initiativeId);
    case FunctionRole:
        return m_functions[row];
    case StageRole:
        return int(m_stages[row]);
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == NameColumn) {
        return tr("Initiative");
    }
    if (section == ReadinessColumn) {
        return tr("Readiness");
    }
    return QString::fromStdString(m_heatmap.frictions[std::size_t(section - FirstFrictionColumn)].name);
}

HeatmapFilterModel::HeatmapFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HeatmapModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void HeatmapFilterModel::setFunctionFilter(const QString& function)
{
    if (function != m_function) {
        m_function = function;
        invalidateRowsFilter();
    }
}

void HeatmapFilterModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage != m_stage) {
        m_stage = stage;
        invalidateRowsFilter();
    }
}

bool HeatmapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_function.isEmpty() &&
        index.data(HeatmapModel::FunctionRole).toString().compare(m_function, Qt::CaseInsensitive) != 0) {
        return false;
    }
    return !m_stage || index.data(HeatmapModel::StageRole).toInt() == int(*m_stage);
}

bool HeatmapFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid()) {
        // Without a score a row goes last: in descending order Qt reverses this answer.
        const bool descending = sortOrder() == Qt::DescendingOrder;
        if (a.isValid() == b.isValid()) {
            return false; // both without a score: the sort is stable, they keep the file's order
        }
        return descending ? !a.isValid() : !b.isValid();
    }
    if (left.column() == HeatmapModel::NameColumn) {
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
    return a.toDouble() < b.toDouble();
}

HeatmapData HeatmapFilterModel::shownHeatmap() const
{
    auto* source = qobject_cast<HeatmapModel*>(sourceModel());
    if (!source) {
        return {};
    }
    HeatmapData shown = source->heatmap();
    shown.initiatives.clear();
    for (int row = 0; row < rowCount(); ++row) {
        const int sourceRow = mapToSource(index(row, 0)).row();
        shown.initiatives.push_back(source->heatmap().initiatives[std::size_t(sourceRow)]);
    }
    return shown;
}

} // namespace lastmile::app
