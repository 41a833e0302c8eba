// SPDX-License-Identifier: Apache-2.0
#include "text_shaper.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <algorithm>

namespace lastmile::render {

struct TextShaper::FontMeasures
{
    FontMeasures(const QFont& requested, QPaintDevice* device)
        : font(requested, device), metrics(font), lineSpacing(metrics.lineSpacing())
    {
    }

    QFont font; // resolved for the device once
    QFontMetricsF metrics;
    qreal lineSpacing;
    QHash<std::pair<qreal, QString>, QStringList> wrapped; // by width and text
    QHash<QString, qreal> longestWords;                    // by text
    QHash<QString, std::shared_ptr<const Line>> shaped;    // by line
};

TextShaper::TextShaper(QPaintDevice* device) : m_device(device) {}

TextShaper::~TextShaper() = default;

TextShaper::FontMeasures& TextShaper::measures(const QFont& font)
{
    for (const auto& [copy, measured] : m_recent) {
        if (measured && font.isCopyOf(copy)) {
            return *measured;
        }
    }
    auto found = m_fonts.find(font);
    if (found == m_fonts.end()) {
        found = m_fonts.insert(font, std::make_shared<FontMeasures>(font, m_device));
    }
    m_recent[m_next] = {font, found->get()};
    m_next = (m_next + 1) % m_recent.size();
    return **found;
}

void TextShaper::count()
{
    if (++m_entries > kMaxMeasured) {
        for (const auto& font : std::as_const(m_fonts)) {
            font->wrapped.clear();
            font->longestWords.clear();
            font->shaped.clear();
        }
        m_entries = 0;
    }
}

qreal TextShaper::lineSpacing(const QFont& font)
{
    return measures(font).lineSpacing;
}

QStringList TextShaper::lines(const QString& text, const QFont& font, qreal width)
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
    count();
    measured.wrapped.insert(key, result);
    return result;
}

std::shared_ptr<const TextShaper::Line> TextShaper::shaped(const QString& line, const QFont& font)
{
    FontMeasures& measured = measures(font);
    if (const auto found = measured.shaped.constFind(line); found != measured.shaped.constEnd()) {
        return *found;
    }
    auto result = std::make_shared<Line>();
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
    count();
    measured.shaped.insert(line, result);
    return result;
}

qreal TextShaper::longestWord(const QString& text, const QFont& font)
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
    count();
    measured.longestWords.insert(text, widest);
    return widest;
}

void TextShaper::draw(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const Line& line)
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

} // namespace lastmile::render
