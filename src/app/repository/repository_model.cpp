// SPDX-License-Identifier: Apache-2.0
#include "repository_model.h"

#include <QColor>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace lastmile::app {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// "2026-11-29T22:05:35Z" in the user's local time, short.
QString localTime(const std::string& utc)
{
    const QDateTime time = QDateTime::fromString(fromStd(utc), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : fromStd(utc);
}

} // namespace

RepositoryModel::RepositoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void RepositoryModel::setEngagements(std::vector<Entry> engagements)
{
    beginResetModel();
    m_rows = std::move(engagements);
    endResetModel();
}

void RepositoryModel::setWorkingCopies(std::map<QString, QString> pathsById)
{
    if (pathsById == m_copies) {
        return;
    }
    m_copies = std::move(pathsById);
    if (!m_rows.empty()) {
        emit dataChanged(index(0, CopyColumn), index(rowCount() - 1, CopyColumn));
    }
}

QString RepositoryModel::workingCopy(const QString& id) const
{
    const auto found = m_copies.find(id);
    return found == m_copies.end() ? QString() : found->second;
}

int RepositoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepositoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepositoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Entry& row = m_rows[std::size_t(index.row())];
    const repository::EngagementSummary& summary = row.summary;
    const QString copy = workingCopy(fromStd(summary.id));
    if (role == kIdRole) {
        return fromStd(summary.id);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CopyColumn && !copy.isEmpty()) {
            return copy;
        }
        return tr("%1\nIn the team repository since %2 (by %3)\nId: %4")
            .arg(fromStd(summary.name), localTime(summary.createdAt), fromStd(summary.createdBy), fromStd(summary.id));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == RoundsColumn || index.column() == ConflictsColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == ConflictsColumn && row.openConflicts > 0) {
        return QColor(0xb4, 0x3c, 0x00);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return fromStd(summary.name);
    case SectorColumn:
        return fromStd(summary.sector);
    case RoundsColumn:
        return QString::number(summary.rounds);
    case ChangedColumn:
        return tr("%1 by %2").arg(localTime(summary.revisedAt), fromStd(summary.revisedBy));
    case ConflictsColumn:
        return row.openConflicts > 0 ? QString::number(row.openConflicts) : tr("none");
    case CopyColumn:
        return copy.isEmpty() ? tr("not on this computer") : QFileInfo(copy).fileName();
    default:
        return {};
    }
}

QVariant RepositoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Engagement");
    case SectorColumn:
        return tr("Sector");
    case RoundsColumn:
        return tr("Rounds");
    case ChangedColumn:
        return tr("Last changed");
    case ConflictsColumn:
        return tr("Open conflicts");
    case CopyColumn:
        return tr("Working copy");
    default:
        return {};
    }
}

} // namespace lastmile::app
