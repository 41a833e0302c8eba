// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <cstdint>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// The rounds of a document, oldest first: name, date, question bank and respondents.
class RoundModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DateColumn, BankColumn, RespondentsColumn, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit RoundModel(QObject* parent = nullptr);

    void setDocument(const AssessmentDocument* document);
    void reload();

    std::int64_t roundId(int row) const;
    int rowOf(std::int64_t roundId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    const AssessmentDocument* m_document = nullptr;
    std::vector<std::int64_t> m_ids;
};

} // namespace lastmile::app
