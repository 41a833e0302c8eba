// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page_composer.h"

#include <vector>

namespace lastmile::render {

class TextShaper;

// Lays one Table out on a PageComposer's pages at its current position, as PageComposer::table
// describes: the columns' widths from their weights and longest words, each row measured, kept
// whole or split between lines across pages, the header row repeated on every page the table runs
// onto. All lengths in the composer's device units.
class TableLayout
{
public:
    // `composer` and `table` must outlive the layout.
    TableLayout(PageComposer& composer, const Table& table);
    // Lays the table out, then leaves `spaceAfter` points below it.
    void place(qreal spaceAfter);

private:
    struct Row;
    std::vector<qreal> columnWidths() const;
    Row measureRow(const std::vector<TableCell>& row, bool pageStart) const;
    // Splits `row` after the lines that fit in `height` (device units): returns that first part and
    // leaves the rest in `row`. At least one line of some cell goes into the first part.
    Row splitRow(Row& row, qreal height) const;
    void drawRow(const Row& row, bool header);
    // A new page for a table running on: the continuation caption and the header row.
    void continueTable(const Row& header);

    PageComposer& m_composer;
    TextShaper& m_shaper;
    const Table& m_table;
    std::vector<qreal> m_widths;
};

} // namespace lastmile::render
