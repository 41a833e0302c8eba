// SPDX-License-Identifier: Apache-2.0
#include "round_model.h"

#include "app/assessment_document.h"
#include "text/translations.h"

namespace lastmile::app {

RoundModel::RoundModel(QObject* parent) : IdTableModel(ColumnCount, parent) {}

std::vector<std::int64_t> RoundModel::readIds()
{
    std::vector<std::int64_t> ids;
    for (const RoundData& round : document()->assessment().rounds) {
        ids.push_back(round.round.id);
    }
    return ids;
}

QVariant RoundModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !document()) {
        return {};
    }
    const RoundData* round = document()->round(ids()[std::size_t(index.row())]);
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

} // namespace lastmile::app
