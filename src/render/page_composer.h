// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export_result.h"
#include "page_sink.h"
#include "pdf_outline.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

class QPainter;
class QPagedPaintDevice;
class QPaintDevice;

namespace lastmile::render {

class TextShaper;

struct TableColumn
{
    QString title;
    qreal weight = 1.0; // share of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct TableCell
{
    TableCell() = default;
    TableCell(QString text, bool bold = false, QColor colour = {}, QColor background = {})
        : text(std::move(text)), bold(bold), colour(colour), background(background)
    {
    }

    QString text; // always drawn as plain text
    bool bold = false;
    QString heading;   // drawn in bold above `text`
    QColor colour;     // invalid: the body colour
    QColor background; // invalid: none
    QString repeat;    // drawn instead of an empty `text` when the row starts a page (a group's label)
    // Draws the cell's content itself (a swatch, a heat strip) in the cell's inner rectangle, with
    // `height` in points.
    std::function<void(QPainter&, const QRectF&)> paint;
    qreal paintHeight = 0.0;
};

struct Table
{
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
    qreal fontSize = 8.5; // points
    // Drawn in bold above the repeated header on every page the table runs onto, to say whose
    // rows these are ("Route planning assistant, continued"); empty: nothing.
    QString continued;
};

// Lays a document out page by page as a list of drawing operations, so that the number of pages
// is known before the first one is painted ("Page 1 of 12"). Lengths given in points; the page is
// measured in the device's units.
class PageComposer
{
public:
    using Operation = PageOperation;
    using Decoration = PageDecoration;

    // `device` measures the text: the device the document will be painted on. `margins` (points)
    // leave room for the header and footer.
    PageComposer(QPaintDevice* device, const QSizeF& pageSize, const QMarginsF& margins);

    // An empty composer with the same device, page size and margins: to try a layout out.
    // It shares this one's measurements of text.
    PageComposer blank() const;
    // The text measured and shaped for the device, shared with every blank() of this composer.
    TextShaper& shaper() const { return *m_shaper; }

    qreal pt(qreal points) const { return points * m_unit; } // device units
    QPaintDevice* device() const { return m_device; }
    QRectF body() const { return m_body; }
    QSizeF pageSize() const { return m_pageSize; }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    int pageCount() const { return m_count; } // pages started so far
    const QFont& font(qreal points, bool bold = false) const;

    void newPage(bool decorated = true);
    // Marks the current page (a new one if there is none) for the PDF's outline.
    void bookmark(const QString& title, int level);
    const std::vector<PdfBookmark>& bookmarks() const { return m_bookmarks; }
    // Starts a new page unless `height` (device units) fits under the current position.
    void ensure(qreal height);
    void space(qreal points);
    void moveTo(qreal y) { m_y = y; }
    void add(Operation operation);
    // Whether the current page will be kept or painted: if not, operations added to it are places
    // only and need not be made (a layout that only counts the pages makes none).
    bool drawing() const { return m_pages.drawing(); }
    // Starts a new page, taking along the heading laid out just before unless something followed it.
    void newPageWithHeading();

    // Measures wrapped text in device units.
    qreal textHeight(const QString& text, const QFont& font, qreal width) const;
    QStringList lines(const QString& text, const QFont& font, qreal width) const;
    // The line spacing of `font` on the device, in device units.
    qreal lineSpacing(const QFont& font) const;

    // A wrapped paragraph at the current position, line by line across pages.
    void paragraph(const QString& text, const QFont& font, const QColor& colour, qreal indent = 0.0,
                   qreal spaceAfter = 4.0);
    // A heading kept with at least `keep` points of what follows.
    void heading(const QString& text, const QFont& font, const QColor& colour, qreal spaceBefore, qreal spaceAfter,
                 qreal keep = 60.0);
    // A table with its header row repeated on every page it runs onto (after `Table::continued`).
    // A row that fits on a page is kept whole; a taller one is split between lines, so that text
    // of any length flows on over as many pages as it needs and nothing is drawn outside the body.
    // Each column is at least as wide as its longest word (one joined by no-break spaces counts
    // as one), as far as the page allows. A short table moves whole to the next page when it does
    // not fit; a long one leaves no page with a single row of it when that can be avoided. A
    // heading just before the table moves along with it.
    void table(const Table& table, qreal spaceAfter = 10.0);

    // Tables of up to this many rows are kept on one page when they fit on one.
    static constexpr std::size_t kShortTableRows = 8;

    // What becomes of a page once the next one starts (and of the last one at finish()). By
    // default every page is kept, for paintPage(); keepPages() keeps only the first `count`, so
    // that a layout made to count the pages, or to preview the first few, holds no more.
    void keepPages(std::size_t count) { m_pages.keepPages(count); }
    // Paints each page on `device` (the one measured, begun by `painter`) as soon as it is laid
    // out, then forgets it: memory stays bounded whatever the length of the document.
    // `pageCount` is the number of pages for the decoration ("Page 3 of 12"), known from a first
    // layout of the same document; `progress` is called with each page's number once painted and
    // cancels the rest (nothing more is painted) when it returns false.
    void streamTo(QPainter& painter, QPagedPaintDevice& device, Decoration decoration, int pageCount,
                  std::function<bool(int page)> progress);
    // Ends the last page (painted or kept as above); call once after the last operation. False if
    // the painting was cancelled.
    bool finish();
    // Paints kept page `index` (0-based) with `painter` as it is, for a preview; nothing for a page
    // not kept.
    void paintPage(QPainter& painter, int index, const Decoration& decoration) const;

private:
    void finishPage();
    // Where the last heading was laid out, to take it along when what follows it moves to the next page.
    struct HeadingMark
    {
        int page = 0;
        std::size_t firstOperation = 0;
        std::size_t endOperation = 0;
        qreal top = 0.0;
        std::size_t bookmarks = 0; // bookmarks made before the heading
        bool valid = false;
    };

    QPaintDevice* m_device;
    QSizeF m_pagePoints;
    QMarginsF m_margins;
    QSizeF m_pageSize;
    QRectF m_body;
    qreal m_unit = 1.0;
    qreal m_y = 0.0;
    PageSink::Page m_current; // the page being laid out
    int m_count = 0;
    PageSink m_pages; // where each page goes once laid out
    bool m_finished = false;
    std::vector<PdfBookmark> m_bookmarks;
    HeadingMark m_heading;
    mutable std::map<std::pair<qreal, bool>, QFont> m_fonts;
    std::shared_ptr<TextShaper> m_shaper; // shared with blank()
};

} // namespace lastmile::render
