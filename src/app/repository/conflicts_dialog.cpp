// SPDX-License-Identifier: Apache-2.0
#include "conflicts_dialog.h"

#include "app/plain_label.h"
#include "repository_text/repository_messages.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lastmile::app {

namespace {

enum Column { RowColumn, KindColumn, MineColumn, TheirsColumn, ColumnCount };

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString localTime(const std::string& utc)
{
    const QDateTime time = QDateTime::fromString(fromStd(utc), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : fromStd(utc);
}

// Items show user text as plain text (a table item never interprets markup).
QTableWidgetItem* item(const QString& text, const QString& toolTip = {})
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

ConflictsDialog::ConflictsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts with the Team Repository"));
    resize(1040, 420);
    auto* layout = new QVBoxLayout(this);
    m_summary = plainLabel(this, QStringLiteral("conflictsSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("What happened"), tr("Mine (working copy)"), tr("The repository's")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Open conflicts"));
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_mine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::ActionRole);
    m_mine->setObjectName(QStringLiteral("keepMinePushButton"));
    m_mine->setToolTip(tr("Keep the working copy's value of the selected row, here and in the repository"));
    m_theirs = buttons->addButton(tr("Keep the &Repository's"), QDialogButtonBox::ActionRole);
    m_theirs->setObjectName(QStringLiteral("keepTheirsPushButton"));
    m_theirs->setToolTip(tr("Keep the repository's value of the selected row, here and in the repository"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    updateButtons();
}

void ConflictsDialog::setConflicts(const std::vector<repository::OpenConflict>& conflicts, const Assessment& assessment)
{
    using text::RepositoryMessages;
    m_table->setRowCount(0);
    m_ids.clear();
    for (const repository::OpenConflict& conflict : conflicts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_ids.push_back(conflict.id);
        const std::string& values = conflict.local.empty() ? conflict.remote : conflict.local;
        m_table->setItem(
            row, RowColumn,
            item(RepositoryMessages::conflictRow(conflict.table, conflict.key, values, assessment),
                 tr("%1 %2 (conflict %3)").arg(fromStd(conflict.table), fromStd(conflict.key)).arg(conflict.id)));
        const bool keptMine = conflict.kept == "local";
        m_table->setItem(row, KindColumn,
                         item(RepositoryMessages::conflictKind(conflict.kind) + QLatin1Char('\n') +
                              (conflict.kind == "parent_gone"
                                   ? tr("left out of both")
                                   : (keptMine ? tr("mine is in use now") : tr("the repository's is in use now")))));
        m_table->setItem(row, MineColumn,
                         item(tr("%1\n— %2, %3")
                                  .arg(RepositoryMessages::conflictValue(conflict.table, conflict.local),
                                       fromStd(conflict.localBy), localTime(conflict.localAt))));
        const QString theirs = RepositoryMessages::conflictValue(conflict.table, conflict.remote);
        m_table->setItem(
            row, TheirsColumn,
            item(conflict.remoteBy.empty()
                     ? theirs
                     : tr("%1\n— %2, %3").arg(theirs, fromStd(conflict.remoteBy), localTime(conflict.remoteAt))));
    }
    m_table->resizeRowsToContents();
    m_summary->setText(conflicts.empty()
                           ? tr("No open conflicts: the working copy and the repository agree on every row.")
                           : tr("%n row(s) were changed both here and in the repository. Nothing was overwritten: "
                                "both values are kept. Select a row and keep one of them; the choice is sent to the "
                                "repository at once, with your name and the time.",
                                nullptr, int(conflicts.size())));
    if (!conflicts.empty()) {
        m_table->selectRow(0);
    }
    updateButtons();
}

void ConflictsDialog::setMessage(const QString& message)
{
    m_table->setRowCount(0);
    m_ids.clear();
    m_summary->setText(message);
    updateButtons();
}

std::int64_t ConflictsDialog::conflictId(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids[std::size_t(row)] : 0;
}

void ConflictsDialog::updateButtons()
{
    const bool selected = conflictId(m_table->currentRow()) > 0 && !m_table->selectedItems().isEmpty();
    m_mine->setEnabled(selected);
    m_theirs->setEnabled(selected);
}

void ConflictsDialog::resolveSelected(bool mine)
{
    if (const std::int64_t id = conflictId(m_table->currentRow()); id > 0) {
        emit resolveRequested(id, mine);
    }
}

} // namespace lastmile::app
