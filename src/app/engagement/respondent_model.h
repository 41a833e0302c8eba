// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/id_table_model.h"

#include <cstdint>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// The respondents of one round of a document: name and role.
class RespondentModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ColumnCount };

    explicit RespondentModel(QObject* parent = nullptr);

    void setRound(std::int64_t roundId);
    std::int64_t roundId() const { return m_roundId; }

    std::int64_t respondentId(int row) const { return idAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::int64_t> readIds() override;
    void forgetDocument() override;
    std::int64_t m_roundId = 0;
};

} // namespace lastmile::app
