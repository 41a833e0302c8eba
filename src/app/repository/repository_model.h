// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/repository.h"

#include <QAbstractTableModel>
#include <QString>
#include <map>
#include <vector>

namespace lastmile::app {

// The team repository's engagements as the library lists them: one row each, by name, with its
// rounds, who changed it last and when, its open conflicts, and the local working copy if the
// library has one.
class RepositoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SectorColumn, RoundsColumn, ChangedColumn, ConflictsColumn, CopyColumn, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;

    struct Entry
    {
        repository::EngagementSummary summary;
        std::int64_t openConflicts = 0;
    };

    explicit RepositoryModel(QObject* parent = nullptr);

    void setEngagements(std::vector<Entry> engagements);
    // The local working copies, path by engagement id (from the library's files).
    void setWorkingCopies(std::map<QString, QString> pathsById);

    const Entry& entry(int row) const { return m_rows.at(std::size_t(row)); }
    // The path of the library's working copy of the engagement `id`; empty when there is none.
    QString workingCopy(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_rows;
    std::map<QString, QString> m_copies;
};

} // namespace lastmile::app
