// SPDX-License-Identifier: Apache-2.0
#include "page_sink.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <utility>

namespace lastmile::render {

void PageSink::streamTo(QPainter& painter, QPagedPaintDevice& device, PageDecoration decoration, int pageCount,
                        std::function<bool(int page)> progress)
{
    m_stream =
        std::make_unique<Stream>(Stream{&painter, &device, std::move(decoration), pageCount, std::move(progress)});
}

bool PageSink::drawing() const
{
    return m_stream ? !m_stream->cancelled : m_kept.size() < m_keep;
}

bool PageSink::cancelled() const
{
    return m_stream && m_stream->cancelled;
}

void PageSink::finish(Page page, int number)
{
    if (m_stream) {
        if (m_stream->cancelled) {
            return;
        }
        if (number > 1) {
            m_stream->device->newPage();
        }
        paint(*m_stream->painter, page, number, m_stream->pageCount, m_stream->decoration);
        m_stream->cancelled = m_stream->progress && !m_stream->progress(number);
    } else if (m_kept.size() < m_keep) {
        m_kept.push_back(std::move(page));
    }
}

void PageSink::paintKept(QPainter& painter, int index, int pageCount, const PageDecoration& decoration) const
{
    if (index >= 0 && static_cast<std::size_t>(index) < m_kept.size()) {
        paint(painter, m_kept[static_cast<std::size_t>(index)], index + 1, pageCount, decoration);
    }
}

void PageSink::paint(QPainter& painter, const Page& page, int number, int pageCount, const PageDecoration& decoration)
{
    if (page.decorated && decoration) {
        painter.save();
        decoration(painter, number, pageCount);
        painter.restore();
    }
    for (const PageOperation& operation : page.operations) {
        if (operation) {
            operation(painter);
        }
    }
}

} // namespace lastmile::render
