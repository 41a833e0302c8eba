// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "repository/repository.h"

#include <QDialog>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lastmile::app {

// The open conflicts of a working copy's engagement (docs/repository.md, "What a conflict looks
// like"): each row in words, both values, who made each and when. The person picks a side for
// the selected conflict; RepositoryMenu does the work (a sync that records the choice) and shows
// the list again. Nothing is resolved without that choice.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(QWidget* parent = nullptr);

    // Shows `conflicts`, naming rows from `assessment` (the working copy).
    void setConflicts(const std::vector<repository::OpenConflict>& conflicts, const Assessment& assessment);
    // Shows a sentence instead of the list (loading, or why the conflicts cannot be read).
    void setMessage(const QString& message);

    QTableWidget* table() const { return m_table; }
    QPushButton* keepMineButton() const { return m_mine; }
    QPushButton* keepTheirsButton() const { return m_theirs; }
    // The conflict shown in `row`, by its number in the repository.
    std::int64_t conflictId(int row) const;

signals:
    void resolveRequested(qint64 conflictId, bool mine);

private:
    void updateButtons();
    void resolveSelected(bool mine);

    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_mine = nullptr;
    QPushButton* m_theirs = nullptr;
    std::vector<std::int64_t> m_ids;
};

} // namespace lastmile::app
