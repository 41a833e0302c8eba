// SPDX-License-Identifier: Apache-2.0
#include "page_composer.h"

#include "report_style.h"
#include "table_layout.h"
#include "text_shaper.h"

#include <QPainter>
#include <algorithm>
#include <iterator>
#include <utility>

namespace lastmile::render {

PageComposer::PageComposer(QPaintDevice* device, const QSizeF& pageSize, const QMarginsF& margins)
    : m_device(device), m_pagePoints(pageSize), m_margins(margins), m_unit(device->logicalDpiY() / 72.0),
      m_shaper(std::make_shared<TextShaper>(device))
{
    m_pageSize = QSizeF(pageSize.width() * m_unit, pageSize.height() * m_unit);
    m_body = QRectF(QPointF(pt(margins.left()), pt(margins.top())),
                    QPointF(m_pageSize.width() - pt(margins.right()), m_pageSize.height() - pt(margins.bottom())));
}

PageComposer PageComposer::blank() const
{
    PageComposer composer(m_device, m_pagePoints, m_margins);
    composer.m_shaper = m_shaper;
    return composer;
}

qreal PageComposer::lineSpacing(const QFont& font) const
{
    return m_shaper->lineSpacing(font);
}

QStringList PageComposer::lines(const QString& text, const QFont& font, qreal width) const
{
    return m_shaper->lines(text, font, width);
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
    if (m_count == 0) {
        newPage();
    }
    // A page that will be neither kept nor painted holds places only (a heading's mark counts them).
    m_current.operations.push_back(drawing() ? std::move(operation) : Operation());
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
        if (drawing()) {
            add([rect, line = m_shaper->shaped(line, font), colour](QPainter& painter) {
                painter.setPen(colour);
                TextShaper::draw(painter, rect, Qt::AlignLeft, *line);
            });
        } else {
            add({});
        }
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
        if (!operation) {
            add({});
            continue;
        }
        add([operation = std::move(operation), shift](QPainter& painter) {
            painter.save();
            painter.translate(0.0, shift);
            operation(painter);
            painter.restore();
        });
    }
    m_y += height;
}

void PageComposer::table(const Table& table, qreal spaceAfter)
{
    TableLayout(*this, table).place(spaceAfter);
}

void PageComposer::streamTo(QPainter& painter, QPagedPaintDevice& device, Decoration decoration, int pageCount,
                            std::function<bool(int page)> progress)
{
    m_pages.streamTo(painter, device, std::move(decoration), pageCount, std::move(progress));
}

void PageComposer::finishPage()
{
    m_pages.finish(std::exchange(m_current, PageSink::Page{}), m_count);
}

bool PageComposer::finish()
{
    if (m_count > 0 && !m_finished) {
        finishPage();
        m_finished = true;
    }
    return !m_pages.cancelled();
}

void PageComposer::paintPage(QPainter& painter, int index, const Decoration& decoration) const
{
    m_pages.paintKept(painter, index, pageCount(), decoration);
}

} // namespace lastmile::render
