// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <cstdint>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// The respondents of one round of a document: name and role.
class RespondentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit RespondentModel(QObject* parent = nullptr);

    void setDocument(const AssessmentDocument* document);
    void setRound(std::int64_t roundId);
    std::int64_t roundId() const { return m_roundId; }
    void reload();

    std::int64_t respondentId(int row) const;
    int rowOf(std::int64_t respondentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    const AssessmentDocument* m_document = nullptr;
    std::int64_t m_roundId = 0;
    std::vector<std::int64_t> m_ids;
};

} // namespace lastmile::app
