// SPDX-License-Identifier: Apache-2.0
#include "page_composer.h"

#include "report_style.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <utility>

namespace lastmile::render {

namespace {

constexpr qreal kCellPadding = 4.0; // points
// No column takes more than this share of the width for its longest word (a long address wraps instead).
constexpr qreal kMaxWordShare = 0.4;
// Entries kept of measured text (wrapped cells, longest words) before they are forgotten: a few MB at most.
constexpr qsizetype kMaxMeasured = 20000;

} // namespace

struct PageComposer::ShapedLine
{
    QList<QGlyphRun> runs; // positioned from the line's top left
    QSizeF size;
};

struct PageComposer::FontMeasures
{
    FontMeasures(const QFont& requested, QPaintDevice* device)
        : font(requested, device), metrics(font), lineSpacing(metrics.lineSpacing())
    {
    }

    QFont font; // resolved for the device once: each resolution loads the font again
    QFontMetricsF metrics;
    qreal lineSpacing;
    QHash<std::pair<qreal, QString>, QStringList> wrapped;    // by width and text
    QHash<QString, qreal> longestWords;                       // by text
    QHash<QString, std::shared_ptr<const ShapedLine>> shaped; // by line
};

struct PageComposer::Measures
{
    QHash<QFont, std::shared_ptr<FontMeasures>> fonts;
    // The fonts asked for last, as the caller's own copies: a copy is recognized without hashing
    // it (QFont::isCopyOf), and a report asks for the same few fonts over and over.
    std::array<std::pair<QFont, FontMeasures*>, 4> recent;
    std::size_t next = 0;
    qsizetype entries = 0;

    // Forgets what was measured once there is too much of it.
    void count()
    {
        if (++entries > kMaxMeasured) {
            for (const auto& font : std::as_const(fonts)) {
                font->wrapped.clear();
                font->longestWords.clear();
                font->shaped.clear();
            }
            entries = 0;
        }
    }
};

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
    : m_device(device), m_pagePoints(pageSize), m_margins(margins), m_unit(device->logicalDpiY() / 72.0),
      m_measures(std::make_shared<Measures>())
{
    m_pageSize = QSizeF(pageSize.width() * m_unit, pageSize.height() * m_unit);
    m_body = QRectF(QPointF(pt(margins.left()), pt(margins.top())),
                    QPointF(m_pageSize.width() - pt(margins.right()), m_pageSize.height() - pt(margins.bottom())));
}

PageComposer PageComposer::blank() const
{
    PageComposer composer(m_device, m_pagePoints, m_margins);
    composer.m_measures = m_measures;
    return composer;
}

PageComposer::FontMeasures& PageComposer::measures(const QFont& font) const
{
    Measures& all = *m_measures;
    for (const auto& [copy, measured] : all.recent) {
        if (measured && font.isCopyOf(copy)) {
            return *measured;
        }
    }
    auto found = all.fonts.find(font);
    if (found == all.fonts.end()) {
        found = all.fonts.insert(font, std::make_shared<FontMeasures>(font, m_device));
    }
    all.recent[all.next] = {font, found->get()};
    all.next = (all.next + 1) % all.recent.size();
    return **found;
}

qreal PageComposer::lineSpacing(const QFont& font) const
{
    return measures(font).lineSpacing;
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
    if (m_count > 0) {
        finishPage();
    }
    m_current = {decorated, {}};
    ++m_count;
    m_y = m_body.top();
}

void PageComposer::bookmark(const QString& title, int level)
{
    if ((m_count == 0)) {
        newPage();
    }
    m_bookmarks.push_back({title, pageCount() - 1, level});
}

void PageComposer::ensure(qreal height)
{
    if ((m_count == 0) || height > remaining()) {
        newPage();
    }
}

void PageComposer::space(qreal points)
{
    m_y = std::min(m_y + pt(points), m_body.bottom());
}

void PageComposer::add(Operation operation)
{
    if ((m_count == 0)) {
        newPage();
    }
    m_current.operations.push_back(std::move(operation));
}

QStringList PageComposer::lines(const QString& text, const QFont& font, qreal width) const
{
    FontMeasures& measured = measures(font);
    const auto key = std::make_pair(width, text);
    if (const auto found = measured.wrapped.constFind(key); found != measured.wrapped.constEnd()) {
        return *found;
    }
    QStringList result;
    const QStringList paragraphs = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split('\n');
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            result << QString();
            continue;
        }
        QTextLayout layout(paragraph, measured.font);
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
    m_measures->count();
    measured.wrapped.insert(key, result);
    return result;
}

std::shared_ptr<const PageComposer::ShapedLine> PageComposer::shaped(const QString& line, const QFont& font) const
{
    FontMeasures& measured = measures(font);
    if (const auto found = measured.shaped.constFind(line); found != measured.shaped.constEnd()) {
        return *found;
    }
    auto result = std::make_shared<ShapedLine>();
    QTextLayout layout(line, measured.font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(Qt::LeftToRight); // as QPainter::drawText lays a line out
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid()) {
        textLine.setLineWidth(0x01000000); // never wrapped: the lines are broken already
        textLine.setPosition(QPointF(0.0, 0.0));
        result->size = QSizeF(textLine.naturalTextWidth(), textLine.height());
    }
    layout.endLayout();
    result->runs = layout.glyphRuns();
    m_measures->count();
    measured.shaped.insert(line, result);
    return result;
}

void PageComposer::drawShaped(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const ShapedLine& line)
{
    qreal x = rect.left();
    if (alignment & Qt::AlignRight) {
        x = rect.right() - line.size.width();
    } else if (alignment & Qt::AlignHCenter) {
        x = rect.left() + (rect.width() - line.size.width()) / 2;
    }
    const QPointF origin(x, rect.top() + (rect.height() - line.size.height()) / 2);
    for (const QGlyphRun& run : line.runs) {
        painter.drawGlyphRun(origin, run);
    }
}

qreal PageComposer::textHeight(const QString& text, const QFont& font, qreal width) const
{
    return qreal(lines(text, font, width).size()) * lineSpacing(font);
}

void PageComposer::paragraph(const QString& text, const QFont& font, const QColor& colour, qreal indent,
                             qreal spaceAfter)
{
    const qreal lineHeight = lineSpacing(font);
    const qreal left = m_body.left() + pt(indent);
    const qreal width = m_body.width() - pt(indent);
    for (const QString& line : lines(text, font, width)) {
        ensure(lineHeight);
        const QRectF rect(left, m_y, width, lineHeight);
        add([rect, line = shaped(line, font), colour](QPainter& painter) {
            painter.setPen(colour);
            drawShaped(painter, rect, Qt::AlignLeft, *line);
        });
        m_y += lineHeight;
    }
    space(spaceAfter);
}

void PageComposer::heading(const QString& text, const QFont& font, const QColor& colour, qreal spaceBefore,
                           qreal spaceAfter, qreal keep)
{
    const qreal height = textHeight(text, font, m_body.width());
    if ((m_count == 0) || height + pt(spaceBefore + spaceAfter + keep) > remaining()) {
        newPage();
    } else if (m_y > m_body.top()) {
        space(spaceBefore);
    }
    HeadingMark mark;
    mark.page = m_count - 1;
    mark.firstOperation = m_current.operations.size();
    mark.top = m_y;
    mark.bookmarks = m_bookmarks.size();
    paragraph(text, font, colour, 0.0, spaceAfter);
    mark.endOperation = m_current.operations.size();
    // A heading that runs onto a second page, or starts one, is left where it is.
    mark.valid = mark.page + 1 == m_count && mark.top > m_body.top();
    m_heading = mark;
}

void PageComposer::newPageWithHeading()
{
    std::vector<Operation> carried;
    qreal height = 0.0;
    qreal top = 0.0;
    if (m_heading.valid && m_count > 0 && m_heading.page + 1 == m_count &&
        m_heading.endOperation == m_current.operations.size()) {
        auto& operations = m_current.operations;
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
    FontMeasures& measured = measures(font);
    if (const auto found = measured.longestWords.constFind(text); found != measured.longestWords.constEnd()) {
        return *found;
    }
    qreal widest = 0.0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (end > start) {
            widest = std::max(widest, measured.metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        }
        start = end;
    }
    m_measures->count();
    measured.longestWords.insert(text, widest);
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
        layout.lineHeights.push_back(lineSpacing(cellFont));
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
        // Headings in bold, then the text, line under line at the text's spacing.
        std::vector<std::shared_ptr<const ShapedLine>> lines;
        const QFont& headingFont = font(table.fontSize, true);
        for (const QString& line : row.headingLines[i]) {
            lines.push_back(shaped(line, headingFont));
        }
        for (const QString& line : row.textLines[i]) {
            lines.push_back(shaped(line, cellFont));
        }
        // A drawing gets its own height at the top of the cell, whatever the height of the row.
        const auto paint = row.paintHeights[i] > 0.0 ? cell.paint : nullptr;
        const QRectF paintRect(inner.topLeft(), QSizeF(inner.width(), row.paintHeights[i]));
        const qreal lineHeight = lineSpacing(cellFont);
        add([outer, inner, paintRect, background, lines = std::move(lines), colour, alignment, paint,
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
                drawShaped(painter, QRectF(inner.left(), y, inner.width(), lineHeight), alignment, *line);
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
        if ((m_count == 0) || header.height > remaining()) {
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
    const qreal minimumPart = 3 * lineSpacing(font(table.fontSize)) + 2 * pt(kCellPadding);
    if (start > m_body.height()) {
        start = header.height + std::min(layouts[0].height, minimumPart);
    }
    if ((m_count == 0) || (start > remaining() && m_y > m_body.top())) {
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

void PageComposer::keepPages(std::size_t count)
{
    m_keep = count;
}

void PageComposer::streamTo(QPainter& painter, QPagedPaintDevice& device, Decoration decoration, int pageCount,
                            std::function<bool(int page)> progress)
{
    m_stream =
        std::make_unique<Stream>(Stream{&painter, &device, std::move(decoration), pageCount, std::move(progress)});
}

void PageComposer::finishPage()
{
    Page page = std::exchange(m_current, Page{});
    if (m_stream) {
        if (m_stream->cancelled) {
            return;
        }
        if (m_count > 1) {
            m_stream->device->newPage();
        }
        paint(*m_stream->painter, page, m_count, m_stream->pageCount, m_stream->decoration);
        m_stream->cancelled = m_stream->progress && !m_stream->progress(m_count);
    } else if (m_kept.size() < m_keep) {
        m_kept.push_back(std::move(page));
    }
}

bool PageComposer::finish()
{
    if (m_count > 0 && !m_finished) {
        finishPage();
        m_finished = true;
    }
    return !m_stream || !m_stream->cancelled;
}

void PageComposer::paintPage(QPainter& painter, int index, const Decoration& decoration) const
{
    if (index >= 0 && static_cast<std::size_t>(index) < m_kept.size()) {
        paint(painter, m_kept[static_cast<std::size_t>(index)], index + 1, pageCount(), decoration);
    }
}

void PageComposer::paint(QPainter& painter, const Page& page, int number, int pageCount, const Decoration& decoration)
{
    if (page.decorated && decoration) {
        painter.save();
        decoration(painter, number, pageCount);
        painter.restore();
    }
    for (const Operation& operation : page.operations) {
        operation(painter);
    }
}

} // namespace lastmile::render
