// SPDX-License-Identifier: Apache-2.0
#include "table_layout.h"

#include "report_style.h"
#include "text_shaper.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <utility>

namespace lastmile::render {

namespace {

constexpr qreal kCellPadding = 4.0; // points
// No column takes more than this share of the width for its longest word (a long address wraps instead).
constexpr qreal kMaxWordShare = 0.4;

} // namespace

struct TableLayout::Row
{
    std::vector<const TableCell*> cells;
    std::vector<QStringList> headingLines; // each cell's heading, bold, before its text
    std::vector<QStringList> textLines;
    std::vector<qreal> lineHeights;  // each cell's line spacing
    std::vector<qreal> paintHeights; // each cell's own drawing (TableCell::paint), 0 once drawn
    qreal height = 0.0;

    // The height the cells' content needs, with `padding` above and below.
    void measure(qreal padding)
    {
        height = 0.0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const qsizetype count = headingLines[i].size() + textLines[i].size();
            height = std::max(height, std::max(paintHeights[i], qreal(count) * lineHeights[i]) + 2 * padding);
        }
    }
};

TableLayout::TableLayout(PageComposer& composer, const Table& table)
    : m_composer(composer), m_shaper(composer.shaper()), m_table(table), m_widths(columnWidths())
{
}

std::vector<qreal> TableLayout::columnWidths() const
{
    const std::size_t count = m_table.columns.size();
    const qreal available = m_composer.body().width();
    qreal totalWeight = 0.0;
    for (const TableColumn& column : m_table.columns) {
        totalWeight += column.weight;
    }
    std::vector<qreal> widths;
    for (const TableColumn& column : m_table.columns) {
        widths.push_back(available * column.weight / totalWeight);
    }

    // The narrowest each column may be: its longest word in the header and in every cell.
    std::vector<qreal> minimum(count, 0.0);
    const QFont& bold = m_composer.font(m_table.fontSize, true);
    for (std::size_t i = 0; i < count; ++i) {
        minimum[i] = m_shaper.longestWord(m_table.columns[i].title, bold);
    }
    for (const auto& row : m_table.rows) {
        for (std::size_t i = 0; i < count && i < row.size(); ++i) {
            const TableCell& cell = row[i];
            const QFont& cellFont = m_composer.font(m_table.fontSize, cell.bold);
            minimum[i] =
                std::max({minimum[i], m_shaper.longestWord(cell.text, cellFont),
                          m_shaper.longestWord(cell.repeat, cellFont), m_shaper.longestWord(cell.heading, bold)});
        }
    }
    qreal minimumTotal = 0.0;
    for (qreal& width : minimum) {
        width = std::min(std::ceil(width) + 2 * m_composer.pt(kCellPadding), available * kMaxWordShare);
        minimumTotal += width;
    }
    if (minimumTotal > available) {
        return widths; // too many long words to honour them all: the shares as they are
    }

    // Columns whose share is narrower than their longest word take its width; the others share what
    // is left by weight, until every column has room for its words.
    std::vector<bool> fixed(count, false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal free = available;
        qreal weight = 0.0;
        for (std::size_t i = 0; i < count; ++i) {
            if (fixed[i]) {
                free -= minimum[i];
            } else {
                weight += m_table.columns[i].weight;
            }
        }
        if (weight <= 0.0) {
            // Every column at its minimum: the room left over goes by weight.
            for (std::size_t i = 0; i < count; ++i) {
                widths[i] = minimum[i] + free * m_table.columns[i].weight / totalWeight;
            }
            break;
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (fixed[i]) {
                widths[i] = minimum[i];
                continue;
            }
            widths[i] = free * m_table.columns[i].weight / weight;
            if (widths[i] < minimum[i]) {
                fixed[i] = true;
                changed = true;
            }
        }
    }
    return widths;
}

TableLayout::Row TableLayout::measureRow(const std::vector<TableCell>& row, bool pageStart) const
{
    Row layout;
    const qreal padding = m_composer.pt(kCellPadding);
    for (std::size_t i = 0; i < m_widths.size(); ++i) {
        static const TableCell kEmpty;
        const TableCell& cell = i < row.size() ? row[i] : kEmpty;
        layout.cells.push_back(&cell);
        const QString text = cell.text.isEmpty() && pageStart ? cell.repeat : cell.text;
        const qreal width = m_widths[i] - 2 * padding;
        const QFont& cellFont = m_composer.font(m_table.fontSize, cell.bold);
        layout.headingLines.push_back(
            cell.heading.isEmpty() ? QStringList()
                                   : m_composer.lines(cell.heading, m_composer.font(m_table.fontSize, true), width));
        layout.textLines.push_back(text.isEmpty() ? QStringList() : m_composer.lines(text, cellFont, width));
        layout.lineHeights.push_back(m_composer.lineSpacing(cellFont));
        layout.paintHeights.push_back(cell.paint ? m_composer.pt(cell.paintHeight) : 0.0);
    }
    layout.measure(padding);
    return layout;
}

TableLayout::Row TableLayout::splitRow(Row& row, qreal height) const
{
    const qreal padding = m_composer.pt(kCellPadding);
    Row first = row;
    bool any = false;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const qsizetype total = row.headingLines[i].size() + row.textLines[i].size();
        const qreal room = height - 2 * padding - row.paintHeights[i];
        qsizetype fits = std::clamp<qsizetype>(qsizetype(std::floor(room / row.lineHeights[i])), 0, total);
        if (row.paintHeights[i] > 0.0 && row.paintHeights[i] + 2 * padding > height) {
            fits = 0; // a drawing is never cut: it waits for the next page with the cell's text
            first.paintHeights[i] = 0.0;
        } else {
            row.paintHeights[i] = 0.0;
        }
        const qsizetype fromHeading = std::min(fits, row.headingLines[i].size());
        first.headingLines[i] = row.headingLines[i].mid(0, fromHeading);
        first.textLines[i] = row.textLines[i].mid(0, fits - fromHeading);
        row.headingLines[i] = row.headingLines[i].mid(fromHeading);
        row.textLines[i] = row.textLines[i].mid(fits - fromHeading);
        any = any || fits > 0;
    }
    for (std::size_t i = 0; i < row.cells.size() && !any; ++i) {
        // Only drawings are left: they go whole, even onto a page too short for them.
        if (row.paintHeights[i] > 0.0) {
            first.paintHeights[i] = std::exchange(row.paintHeights[i], 0.0);
            any = true;
        }
    }
    if (!any) {
        // Not even one line fits (a page shorter than a line): one line of the first cell with text goes anyway.
        for (std::size_t i = 0; i < row.cells.size() && !any; ++i) {
            if (!row.headingLines[i].isEmpty()) {
                first.headingLines[i] = {row.headingLines[i].takeFirst()};
                any = true;
            } else if (!row.textLines[i].isEmpty()) {
                first.textLines[i] = {row.textLines[i].takeFirst()};
                any = true;
            }
        }
    }
    first.measure(padding);
    row.measure(padding);
    return first;
}

void TableLayout::drawRow(const Row& row, bool header)
{
    const qreal padding = m_composer.pt(kCellPadding);
    qreal x = m_composer.body().left();
    const qreal top = m_composer.y();
    for (std::size_t i = 0; i < m_widths.size() && m_composer.drawing(); ++i) {
        const TableCell& cell = *row.cells[i];
        const QRectF outer(x, top, m_widths[i], row.height);
        const QRectF inner = outer.adjusted(padding, padding, -padding, -padding);
        const QFont& cellFont = m_composer.font(m_table.fontSize, cell.bold || header);
        const QColor colour = cell.colour.isValid() ? cell.colour : (header ? mutedColour() : inkColour());
        const QColor background = header ? QColor() : cell.background;
        const Qt::Alignment alignment = m_table.columns[i].alignment;
        // Headings in bold, then the text, line under line at the text's spacing.
        std::vector<std::shared_ptr<const TextShaper::Line>> lines;
        const QFont& headingFont = m_composer.font(m_table.fontSize, true);
        for (const QString& line : row.headingLines[i]) {
            lines.push_back(m_shaper.shaped(line, headingFont));
        }
        for (const QString& line : row.textLines[i]) {
            lines.push_back(m_shaper.shaped(line, cellFont));
        }
        // A drawing gets its own height at the top of the cell, whatever the height of the row.
        const auto paint = row.paintHeights[i] > 0.0 ? cell.paint : nullptr;
        const QRectF paintRect(inner.topLeft(), QSizeF(inner.width(), row.paintHeights[i]));
        const qreal lineHeight = m_composer.lineSpacing(cellFont);
        m_composer.add([outer, inner, paintRect, background, lines = std::move(lines), colour, alignment, paint,
                        lineHeight](QPainter& painter) {
            if (background.isValid()) {
                painter.fillRect(outer, background);
            }
            if (paint) {
                paint(painter, paintRect);
            }
            painter.setPen(colour);
            qreal y = inner.top();
            for (const auto& line : lines) {
                TextShaper::draw(painter, QRectF(inner.left(), y, inner.width(), lineHeight), alignment, *line);
                y += lineHeight;
            }
        });
        x += m_widths[i];
    }
    const QColor rule = header ? inkColour() : ruleColour();
    const qreal ruleWidth = header ? m_composer.pt(0.8) : m_composer.pt(0.5);
    const QLineF line(m_composer.body().left(), top + row.height, m_composer.body().right(), top + row.height);
    m_composer.add([line, rule, ruleWidth](QPainter& painter) {
        painter.setPen(QPen(rule, ruleWidth));
        painter.drawLine(line);
    });
    m_composer.moveTo(m_composer.y() + row.height);
}

void TableLayout::continueTable(const Row& header)
{
    m_composer.newPage();
    if (!m_table.continued.isEmpty()) {
        m_composer.paragraph(m_table.continued, m_composer.font(m_table.fontSize, true), mutedColour(), 0.0, 2.0);
    }
    drawRow(header, true);
}

void TableLayout::place(qreal spaceAfter)
{
    std::vector<TableCell> headerCells;
    for (const TableColumn& column : m_table.columns) {
        headerCells.emplace_back(column.title, true);
    }
    const Row header = measureRow(headerCells, false);
    if (m_table.rows.empty()) {
        if (m_composer.pageCount() == 0 || header.height > m_composer.remaining()) {
            m_composer.newPageWithHeading();
        }
        drawRow(header, true);
        m_composer.space(spaceAfter);
        return;
    }

    const std::size_t count = m_table.rows.size();
    std::vector<Row> layouts;
    layouts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        layouts.push_back(measureRow(m_table.rows[i], i == 0));
    }
    // What must fit under the header on the first page: the whole of a short table, the first two
    // rows of a long one; no more than the first row when that would not fit on a page of its own.
    const std::size_t kept = count <= PageComposer::kShortTableRows ? count : std::min<std::size_t>(2, count);
    qreal start = header.height;
    for (std::size_t i = 0; i < kept; ++i) {
        start += layouts[i].height;
    }
    // A row of text longer than a page needs only a few of its lines under the header.
    const qreal minimumPart =
        3 * m_composer.lineSpacing(m_composer.font(m_table.fontSize)) + 2 * m_composer.pt(kCellPadding);
    if (start > m_composer.body().height()) {
        start = header.height + std::min(layouts[0].height, minimumPart);
    }
    if (m_composer.pageCount() == 0 || (start > m_composer.remaining() && m_composer.y() > m_composer.body().top())) {
        m_composer.newPageWithHeading();
    }
    drawRow(header, true);

    // The height a row may take on a page of its own, under the continuation caption and the header.
    const qreal caption = m_table.continued.isEmpty()
                              ? 0.0
                              : m_composer.textHeight(m_table.continued, m_composer.font(m_table.fontSize, true),
                                                      m_composer.body().width()) +
                                    m_composer.pt(2.0);
    const qreal pageRoom = m_composer.body().height() - caption - header.height;
    std::size_t onPage = 0; // rows drawn on the current page
    for (std::size_t i = 0; i < count; ++i) {
        Row& layout = layouts[i];
        const bool tooTall = layout.height > pageRoom;
        bool breakHere = layout.height > m_composer.remaining() && (!tooTall || m_composer.remaining() < minimumPart);
        if (!breakHere && i + 2 == count && onPage >= 2) {
            // Rather than leave the last row alone on the next page, take the one before it along.
            const qreal lastTwo = layout.height + layouts[i + 1].height;
            breakHere = lastTwo > m_composer.remaining() && header.height + lastTwo <= pageRoom;
        }
        if (breakHere) {
            continueTable(header);
            layout = measureRow(m_table.rows[i], true);
            onPage = 0;
        }
        // A row taller than what is left of the page flows on, part by part, over the next pages.
        while (layout.height > m_composer.remaining()) {
            drawRow(splitRow(layout, m_composer.remaining()), false);
            continueTable(header);
        }
        drawRow(layout, false);
        ++onPage;
    }
    m_composer.space(spaceAfter);
}

} // namespace lastmile::render
