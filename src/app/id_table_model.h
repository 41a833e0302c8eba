// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <cstdint>
#include <vector>

namespace lastmile::app {

class AssessmentDocument;

// A table whose rows are items of the open document (initiatives, rounds, respondents, actions),
// one row per id in the document's order. It keeps the ids, reloads them from the document and
// answers row lookups and counts; a subclass says which ids there are and what each cell shows.
class IdTableModel : public QAbstractTableModel
{
public:
    // The row's id (qint64) under this role, in every column.
    static constexpr int kIdRole = Qt::UserRole + 1;

    IdTableModel(int columnCount, QObject* parent);

    // Shows `document` (null: nothing), forgetting what the previous one showed.
    void setDocument(const AssessmentDocument* document);
    // Reads the document again: the data changes in place when the rows are the same items, else
    // the model resets.
    void reload();

    // The id of `row`, 0 for a row that does not exist.
    std::int64_t idAt(int row) const;
    // The row of `id`, -1 when it is not shown.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // Rows are enabled and selectable, never editable in place.
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    const AssessmentDocument* document() const { return m_document; }
    const std::vector<std::int64_t>& ids() const { return m_ids; }
    // Tells views that every cell may have changed, the rows staying the same.
    void allDataChanged();

    // The ids of the rows as the document is now, in order; reload() calls it while a document
    // is set, and a subclass may refresh what it derives from the document (scores) here.
    virtual std::vector<std::int64_t> readIds() = 0;
    // Forgets what belonged to the previous document; setDocument() calls it inside its reset.
    virtual void forgetDocument() {}

private:
    const AssessmentDocument* m_document = nullptr;
    int m_columnCount;
    std::vector<std::int64_t> m_ids;
};

} // namespace lastmile::app
