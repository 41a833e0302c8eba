// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/id_table_model.h"

#include <QDate>
#include <cstdint>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// The action plan of a document, one row per action in the plan's order (the report's order).
// Follows the document's changes; edits go through edit.h. Overdue actions (planned or in
// progress, due before today) carry a bold due date, a warning icon and a tool tip, not only a
// colour.
class ActionModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column {
        InitiativeColumn,
        FrictionColumn,
        TextColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 2;
    static constexpr int kOverdueRole = Qt::UserRole + 3;
    static constexpr int kInitiativeIdRole = Qt::UserRole + 4;
    static constexpr int kFrictionIdRole = Qt::UserRole + 5;
    static constexpr int kStatusRole = Qt::UserRole + 6; // ActionStatus as int
    static constexpr int kOwnerRole = Qt::UserRole + 7;

    explicit ActionModel(QObject* parent = nullptr);

    // The day "overdue" is measured against; today unless set (tests fix it).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    std::int64_t actionId(int row) const { return idAt(row); }
    int overdueCount() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::int64_t> readIds() override;
    QVariant display(std::size_t row, int column) const;
    QVariant sortKey(std::size_t row, int column) const;

    QDate m_today;
};

} // namespace lastmile::app
