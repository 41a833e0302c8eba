// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <array>
#include <cstddef>
#include <memory>
#include <utility>

class QPainter;
class QPaintDevice;

namespace lastmile::render {

// Text measured and shaped for one paint device, remembered by font: a report repeats the same
// cells (question texts, names, levels) thousands of times, and measuring text is shaping it.
// Each font is resolved for the device once (each resolution loads the font again). What was
// measured is forgotten, all at once, after kMaxMeasured entries: a few MB at most. All lengths
// are in the device's units. Not thread-safe: one layout at a time uses it.
class TextShaper
{
public:
    // A line shaped as glyphs, positioned from the line's top left, and its natural size.
    struct Line
    {
        QList<QGlyphRun> runs;
        QSizeF size;
    };

    static constexpr qsizetype kMaxMeasured = 20000;

    // `device` is the one the text will be painted on; it must outlive the shaper.
    explicit TextShaper(QPaintDevice* device);
    ~TextShaper();
    TextShaper(const TextShaper&) = delete;
    TextShaper& operator=(const TextShaper&) = delete;

    // The line spacing of `font` on the device.
    qreal lineSpacing(const QFont& font);
    // `text` wrapped at word boundaries (anywhere in a word longer than `width`) into lines of at
    // most `width`, each trimmed; a line break in the text ("\n" or "\r\n") starts a new line, an
    // empty or blank paragraph is an empty line, and trailing empty lines are dropped (one is left
    // for an empty text).
    QStringList lines(const QString& text, const QFont& font, qreal width);
    // `line` (no line breaks) shaped once in `font` as QPainter::drawText lays out a single line,
    // left to right, never wrapped.
    std::shared_ptr<const Line> shaped(const QString& line, const QFont& font);
    // The widest part of `text` that cannot be broken across lines (one joined by no-break spaces
    // counts as one); 0 for an empty text.
    qreal longestWord(const QString& text, const QFont& font);

    // Draws `line` in `rect` as QPainter::drawText does with Qt::TextSingleLine: vertically centred
    // and aligned left, right or centred by `alignment`, in the painter's pen.
    static void draw(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const Line& line);

private:
    struct FontMeasures;
    // `font` resolved for the device with its metrics and what was measured in it so far.
    FontMeasures& measures(const QFont& font);
    // Counts one more entry; forgets everything measured once there are too many.
    void count();

    QPaintDevice* m_device;
    QHash<QFont, std::shared_ptr<FontMeasures>> m_fonts;
    // The fonts asked for last, as the caller's own copies: a copy is recognized without hashing
    // it (QFont::isCopyOf), and a report asks for the same few fonts over and over.
    std::array<std::pair<QFont, FontMeasures*>, 4> m_recent;
    std::size_t m_next = 0;
    qsizetype m_entries = 0;
};

} // namespace lastmile::render
