// SPDX-License-Identifier: Apache-2.0
#include "page_composer.h"

#include "report_style.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace lastmile::render {

namespace {

constexpr qreal kCellPadding = 4.0; // points
// No column takes more than this share of the width for its longest word (a long address wraps instead).
constexpr qreal kMaxWordShare = 0.4;

} // namespace

struct PageComposer::RowLayout
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

PageComposer::PageComposer(QPaintDevice* device, const QSizeF& pageSize, const QMarginsF& margins)
    : m_device(device), m_pagePoints(pageSize), m_margins(margins), m_unit(device->logicalDpiY() / 72.0)
{
    m_pageSize = QSizeF(pageSize.width() * m_unit, pageSize.height() * m_unit);
    m_body = QRectF(QPointF(pt(margins.left()), pt(margins.top())),
                    QPointF(m_pageSize.width() - pt(margins.right()), m_pageSize.height() - pt(margins.bottom())));
}

const QFont& PageComposer::font(qreal points, bool bold) const
{
    const auto key = std::make_pair(points, bold);
    auto found = m_fonts.find(key);
    if (found == m_fonts.end()) {
        found = m_fonts.emplace(key, reportFont(points, bold)).first;
    }
    return found->second;
}

void PageComposer::newPage(bool decorated)
{
    m_pages.push_back({decorated, {}});
    m_y = m_body.top();
}

void PageComposer::bookmark(const QString& title, int level)
{
    if (m_pages.empty()) {
        newPage();
    }
    m_bookmarks.push_back({title, pageCount() - 1, level});
}

void PageComposer::ensure(qreal height)
{
    if (m_pages.empty() || height > remaining()) {
        newPage();
    }
}

void PageComposer::space(qreal points)
{
    m_y = std::min(m_y + pt(points), m_body.bottom());
}

void PageComposer::add(Operation operation)
{
    if (m_pages.empty()) {
        newPage();
    }
    m_pages.back().operations.push_back(std::move(operation));
}

QStringList PageComposer::lines(const QString& text, const QFont& font, qreal width) const
{
    constexpr qsizetype kMaxWrapped = 20000; // entries: a few MB at most
    QString key = font.key();
    key += QChar(0x1f);
    key += QString::number(width, 'g', 17);
    key += QChar(0x1f);
    key += text;
    if (const auto found = m_wrapped.constFind(key); found != m_wrapped.constEnd()) {
        return *found;
    }
    if (m_wrapped.size() >= kMaxWrapped) {
        m_wrapped.clear();
    }
    QStringList result;
    const QStringList paragraphs = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split('\n');
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            result << QString();
            continue;
        }
        QTextLayout layout(paragraph, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            result << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    while (result.size() > 1 && result.back().isEmpty()) {
        result.removeLast();
    }
    m_wrapped.insert(key, result);
    return result;
}

qreal PageComposer::textHeight(const QString& text, const QFont& font, qreal width) const
{
    return qreal(lines(text, font, width).size()) * QFontMetricsF(font, m_device).lineSpacing();
}

void PageComposer::paragraph(const QString& text, const QFont& font, const QColor& colour, qreal indent,
                             qreal spaceAfter)
{
    const qreal lineHeight = QFontMetricsF(font, m_device).lineSpacing();
    const qreal left = m_body.left() + pt(indent);
    const qreal width = m_body.width() - pt(indent);
    for (const QString& line : lines(text, font, width)) {
        ensure(lineHeight);
        const QRectF rect(left, m_y, width, lineHeight);
        add([rect, line, font, colour](QPainter& painter) {
            painter.setFont(font);
            painter.setPen(colour);
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
        });
        m_y += lineHeight;
    }
    space(spaceAfter);
}

void PageComposer::heading(const QString& text, const QFont& font, const QColor& colour, qreal spaceBefore,
                           qreal spaceAfter, qreal keep)
{
    const qreal height = textHeight(text, font, m_body.width());
    if (m_pages.empty() || height + pt(spaceBefore + spaceAfter + keep) > remaining()) {
        newPage();
    } else if (m_y > m_body.top()) {
        space(spaceBefore);
    }
    HeadingMark mark;
    mark.page = m_pages.size() - 1;
    mark.firstOperation = m_pages.back().operations.size();
    mark.top = m_y;
    mark.bookmarks = m_bookmarks.size();
    paragraph(text, font, colour, 0.0, spaceAfter);
    mark.endOperation = m_pages.back().operations.size();
    // A heading that runs onto a second page, or starts one, is left where it is.
    mark.valid = mark.page + 1 == m_pages.size() && mark.top > m_body.top();
    m_heading = mark;
}

void PageComposer::newPageWithHeading()
{
    std::vector<Operation> carried;
    qreal height = 0.0;
    qreal top = 0.0;
    if (m_heading.valid && !m_pages.empty() && m_heading.page + 1 == m_pages.size() &&
        m_heading.endOperation == m_pages.back().operations.size()) {
        auto& operations = m_pages.back().operations;
        const auto first = operations.begin() + static_cast<std::ptrdiff_t>(m_heading.firstOperation);
        carried.assign(std::make_move_iterator(first), std::make_move_iterator(operations.end()));
        operations.erase(first, operations.end());
        top = m_heading.top;
        height = m_y - m_heading.top;
        // Bookmarks made since the heading go with it.
        for (std::size_t i = m_heading.bookmarks; i < m_bookmarks.size(); ++i) {
            m_bookmarks[i].page += 1;
        }
    }
    m_heading = {};
    newPage();
    const qreal shift = m_y - top;
    for (Operation& operation : carried) {
        add([operation = std::move(operation), shift](QPainter& painter) {
            painter.save();
            painter.translate(0.0, shift);
            operation(painter);
            painter.restore();
        });
    }
    m_y += height;
}

qreal PageComposer::longestWord(const QString& text, const QFont& font) const
{
    if (text.isEmpty()) {
        return 0.0;
    }
    const QFontMetricsF metrics(font, m_device);
    qreal widest = 0.0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (end > start) {
            widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        }
        start = end;
    }
    return widest;
}

std::vector<qreal> PageComposer::columnWidths(const Table& table) const
{
    const std::size_t count = table.columns.size();
    const qreal available = m_body.width();
    qreal totalWeight = 0.0;
    for (const TableColumn& column : table.columns) {
        totalWeight += column.weight;
    }
    std::vector<qreal> widths;
    for (const TableColumn& column : table.columns) {
        widths.push_back(available * column.weight / totalWeight);
    }

    // The narrowest each column may be: its longest word in the header and in every cell.
    std::vector<qreal> minimum(count, 0.0);
    const QFont& bold = font(table.fontSize, true);
    for (std::size_t i = 0; i < count; ++i) {
        minimum[i] = longestWord(table.columns[i].title, bold);
    }
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < count && i < row.size(); ++i) {
            const TableCell& cell = row[i];
            const QFont& cellFont = font(table.fontSize, cell.bold);
            minimum[i] = std::max({minimum[i], longestWord(cell.text, cellFont), longestWord(cell.repeat, cellFont),
                                   longestWord(cell.heading, bold)});
        }
    }
    qreal minimumTotal = 0.0;
    for (qreal& width : minimum) {
        width = std::min(std::ceil(width) + 2 * pt(kCellPadding), available * kMaxWordShare);
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
                weight += table.columns[i].weight;
            }
        }
        if (weight <= 0.0) {
            // Every column at its minimum: the room left over goes by weight.
            for (std::size_t i = 0; i < count; ++i) {
                widths[i] = minimum[i] + free * table.columns[i].weight / totalWeight;
            }
            break;
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (fixed[i]) {
                widths[i] = minimum[i];
                continue;
            }
            widths[i] = free * table.columns[i].weight / weight;
            if (widths[i] < minimum[i]) {
                fixed[i] = true;
                changed = true;
            }
        }
    }
    return widths;
}

PageComposer::RowLayout PageComposer::measureRow(const Table& table, const std::vector<qreal>& widths,
                                                 const std::vector<TableCell>& row, bool pageStart) const
{
    RowLayout layout;
    const qreal padding = pt(kCellPadding);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        static const TableCell kEmpty;
        const TableCell& cell = i < row.size() ? row[i] : kEmpty;
        layout.cells.push_back(&cell);
        const QString text = cell.text.isEmpty() && pageStart ? cell.repeat : cell.text;
        const qreal width = widths[i] - 2 * padding;
        const QFont& cellFont = font(table.fontSize, cell.bold);
        layout.headingLines.push_back(cell.heading.isEmpty() ? QStringList()
                                                             : lines(cell.heading, font(table.fontSize, true), width));
        layout.textLines.push_back(text.isEmpty() ? QStringList() : lines(text, cellFont, width));
        layout.lineHeights.push_back(QFontMetricsF(cellFont, m_device).lineSpacing());
        layout.paintHeights.push_back(cell.paint ? pt(cell.paintHeight) : 0.0);
    }
    layout.measure(padding);
    return layout;
}

PageComposer::RowLayout PageComposer::splitRow(const Table& table, RowLayout& row, qreal height) const
{
    Q_UNUSED(table);
    const qreal padding = pt(kCellPadding);
    RowLayout first = row;
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

void PageComposer::drawRow(const Table& table, const std::vector<qreal>& widths, const RowLayout& row, bool header)
{
    const qreal padding = pt(kCellPadding);
    qreal x = m_body.left();
    const qreal top = m_y;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const TableCell& cell = *row.cells[i];
        const QRectF outer(x, top, widths[i], row.height);
        const QRectF inner = outer.adjusted(padding, padding, -padding, -padding);
        const QFont& cellFont = font(table.fontSize, cell.bold || header);
        const QColor colour = cell.colour.isValid() ? cell.colour : (header ? mutedColour() : inkColour());
        const QColor background = header ? QColor() : cell.background;
        const Qt::Alignment alignment = table.columns[i].alignment;
        const QStringList& headingLines = row.headingLines[i];
        const QStringList& textLines = row.textLines[i];
        const QFont headingFont = font(table.fontSize, true);
        // A drawing gets its own height at the top of the cell, whatever the height of the row.
        const auto paint = row.paintHeights[i] > 0.0 ? cell.paint : nullptr;
        const QRectF paintRect(inner.topLeft(), QSizeF(inner.width(), row.paintHeights[i]));
        add([outer, inner, paintRect, background, headingLines, headingFont, textLines, cellFont, colour, alignment,
             paint](QPainter& painter) {
            if (background.isValid()) {
                painter.fillRect(outer, background);
            }
            if (paint) {
                paint(painter, paintRect);
            }
            painter.setPen(colour);
            const qreal lineHeight = QFontMetricsF(cellFont, painter.device()).lineSpacing();
            qreal y = inner.top();
            painter.setFont(headingFont);
            for (const QString& line : headingLines) {
                painter.drawText(QRectF(inner.left(), y, inner.width(), lineHeight),
                                 alignment | Qt::AlignVCenter | Qt::TextSingleLine, line);
                y += lineHeight;
            }
            painter.setFont(cellFont);
            for (const QString& line : textLines) {
                painter.drawText(QRectF(inner.left(), y, inner.width(), lineHeight),
                                 alignment | Qt::AlignVCenter | Qt::TextSingleLine, line);
                y += lineHeight;
            }
        });
        x += widths[i];
    }
    const QColor rule = header ? inkColour() : ruleColour();
    const qreal ruleWidth = header ? pt(0.8) : pt(0.5);
    const QLineF line(m_body.left(), top + row.height, m_body.right(), top + row.height);
    add([line, rule, ruleWidth](QPainter& painter) {
        painter.setPen(QPen(rule, ruleWidth));
        painter.drawLine(line);
    });
    m_y += row.height;
}

void PageComposer::continueTable(const Table& table, const std::vector<qreal>& widths, const RowLayout& header)
{
    newPage();
    if (!table.continued.isEmpty()) {
        paragraph(table.continued, font(table.fontSize, true), mutedColour(), 0.0, 2.0);
    }
    drawRow(table, widths, header, true);
}

void PageComposer::table(const Table& table, qreal spaceAfter)
{
    const std::vector<qreal> widths = columnWidths(table);
    std::vector<TableCell> headerCells;
    for (const TableColumn& column : table.columns) {
        headerCells.emplace_back(column.title, true);
    }
    const RowLayout header = measureRow(table, widths, headerCells, false);
    if (table.rows.empty()) {
        if (m_pages.empty() || header.height > remaining()) {
            newPageWithHeading();
        }
        drawRow(table, widths, header, true);
        space(spaceAfter);
        return;
    }

    const std::size_t count = table.rows.size();
    std::vector<RowLayout> layouts;
    layouts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        layouts.push_back(measureRow(table, widths, table.rows[i], i == 0));
    }
    // What must fit under the header on the first page: the whole of a short table, the first two
    // rows of a long one; no more than the first row when that would not fit on a page of its own.
    const std::size_t kept = count <= kShortTableRows ? count : std::min<std::size_t>(2, count);
    qreal start = header.height;
    for (std::size_t i = 0; i < kept; ++i) {
        start += layouts[i].height;
    }
    // A row of text longer than a page needs only a few of its lines under the header.
    const qreal minimumPart = 3 * QFontMetricsF(font(table.fontSize), m_device).lineSpacing() + 2 * pt(kCellPadding);
    if (start > m_body.height()) {
        start = header.height + std::min(layouts[0].height, minimumPart);
    }
    if (m_pages.empty() || (start > remaining() && m_y > m_body.top())) {
        newPageWithHeading();
    }
    drawRow(table, widths, header, true);

    // The height a row may take on a page of its own, under the continuation caption and the header.
    const qreal caption = table.continued.isEmpty()
                              ? 0.0
                              : textHeight(table.continued, font(table.fontSize, true), m_body.width()) + pt(2.0);
    const qreal pageRoom = m_body.height() - caption - header.height;
    std::size_t onPage = 0; // rows drawn on the current page
    for (std::size_t i = 0; i < count; ++i) {
        RowLayout& layout = layouts[i];
        const bool tooTall = layout.height > pageRoom;
        bool breakHere = layout.height > remaining() && (!tooTall || remaining() < minimumPart);
        if (!breakHere && i + 2 == count && onPage >= 2) {
            // Rather than leave the last row alone on the next page, take the one before it along.
            const qreal lastTwo = layout.height + layouts[i + 1].height;
            breakHere = lastTwo > remaining() && header.height + lastTwo <= pageRoom;
        }
        if (breakHere) {
            continueTable(table, widths, header);
            layout = measureRow(table, widths, table.rows[i], true);
            onPage = 0;
        }
        // A row taller than what is left of the page flows on, part by part, over the next pages.
        while (layout.height > remaining()) {
            drawRow(table, widths, splitRow(table, layout, remaining()), false);
            continueTable(table, widths, header);
        }
        drawRow(table, widths, layout, false);
        ++onPage;
    }
    space(spaceAfter);
}

bool PageComposer::paint(QPainter& painter, QPagedPaintDevice& device, const Decoration& decoration,
                         const std::function<bool(int page)>& progress) const
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0) {
            device.newPage();
        }
        paintPage(painter, static_cast<int>(i), decoration);
        if (progress && !progress(static_cast<int>(i) + 1)) {
            return false;
        }
    }
    return true;
}

void PageComposer::paintPage(QPainter& painter, int index, const Decoration& decoration) const
{
    const Page& page = m_pages[static_cast<std::size_t>(index)];
    if (page.decorated && decoration) {
        painter.save();
        decoration(painter, index + 1, pageCount());
        painter.restore();
    }
    for (const Operation& operation : page.operations) {
        operation(painter);
    }
}

} // namespace lastmile::render
