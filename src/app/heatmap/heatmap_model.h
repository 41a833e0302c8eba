// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"
#include "core/report_model.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace lastmile::app {

// The heatmap's initiatives as a table: a row per initiative (the heatmap's order), the name,
// the readiness index and a column per friction. It is what the heatmap is sorted and filtered
// by; HeatmapFilterModel gives the order the canvas draws.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn = 0, ReadinessColumn = 1, FirstFrictionColumn = 2 };
    enum Role {
        SortRole = Qt::UserRole + 1, // the score as a double; empty (invalid) without one; the name for NameColumn
        InitiativeIdRole,            // qlonglong
        FunctionRole,                // QString, the business function ("" when not set)
        StageRole,                   // int, the Stage
    };

    explicit HeatmapModel(QObject* parent = nullptr);

    // The heatmap and, for each of its rows, the initiative it shows (for function and stage).
    void setHeatmap(HeatmapData heatmap, const std::vector<Initiative>& initiatives);
    const HeatmapData& heatmap() const { return m_heatmap; }
    // The column of a friction, or -1.
    int frictionColumn(const std::string& frictionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HeatmapData m_heatmap;
    std::vector<QString> m_functions; // per row
    std::vector<Stage> m_stages;      // per row
};

// Filters the heatmap's rows by business function and stage and sorts them by the name, the
// readiness or a friction. Rows without a score sort last in either direction.
class HeatmapFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HeatmapFilterModel(QObject* parent = nullptr);

    // Empty: every function.
    void setFunctionFilter(const QString& function);
    // None: every stage.
    void setStageFilter(std::optional<Stage> stage);
    QString functionFilter() const { return m_function; }
    std::optional<Stage> stageFilter() const { return m_stage; }
    bool isFiltered() const { return !m_function.isEmpty() || m_stage.has_value(); }

    // The heatmap as the canvas draws it: the source's rows that pass, in this model's order.
    HeatmapData shownHeatmap() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_function;
    std::optional<Stage> m_stage;
};

} // namespace lastmile::app
