// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace lastmile::render {

// One drawing operation of a page, in the device's units.
using PageOperation = std::function<void(QPainter&)>;
// Draws a page's header and footer: page number (1-based) and page count.
using PageDecoration = std::function<void(QPainter&, int page, int pageCount)>;

// What becomes of each page a layout finishes (PageComposer): kept for painting later (a preview,
// or a layout made only to count the pages, which keeps none), or painted on a paged device at
// once and forgotten, so that memory stays bounded whatever the length of the document.
class PageSink
{
public:
    struct Page
    {
        bool decorated = true;                 // the decoration is drawn under its operations
        std::vector<PageOperation> operations; // empty ones are places only, drawing nothing
    };

    // Keeps only the first `count` pages finished (by default every one).
    void keepPages(std::size_t count) { m_keep = count; }
    // From now on paints each finished page on `device` (begun by `painter`), starting a new device
    // page before every page but the first, with `decoration` told `pageCount` pages; `progress` is
    // called with each page's number once painted, and painting stops (the rest is dropped) when
    // it returns false.
    void streamTo(QPainter& painter, QPagedPaintDevice& device, PageDecoration decoration, int pageCount,
                  std::function<bool(int page)> progress);
    // Whether the page being laid out will be kept or painted: if not, its operations need not be made.
    bool drawing() const;
    // Takes page `number` (1-based) as laid out: paints it, keeps it or drops it as above.
    void finish(Page page, int number);
    // False once the streaming's progress asked to stop.
    bool cancelled() const;
    // Paints kept page `index` (0-based) as it is, numbered `index + 1` of `pageCount`; nothing
    // for a page not kept.
    void paintKept(QPainter& painter, int index, int pageCount, const PageDecoration& decoration) const;

private:
    struct Stream
    {
        QPainter* painter;
        QPagedPaintDevice* device;
        PageDecoration decoration;
        int pageCount;
        std::function<bool(int page)> progress;
        bool cancelled = false;
    };
    static void paint(QPainter& painter, const Page& page, int number, int pageCount, const PageDecoration& decoration);

    std::vector<Page> m_kept;
    std::size_t m_keep = std::numeric_limits<std::size_t>::max();
    std::unique_ptr<Stream> m_stream;
};

} // namespace lastmile::render
