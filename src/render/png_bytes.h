// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QImage>
#include <optional>

namespace lastmile::render {

// `image` as the bytes of an 8-bit PNG file of the image's pixel size, written by libpng: RGB for
// a format without alpha, RGBA for one with it, tagged sRGB (what QPainter draws in). Rows are stored unfiltered at a
// light zlib level (libpng's PNG_IMAGE_FLAG_FAST): for drawings of flat colour (heatmaps, charts, QR codes) that is
// several times faster than Qt's writer, which tries every filter on every row, and the file is no larger. An image
// handed over (a temporary, or std::move) is converted in place, without a copy. Returns no bytes for a null image, or
// when libpng refuses it (no memory, too large).
std::optional<QByteArray> pngBytes(QImage image);

} // namespace lastmile::render
