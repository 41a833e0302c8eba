// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <cstdint>
#include <optional>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// Readiness in two rounds side by side: the portfolio first, then each active initiative,
// with the change from the first round to the second.
class RoundComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FromColumn, ToColumn, ChangeColumn, ColumnCount };

    explicit RoundComparisonModel(QObject* parent = nullptr);

    void setDocument(const AssessmentDocument* document);
    void setRounds(std::int64_t fromRoundId, std::int64_t toRoundId);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        QString name;
        std::optional<double> from;
        std::optional<double> to;
        bool portfolio = false;
    };
    // The change in whole points, as the two shown figures differ; none without both.
    static std::optional<long> change(const Row& row);

    const AssessmentDocument* m_document = nullptr;
    std::int64_t m_fromRoundId = 0;
    std::int64_t m_toRoundId = 0;
    std::vector<Row> m_rows;
};

} // namespace lastmile::app
