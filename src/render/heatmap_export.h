// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export_result.h"
#include "heatmap_painter.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace lastmile::render {

// The line exported heatmaps carry above them: "Northgate Distribution · 2026-Q3 workshop", with
// "compared with 2026-Q1 workshop" in the delta view; `organization` may be empty.
QString heatmapCaption(const QString& organization, const HeatmapData& data, bool delta);

// The heatmap as an opaque 24-bit image (Format_RGB888) on white, at `devicePixelRatio` pixels
// per logical pixel (2 gives sharp slides and retina screens), for PNG files and the clipboard,
// under options.caption if any.
QImage heatmapImage(const HeatmapData& data, const HeatmapOptions& options = {}, qreal devicePixelRatio = 2.0);
// The heatmap as an SVG document (vector, with selectable text), for files, HTML and the clipboard.
QByteArray heatmapSvg(const HeatmapData& data, const HeatmapOptions& options = {}, const QString& title = {});

// Write the heatmap to `path` atomically; nothing is left behind on failure.
ExportResult writeHeatmapPng(const QString& path, const HeatmapData& data, const HeatmapOptions& options = {});
ExportResult writeHeatmapSvg(const QString& path, const HeatmapData& data, const HeatmapOptions& options = {});

} // namespace lastmile::render
