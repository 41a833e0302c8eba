// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/id_table_model.h"

#include <cstdint>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// The rounds of a document, oldest first: name, date, question bank and respondents.
class RoundModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DateColumn, BankColumn, RespondentsColumn, ColumnCount };

    explicit RoundModel(QObject* parent = nullptr);

    std::int64_t roundId(int row) const { return idAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::int64_t> readIds() override;
};

} // namespace lastmile::app
