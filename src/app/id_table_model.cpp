// SPDX-License-Identifier: Apache-2.0
#include "id_table_model.h"

#include <algorithm>

namespace lastmile::app {

IdTableModel::IdTableModel(int columnCount, QObject* parent) : QAbstractTableModel(parent), m_columnCount(columnCount)
{
}

void IdTableModel::setDocument(const AssessmentDocument* document)
{
    beginResetModel();
    m_document = document;
    m_ids.clear();
    forgetDocument();
    endResetModel();
    reload();
}

void IdTableModel::reload()
{
    std::vector<std::int64_t> ids = m_document ? readIds() : std::vector<std::int64_t>{};
    if (ids == m_ids) {
        allDataChanged();
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    endResetModel();
}

void IdTableModel::allDataChanged()
{
    if (!m_ids.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1));
    }
}

std::int64_t IdTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[std::size_t(row)] : 0;
}

int IdTableModel::rowOf(std::int64_t id) const
{
    const auto found = std::find(m_ids.begin(), m_ids.end(), id);
    return found == m_ids.end() ? -1 : int(found - m_ids.begin());
}

int IdTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IdTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

Qt::ItemFlags IdTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace lastmile::app
