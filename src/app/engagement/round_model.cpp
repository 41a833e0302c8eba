// SPDX-License-Identifier: Apache-2.0
#include "round_model.h"

#include "app/assessment_document.h"
#include "text/translations.h"

namespace lastmile::app {

RoundModel::RoundModel(QObject* parent) : QAbstractTableModel(parent) {}

void RoundModel::setDocument(const AssessmentDocument* document)
{
    beginResetModel();
    m_document = document;
    m_ids.clear();
    endResetModel();
    reload();
}

void RoundModel::reload()
{
    std::vector<std::int64_t> ids;
    if (m_document) {
        for (const RoundData& round : m_document->assessment().rounds) {
            ids.push_back(round.round.id);
        }
    }
    if (ids == m_ids) {
        if (!m_ids.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    endResetModel();
}

std::int64_t RoundModel::roundId(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[std::size_t(row)] : 0;
}

int RoundModel::rowOf(std::int64_t roundId) const
{
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        if (m_ids[i] == roundId) {
            return int(i);
        }
    }
    return -1;
}

int RoundModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RoundModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document) {
        return {};
    }
    const RoundData* round = m_document->round(m_ids[std::size_t(index.row())]);
    if (!round) {
        return {};
    }
    if (role == kIdRole) {
        return qint64(round->round.id);
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == RespondentsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == BankColumn) {
        return tr("%1 (%2), content version %3")
            .arg(QString::fromStdString(round->bank.name), QString::fromStdString(round->bank.id),
                 QString::fromStdString(round->bank.contentVersion));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(round->round.name);
    case DateColumn:
        return text::displayDate(round->round.heldOn);
    case BankColumn:
        return tr("%1 %2").arg(QString::fromStdString(round->bank.id),
                               QString::fromStdString(round->bank.contentVersion));
    case RespondentsColumn:
        return QString::number(round->respondents.size());
    default:
        return {};
    }
}

QVariant RoundModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Round");
    case DateColumn:
        return tr("Held on");
    case BankColumn:
        return tr("Question bank");
    case RespondentsColumn:
        return tr("Respondents");
    default:
        return {};
    }
}

Qt::ItemFlags RoundModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace lastmile::app
