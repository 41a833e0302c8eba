// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"

#include <QSortFilterProxyModel>
#include <optional>
#include <string>

namespace lastmile::app {

// The actions the plan view shows: one initiative or all, narrowed by owner, status, friction
// and "overdue only". Unsorted (sort column -1) it keeps the plan's order.
class ActionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActionFilterModel(QObject* parent = nullptr);

    void setInitiative(std::int64_t initiativeId); // 0: every initiative
    std::int64_t initiative() const { return m_initiativeId; }
    void setOwner(const std::optional<QString>& owner); // empty: any; "" : actions without an owner
    void setStatus(const std::optional<ActionStatus>& status);
    void setFriction(const std::string& frictionId); // "": any
    void setOverdueOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::int64_t m_initiativeId = 0;
    std::optional<QString> m_owner;
    std::optional<ActionStatus> m_status;
    std::string m_frictionId;
    bool m_overdueOnly = false;
};

} // namespace lastmile::app
