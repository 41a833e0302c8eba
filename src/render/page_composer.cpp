// SPDX-License-Identifier: Apache-2.0
#include "page_composer.h"

#include "report_style.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace lastmile::render {

namespace {

constexpr qreal kCellPadding = 4.0; // points

} // namespace

struct PageComposer::RowLayout
{
    std::vector<const TableCell*> cells;
    std::vector<QStringList> headingLines; // each cell's heading, bold, before its text
    std::vector<QStringList> textLines;
    qreal height = 0.0;
};

PageComposer::PageComposer(QPaintDevice* device, const QSizeF& pageSize, const QMarginsF& margins)
    : m_device(device), m_unit(device->logicalDpiY() / 72.0)
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
    paragraph(text, font, colour, 0.0, spaceAfter);
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
        const qsizetype count = layout.headingLines.back().size() + layout.textLines.back().size();
        const qreal height = std::max(cell.paint ? pt(cell.paintHeight) : 0.0,
                                      qreal(count) * QFontMetricsF(cellFont, m_device).lineSpacing());
        layout.height = std::max(layout.height, height + 2 * padding);
    }
    return layout;
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
        const auto paint = cell.paint;
        add([outer, inner, background, headingLines, headingFont, textLines, cellFont, colour, alignment,
             paint](QPainter& painter) {
            if (background.isValid()) {
                painter.fillRect(outer, background);
            }
            if (paint) {
                paint(painter, inner);
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

void PageComposer::table(const Table& table, qreal spaceAfter)
{
    qreal total = 0.0;
    for (const TableColumn& column : table.columns) {
        total += column.weight;
    }
    std::vector<qreal> widths;
    for (const TableColumn& column : table.columns) {
        widths.push_back(m_body.width() * column.weight / total);
    }
    std::vector<TableCell> headerCells;
    for (const TableColumn& column : table.columns) {
        headerCells.emplace_back(column.title, true);
    }
    const RowLayout header = measureRow(table, widths, headerCells, false);
    bool first = true;
    for (const auto& row : table.rows) {
        RowLayout layout = measureRow(table, widths, row, first);
        if (first) {
            if (m_pages.empty() || header.height + layout.height > remaining()) {
                newPage();
            }
            drawRow(table, widths, header, true);
            first = false;
        } else if (layout.height > remaining()) {
            newPage();
            drawRow(table, widths, header, true);
            layout = measureRow(table, widths, row, true);
        }
        drawRow(table, widths, layout, false);
    }
    if (table.rows.empty()) {
        ensure(header.height);
        drawRow(table, widths, header, true);
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
