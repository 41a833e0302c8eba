// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/id_table_model.h"
#include "core/scoring.h"

#include <cstdint>
#include <map>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// The initiatives of a document, one row each in the file's order, with their readiness and
// friction scores in one round. Follows the document's changes; edits go through edit.h.
class InitiativeModel : public IdTableModel
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

    explicit InitiativeModel(QObject* parent = nullptr);

    // The round whose scores are shown (0: none).
    void setRound(std::int64_t roundId);
    std::int64_t roundId() const { return m_roundId; }

    std::int64_t initiativeId(int row) const { return idAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::int64_t> readIds() override;
    void forgetDocument() override;
    QVariant display(std::size_t row, int column) const;
    QString frictionToolTip(const InitiativeScore& score) const;

    std::int64_t m_roundId = 0;
    std::map<std::int64_t, InitiativeScore> m_scores;
};

} // namespace lastmile::app
