// SPDX-License-Identifier: Apache-2.0
#include "round_comparison_model.h"

#include "app/assessment_document.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <cmath>
#include <map>

namespace lastmile::app {

namespace {

struct RoundReadiness
{
    std::map<std::int64_t, std::optional<double>> initiatives;
    std::optional<double> portfolio;
};

RoundReadiness readinessIn(const Assessment& assessment, const RoundData* round)
{
    RoundReadiness result;
    if (!round) {
        return result;
    }
    const std::vector<InitiativeScore> scores = scoreRound(assessment, *round);
    for (const InitiativeScore& score : scores) {
        result.initiatives[score.initiativeId] = score.readiness;
    }
    result.portfolio = scorePortfolio(round->bank, scores).readiness;
    return result;
}

QString figure(const std::optional<double>& value)
{
    return value ? QString::number(std::lround(*value)) : QStringLiteral("—");
}

} // namespace

RoundComparisonModel::RoundComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void RoundComparisonModel::setDocument(const AssessmentDocument* document)
{
    m_document = document;
    m_fromRoundId = 0;
    m_toRoundId = 0;
    reload();
}

void RoundComparisonModel::setRounds(std::int64_t fromRoundId, std::int64_t toRoundId)
{
    m_fromRoundId = fromRoundId;
    m_toRoundId = toRoundId;
    reload();
    emit headerDataChanged(Qt::Horizontal, FromColumn, ToColumn);
}

void RoundComparisonModel::reload()
{
    std::vector<Row> rows;
    if (m_document) {
        const Assessment& assessment = m_document->assessment();
        const RoundReadiness from = readinessIn(assessment, m_document->round(m_fromRoundId));
        const RoundReadiness to = readinessIn(assessment, m_document->round(m_toRoundId));
        rows.push_back({tr("Portfolio (all active initiatives)"), from.portfolio, to.portfolio, true});
        for (const Initiative& initiative : assessment.initiatives) {
            if (initiative.archived) {
                continue;
            }
            const auto inFrom = from.initiatives.find(initiative.id);
            const auto inTo = to.initiatives.find(initiative.id);
            rows.push_back({QString::fromStdString(initiative.name),
                            inFrom != from.initiatives.end() ? inFrom->second : std::nullopt,
                            inTo != to.initiatives.end() ? inTo->second : std::nullopt, false});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::optional<long> RoundComparisonModel::change(const Row& row)
{
    if (!row.from || !row.to) {
        return std::nullopt;
    }
    return std::lround(*row.to) - std::lround(*row.from);
}

int RoundComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoundComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    const std::optional<long> delta = change(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case FromColumn:
            return figure(row.from);
        case ToColumn:
            return figure(row.to);
        case ChangeColumn:
            if (!delta) {
                return QStringLiteral("—");
            }
            if (*delta == 0) {
                return tr("unchanged");
            }
            return *delta > 0 ? tr("↑ %1").arg(*delta) : tr("↓ %1").arg(-*delta);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn && delta) {
            return *delta > 0   ? tr("Readiness rose by %n point(s)", nullptr, int(*delta))
                   : *delta < 0 ? tr("Readiness fell by %n point(s)", nullptr, int(-*delta))
                                : tr("Readiness did not change");
        }
        if (index.column() != NameColumn && (!row.from || !row.to)) {
            return tr("No answers in one of the rounds");
        }
        return index.column() == NameColumn ? QVariant(row.name) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && delta && *delta != 0) {
            return QBrush(*delta > 0 ? QColor(0x1B, 0x6E, 0x3A) : QColor(0xA4, 0x26, 0x2C));
        }
        return {};
    case Qt::FontRole:
        if (row.portfolio) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RoundComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto roundName = [this](std::int64_t roundId) {
        const RoundData* round = m_document ? m_document->round(roundId) : nullptr;
        return round ? QString::fromStdString(round->round.name) : QString();
    };
    switch (section) {
    case NameColumn:
        return tr("Initiative");
    case FromColumn:
        return tr("Readiness in %1").arg(roundName(m_fromRoundId));
    case ToColumn:
        return tr("Readiness in %1").arg(roundName(m_toRoundId));
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

Qt::ItemFlags RoundComparisonModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace lastmile::app
