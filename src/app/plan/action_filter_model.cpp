// SPDX-License-Identifier: Apache-2.0
#include "action_filter_model.h"

#include "action_model.h"

namespace lastmile::app {

ActionFilterModel::ActionFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ActionModel::kSortRole);
    setDynamicSortFilter(true);
}

void ActionFilterModel::setInitiative(std::int64_t initiativeId)
{
    m_initiativeId = initiativeId;
    invalidateFilter();
}

void ActionFilterModel::setOwner(const std::optional<QString>& owner)
{
    m_owner = owner;
    invalidateFilter();
}

void ActionFilterModel::setStatus(const std::optional<ActionStatus>& status)
{
    m_status = status;
    invalidateFilter();
}

void ActionFilterModel::setFriction(const std::string& frictionId)
{
    m_frictionId = frictionId;
    invalidateFilter();
}

void ActionFilterModel::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    invalidateFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_initiativeId != 0 && index.data(ActionModel::kInitiativeIdRole).toLongLong() != m_initiativeId) {
        return false;
    }
    if (m_owner && index.data(ActionModel::kOwnerRole).toString() != *m_owner) {
        return false;
    }
    if (m_status && index.data(ActionModel::kStatusRole).toInt() != int(*m_status)) {
        return false;
    }
    if (!m_frictionId.empty() &&
        index.data(ActionModel::kFrictionIdRole).toString() != QString::fromStdString(m_frictionId)) {
        return false;
    }
    return !m_overdueOnly || index.data(ActionModel::kOverdueRole).toBool();
}

} // namespace lastmile::app
