// SPDX-License-Identifier: Apache-2.0
#include "initiative_model.h"

#include "app/assessment_document.h"
#include "app/library/heat_strip_delegate.h"
#include "stage_text.h"
#include "text/messages.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <cmath>

namespace lastmile::app {

InitiativeModel::InitiativeModel(QObject* parent) : IdTableModel(ColumnCount, parent) {}

void InitiativeModel::forgetDocument()
{
    m_roundId = 0;
    m_scores.clear();
}

void InitiativeModel::setRound(std::int64_t roundId)
{
    if (roundId != m_roundId) {
        m_roundId = roundId;
        reload();
        emit headerDataChanged(Qt::Horizontal, ReadinessColumn, FrictionsColumn);
    }
}

std::vector<std::int64_t> InitiativeModel::readIds()
{
    std::vector<std::int64_t> ids;
    m_scores.clear();
    for (const Initiative& initiative : document()->assessment().initiatives) {
        ids.push_back(initiative.id);
    }
    if (const RoundData* round = document()->round(m_roundId)) {
        for (InitiativeScore& score : scoreRound(document()->assessment(), *round)) {
            m_scores.emplace(score.initiativeId, std::move(score));
        }
    }
    return ids;
}

QVariant InitiativeModel::display(std::size_t row, int column) const
{
    const Initiative* initiative = document()->initiative(ids()[row]);
    if (!initiative) {
        return {};
    }
    switch (column) {
    case NameColumn:
        return QString::fromStdString(initiative->name);
    case FunctionColumn:
        return QString::fromStdString(initiative->businessFunction);
    case OwnerColumn:
        return QString::fromStdString(initiative->owner);
    case StageColumn:
        return stageLabel(initiative->stage);
    case OutcomeColumn:
        return QString::fromStdString(initiative->targetOutcome);
    case StatusColumn:
        return initiative->archived ? tr("Archived") : tr("Active");
    case ReadinessColumn: {
        const auto found = m_scores.find(initiative->id);
        if (found == m_scores.end() || !found->second.readiness) {
            return tr("—");
        }
        return QString::number(std::lround(*found->second.readiness));
    }
    default:
        return {};
    }
}

QString InitiativeModel::frictionToolTip(const InitiativeScore& score) const
{
    const RoundData* round = document()->round(m_roundId);
    QStringList lines;
    for (const FrictionScore& friction : score.frictions) {
        const Friction* named = round ? round->bank.findFriction(friction.frictionId) : nullptr;
        const QString name = QString::fromStdString(named ? named->name : friction.frictionId);
        if (!friction.score || !friction.band) {
            lines.push_back(tr("%1: no answers").arg(name));
            continue;
        }
        QString line =
            tr("%1: %2 (%3)").arg(name, text::Messages::band(*friction.band)).arg(std::lround(*friction.score));
        if (friction.lowCoverage) {
            line += tr(", insufficient evidence");
        }
        lines.push_back(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant InitiativeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !document()) {
        return {};
    }
    const std::size_t row = std::size_t(index.row());
    const Initiative* initiative = document()->initiative(ids()[row]);
    if (!initiative) {
        return {};
    }
    const auto score = m_scores.find(initiative->id);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FrictionsColumn && score != m_scores.end()) {
            return frictionToolTip(score->second);
        }
        if (index.column() == ReadinessColumn) {
            return initiative->archived ? tr("Archived initiatives are not scored")
                                        : tr("Readiness index: 0 (stalled) to 100 (ready to scale)");
        }
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ReadinessColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return initiative->archived ? QApplication::palette().brush(QPalette::Disabled, QPalette::Text) : QVariant();
    case Qt::FontRole:
        if (initiative->archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case kHeatStripRole:
        if (index.column() == FrictionsColumn && score != m_scores.end()) {
            return QVariant::fromValue(score->second.frictions);
        }
        return {};
    case kIdRole:
        return qint64(initiative->id);
    default:
        return {};
    }
}

QVariant InitiativeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Initiative");
    case FunctionColumn:
        return tr("Business function");
    case OwnerColumn:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case OutcomeColumn:
        return tr("Target outcome");
    case StatusColumn:
        return tr("Status");
    case ReadinessColumn:
        return tr("Readiness");
    case FrictionsColumn:
        return tr("Frictions");
    default:
        return {};
    }
}

} // namespace lastmile::app
