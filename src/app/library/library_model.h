// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "file_summary.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace lastmile::app {

// The files of the library, one row each: recent files first, then the default folder's.
// A row is being read, read, or unreadable (listed greyed with the reason, never hidden).
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        OrganizationColumn,
        RoundColumn,
        DateColumn,
        ReadinessColumn,
        FrictionsColumn,
        ColumnCount
    };
    enum class State { Reading, Readable, Unreadable };
    static constexpr int kPathRole = Qt::UserRole + 1;
    static constexpr int kStateRole = Qt::UserRole + 2;

    explicit LibraryModel(QObject* parent = nullptr);

    // Shows `paths` in this order. A row whose file is unchanged since it was read keeps its
    // summary; the paths returned need reading (their rows show "Reading…" until setSummary).
    QStringList setFiles(const QStringList& paths, const QStringList& recent);
    void setSummary(const FileSummary& summary);

    int rowForPath(const QString& path) const;
    State state(int row) const { return m_rows.at(std::size_t(row)).state; }
    const FileSummary& summary(int row) const { return m_rows.at(std::size_t(row)).summary; }
    bool isRecent(int row) const { return m_rows.at(std::size_t(row)).recent; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        FileSummary summary;
        State state = State::Reading;
        bool recent = false;
    };
    QVariant display(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace lastmile::app
