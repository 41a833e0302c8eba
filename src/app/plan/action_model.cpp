// SPDX-License-Identifier: Apache-2.0
#include "action_model.h"

#include "app/assessment_document.h"
#include "core/friction.h"
#include "plan_text.h"
#include "text/translations.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>
#include <algorithm>

namespace lastmile::app {

namespace {

const Action* actionAt(const AssessmentDocument* document, const std::vector<std::int64_t>& ids, std::size_t row)
{
    if (!document || row >= ids.size()) {
        return nullptr;
    }
    const auto& actions = document->assessment().actions;
    if (row < actions.size() && actions[row].id == ids[row]) {
        return &actions[row];
    }
    return document->action(ids[row]);
}

int frictionOrder(const std::string& frictionId)
{
    const auto found = std::find(kFrictionIds.begin(), kFrictionIds.end(), frictionId);
    return int(found - kFrictionIds.begin());
}

} // namespace

ActionModel::ActionModel(QObject* parent) : IdTableModel(ColumnCount, parent), m_today(QDate::currentDate()) {}

void ActionModel::setToday(const QDate& today)
{
    m_today = today;
    allDataChanged();
}

std::vector<std::int64_t> ActionModel::readIds()
{
    std::vector<std::int64_t> ids;
    for (const Action& action : document()->assessment().actions) {
        ids.push_back(action.id);
    }
    return ids;
}

int ActionModel::overdueCount() const
{
    int count = 0;
    for (std::size_t row = 0; row < ids().size(); ++row) {
        const Action* action = actionAt(document(), ids(), row);
        count += action && isOverdue(*action, m_today) ? 1 : 0;
    }
    return count;
}

QVariant ActionModel::display(std::size_t row, int column) const
{
    const Action* action = actionAt(document(), ids(), row);
    if (!action) {
        return {};
    }
    switch (column) {
    case InitiativeColumn: {
        const Initiative* initiative = document()->initiative(action->initiativeId);
        return initiative ? QString::fromStdString(initiative->name) : QString();
    }
    case FrictionColumn:
        return frictionName(document()->assessment(), action->frictionId);
    case TextColumn:
        return QString::fromStdString(action->text);
    case OwnerColumn:
        return QString::fromStdString(action->owner);
    case DueColumn:
        return text::displayDate(action->due);
    case StatusColumn:
        return actionStatusLabel(action->status);
    case NoteColumn:
        return QString::fromStdString(action->note);
    default:
        return {};
    }
}

QVariant ActionModel::sortKey(std::size_t row, int column) const
{
    const Action* action = actionAt(document(), ids(), row);
    if (!action) {
        return {};
    }
    switch (column) {
    case FrictionColumn:
        return frictionOrder(action->frictionId);
    case DueColumn: // undated actions last
        return action->due.empty() ? QStringLiteral("9999-99-99") : QString::fromStdString(action->due);
    case StatusColumn:
        return int(action->status);
    case OwnerColumn:
        if (action->owner.empty()) {
            return QStringLiteral("\U0010FFFF");
        }
        [[fallthrough]];
    default:
        return display(row, column).toString().toCaseFolded();
    }
}

QVariant ActionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const std::size_t row = std::size_t(index.row());
    const Action* action = actionAt(document(), ids(), row);
    if (!action) {
        return {};
    }
    const bool overdue = isOverdue(*action, m_today);
    const bool dueCell = index.column() == DueColumn;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (dueCell && overdue) {
            const QDate due = QDate::fromString(QString::fromStdString(action->due), Qt::ISODate);
            const qint64 days = due.daysTo(m_today);
            const QString date = text::displayDate(action->due);
            return tr("Overdue: due %1, %n day(s) ago", nullptr, int(days)).arg(date);
        }
        if (index.column() == TextColumn || index.column() == NoteColumn) {
            return display(row, index.column());
        }
        return {};
    case Qt::AccessibleTextRole:
        if (dueCell && overdue) {
            return tr("%1, overdue").arg(text::displayDate(action->due));
        }
        return display(row, index.column());
    case Qt::FontRole:
        if (dueCell && overdue) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (dueCell && overdue) {
            return QColor(0xB0, 0x1E, 0x1E);
        }
        if (action->status == ActionStatus::Dropped) {
            return QApplication::palette().color(QPalette::PlaceholderText);
        }
        return {};
    case Qt::DecorationRole:
        if (dueCell && overdue) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case kIdRole:
        return qlonglong(action->id);
    case kSortRole:
        return sortKey(row, index.column());
    case kOverdueRole:
        return overdue;
    case kInitiativeIdRole:
        return qlonglong(action->initiativeId);
    case kFrictionIdRole:
        return QString::fromStdString(action->frictionId);
    case kStatusRole:
        return int(action->status);
    case kOwnerRole:
        return QString::fromStdString(action->owner);
    default:
        return {};
    }
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case InitiativeColumn:
        return tr("Initiative");
    case FrictionColumn:
        return tr("Friction");
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace lastmile::app
