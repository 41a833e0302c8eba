// SPDX-License-Identifier: Apache-2.0
#include "library_model.h"

#include "heat_strip_delegate.h"
#include "text/messages.h"
#include "text/translations.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPalette>
#include <QStyle>
#include <cmath>

namespace lastmile::app {

namespace {

bool isCurrent(const FileSummary& summary, const QFileInfo& info)
{
    return info.exists() == (summary.size >= 0) &&
           (!info.exists() ||
            (info.lastModified().toMSecsSinceEpoch() == summary.modified && info.size() == summary.size));
}

} // namespace

LibraryModel::LibraryModel(QObject* parent) : QAbstractTableModel(parent) {}

QStringList LibraryModel::setFiles(const QStringList& paths, const QStringList& recent)
{
    std::vector<Row> rows;
    QStringList toRead;
    for (const QString& path : paths) {
        Row row;
        row.summary.path = path;
        row.recent = recent.contains(path);
        const int existing = rowForPath(path);
        if (existing >= 0 && m_rows[std::size_t(existing)].state != State::Reading &&
            isCurrent(m_rows[std::size_t(existing)].summary, QFileInfo(path))) {
            row.summary = m_rows[std::size_t(existing)].summary;
            row.state = m_rows[std::size_t(existing)].state;
        } else {
            toRead.push_back(path);
        }
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return toRead;
}

void LibraryModel::setSummary(const FileSummary& summary)
{
    const int row = rowForPath(summary.path);
    if (row < 0) {
        return;
    }
    Row& target = m_rows[std::size_t(row)];
    target.summary = summary;
    target.state = summary.readable ? State::Readable : State::Unreadable;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LibraryModel::rowForPath(const QString& path) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].summary.path == path) {
            return int(i);
        }
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::display(const Row& row, int column) const
{
    const FileSummary& summary = row.summary;
    if (column == FileColumn) {
        return QFileInfo(summary.path).fileName();
    }
    if (row.state == State::Reading) {
        return column == OrganizationColumn ? tr("Reading…") : QVariant();
    }
    if (row.state == State::Unreadable) {
        return column == OrganizationColumn ? tr("Cannot be read: %1").arg(summary.error) : QVariant();
    }
    switch (column) {
    case OrganizationColumn:
        return summary.organization.isEmpty() ? tr("(no organization name)") : summary.organization;
    case RoundColumn:
        return summary.roundName.isEmpty() ? tr("No rounds yet") : summary.roundName;
    case DateColumn:
        return text::displayDate(summary.roundDate.toStdString());
    case ReadinessColumn:
        if (!summary.readiness) {
            return tr("—");
        }
        return summary.lowCoverage ? tr("%1 (insufficient evidence)").arg(std::lround(*summary.readiness))
                                   : QString::number(std::lround(*summary.readiness));
    default:
        return {};
    }
}

QString LibraryModel::toolTip(const Row& row, int column) const
{
    const FileSummary& summary = row.summary;
    if (row.state == State::Unreadable) {
        return tr("%1\nThis file cannot be read: %2").arg(QDir::toNativeSeparators(summary.path), summary.error);
    }
    if (row.state == State::Readable && column == ReadinessColumn) {
        if (!summary.readiness) {
            return tr("No answers in the last round yet");
        }
        const QString coverage = tr("Coverage %1 %").arg(std::lround(summary.coverage * 100));
        return summary.lowCoverage
                   ? tr("Readiness index of the portfolio in the last round: 0 (stalled) to 100 (ready).\n%1: "
                        "insufficient evidence, so the number is not a finding yet.")
                         .arg(coverage)
                   : tr("Readiness index of the portfolio in the last round: 0 (stalled) to 100 (ready).\n%1.")
                         .arg(coverage);
    }
    if (row.state == State::Readable && column == FrictionsColumn) {
        QStringList lines;
        for (std::size_t i = 0; i < summary.frictions.size(); ++i) {
            const FrictionScore& friction = summary.frictions[i];
            const QString name =
                i < std::size_t(summary.frictionNames.size()) ? summary.frictionNames[int(i)] : QString();
            lines.push_back(friction.score && friction.band ? tr("%1: %2 (%3)")
                                                                  .arg(name, text::Messages::band(*friction.band))
                                                                  .arg(std::lround(*friction.score))
                                                            : tr("%1: no answers").arg(name));
        }
        return lines.join(QLatin1Char('\n'));
    }
    return QDir::toNativeSeparators(summary.path);
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ReadinessColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // "Reading…" is greyed rather than set in italics: an italic face would be one more font
        // file loaded before the window's first paint.
        if (row.state != State::Readable) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::DecorationRole:
        if (row.state == State::Unreadable && index.column() == FileColumn) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case kHeatStripRole:
        if (row.state == State::Readable && index.column() == FrictionsColumn) {
            return QVariant::fromValue(row.summary.frictions);
        }
        return {};
    case kPathRole:
        return row.summary.path;
    case kStateRole:
        return int(row.state);
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case OrganizationColumn:
        return tr("Organization");
    case RoundColumn:
        return tr("Last round");
    case DateColumn:
        return tr("Held on");
    case ReadinessColumn:
        return tr("Readiness");
    case FrictionsColumn:
        return tr("Frictions");
    default:
        return {};
    }
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace lastmile::app
