// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QImage>

namespace lastmile::render {

// Encodes an opaque image as an 8-bit RGB PNG (IHDR, pHYs from the image's dots per metre,
// IDAT, IEND), fast: every row is filtered with PNG's "Up" filter and compressed at zlib's
// fastest level, bands of rows on threads of their own (up to four). Made for pictures of flat colour cells and text
// (heatmaps, charts), where it is several times faster than a general encoder for a file of about the same size. Any
// format is converted to RGB first; alpha is dropped. An empty QByteArray when the image is null.
QByteArray encodeOpaquePng(const QImage& image);

} // namespace lastmile::render
