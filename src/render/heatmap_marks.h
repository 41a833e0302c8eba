// SPDX-License-Identifier: Apache-2.0
// Internal to src/render: the small marks the heatmap painter draws in its cells.
#pragma once

#include "core/band.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

class QPaintDevice;
class QPainter;

namespace lastmile::render::marks {

QString scoreText(double score);
QString deltaText(double delta);
QStringList fitLines(const QString& text, const QFont& font, const QPaintDevice* device, qreal width, int maxLines);
void hatch(QPainter& painter, const QRectF& cell, const QColor& colour, qreal spacing);
void triangle(QPainter& painter, const QRectF& cell, qreal size, const QColor& colour);
QColor hatchColourOn(bool darkFill);
bool isDark(const std::optional<Band>& band);
QColor gapOpenColour();
QColor gapOpenTextColour();
QColor targetMetColour();
QColor noTargetColour();
// The change since the compared round as white text on a small pill of `colour` (see
// changeColour), centred at the top of `area`; readable on every band.
void changeBadge(QPainter& painter, const QRectF& area, const QString& text, const QColor& colour, const QFont& font);
void targetPointer(QPainter& painter, const QRectF& cell, double target, const QColor& ink, const QColor& fill,
                   qreal unit);

} // namespace lastmile::render::marks
