// SPDX-License-Identifier: Apache-2.0
#include "heatmap_marks.h"

#include "heat_palette.h"
#include "report_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace lastmile::render::marks {

QString scoreText(double score)
{
    return QString::number(std::lround(score));
}

// "↑12", "↓3" or "±0": the change rounded to a whole number.
QString deltaText(double delta)
{
    const long rounded = std::lround(delta);
    if (rounded > 0) {
        return QStringLiteral("\u2191%1").arg(rounded);
    }
    if (rounded < 0) {
        return QStringLiteral("\u2193%1").arg(-rounded);
    }
    return QStringLiteral("\u00B10");
}

// `text` broken into at most `maxLines` lines of `width`, the last one elided if it must be.
QStringList fitLines(const QString& text, const QFont& font, const QPaintDevice* device, qreal width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font, const_cast<QPaintDevice*>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QFontMetricsF metrics(font, const_cast<QPaintDevice*>(device));
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

void hatch(QPainter& painter, const QRectF& cell, const QColor& colour, qreal spacing)
{
    // The stripes are cut to the cell as geometry, not by a clip: an SVG generator ignores clips,
    // and every format must show the same picture.
    const qreal width = spacing * 0.18 * std::sqrt(2.0); // a stripe's width along the cell's edge
    QPainterPath stripes;
    for (qreal x = cell.left() - cell.height(); x < cell.right(); x += spacing) {
        QPolygonF stripe;
        stripe << QPointF(x - width / 2, cell.bottom()) << QPointF(x + width / 2, cell.bottom())
               << QPointF(x + cell.height() + width / 2, cell.top())
               << QPointF(x + cell.height() - width / 2, cell.top());
        stripes.addPolygon(stripe);
        stripes.closeSubpath();
    }
    QPainterPath bounds;
    bounds.addRect(cell);
    painter.fillPath(stripes.intersected(bounds), colour);
}

void triangle(QPainter& painter, const QRectF& cell, qreal size, const QColor& colour)
{
    QPainterPath path;
    path.moveTo(cell.right() - size, cell.top());
    path.lineTo(cell.right(), cell.top());
    path.lineTo(cell.right(), cell.top() + size);
    path.closeSubpath();
    painter.fillPath(path, colour);
}

QColor hatchColourOn(bool darkFill)
{
    return darkFill ? QColor(255, 255, 255, 150) : lowCoverageBrush().color();
}

bool isDark(const std::optional<Band>& band)
{
    return band && (*band == Band::High || *band == Band::Critical);
}

// The gap-to-target view: blue for a met target and deep orange for one still to close, a pair
// that colour-blind readers tell apart, pale against dark in greyscale.
QColor gapOpenColour()
{
    return bandColour(Band::High);
}

QColor gapOpenTextColour()
{
    return textColourOn(Band::High);
}

QColor targetMetColour()
{
    return QColor(0xCF, 0xE3, 0xF3); // pale blue
}

QColor noTargetColour()
{
    return shadeColour();
}

// The target's mark: a thin track along the bottom edge of `cell` (0 at its left, 100 at its
// right) and a pointer standing on it at `target`, in the cell's ink with a margin of its fill.
void targetPointer(QPainter& painter, const QRectF& cell, double target, const QColor& ink, const QColor& fill,
                   qreal unit)
{
    const qreal inset = std::min(0.25 * unit, cell.width() * 0.12);
    const qreal left = cell.left() + inset;
    const qreal width = cell.width() - 2 * inset;
    const qreal trackY = cell.bottom() - 0.14 * unit;
    painter.save();
    QColor track = ink;
    track.setAlphaF(0.55);
    QPen pen(track, 0.08 * unit);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(QPointF(left, trackY), QPointF(left + width, trackY));
    const qreal x = left + width * std::clamp(target, 0.0, 100.0) / 100.0;
    const qreal half = 0.24 * unit;
    const qreal height = 0.36 * unit;
    QPainterPath pointer; // a triangle pointing down at the target, and a stem through the track
    pointer.moveTo(x - half, trackY - height - 0.06 * unit);
    pointer.lineTo(x + half, trackY - height - 0.06 * unit);
    pointer.lineTo(x + 0.05 * unit, trackY - 0.06 * unit);
    pointer.lineTo(x + 0.05 * unit, trackY + 0.1 * unit);
    pointer.lineTo(x - 0.05 * unit, trackY + 0.1 * unit);
    pointer.lineTo(x - 0.05 * unit, trackY - 0.06 * unit);
    pointer.closeSubpath();
    QPen halo(fill, 0.12 * unit);
    halo.setJoinStyle(Qt::MiterJoin);
    painter.strokePath(pointer, halo);
    painter.fillPath(pointer, ink);
    painter.restore();
}

void changeBadge(QPainter& painter, const QRectF& area, const QString& text, const QColor& colour, const QFont& font)
{
    const QFontMetricsF metrics(font, painter.device());
    const qreal height = metrics.height();
    const qreal width = metrics.horizontalAdvance(text) + height * 0.7;
    const QRectF pill(area.center().x() - width / 2, area.top(), width, height);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(pill, height / 2, height / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace lastmile::render::marks
