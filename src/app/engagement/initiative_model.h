// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scoring.h"

#include <QAbstractTableModel>
#include <cstdint>
#include <map>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// The initiatives of a document, one row each in the file's order, with their readiness and
// friction scores in one round. Follows the document's changes; edits go through edit.h.
class InitiativeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FunctionColumn,
        OwnerColumn,
        StageColumn,
        OutcomeColumn,
        StatusColumn,
        ReadinessColumn,
        FrictionsColumn,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit InitiativeModel(QObject* parent = nullptr);

    void setDocument(const AssessmentDocument* document);
    // The round whose scores are shown (0: none).
    void setRound(std::int64_t roundId);
    std::int64_t roundId() const { return m_roundId; }
    // Reads the document again: data changes in place when the rows are the same initiatives.
    void reload();

    std::int64_t initiativeId(int row) const;
    int rowOf(std::int64_t initiativeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant display(std::size_t row, int column) const;
    QString frictionToolTip(const InitiativeScore& score) const;

    const AssessmentDocument* m_document = nullptr;
    std::int64_t m_roundId = 0;
    std::vector<std::int64_t> m_ids;
    std::map<std::int64_t, InitiativeScore> m_scores;
};

} // namespace lastmile::app
