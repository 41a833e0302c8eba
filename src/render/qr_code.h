// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <vector>

class QImage;
class QPainter;
class QRectF;

namespace lastmile::render {

// A QR code as its modules: `size` × `size`, row by row, true for a dark module, as encodeQr
// (qr_encode.h, libqrencode) makes it; painting it needs QtGui only.
struct QrCode
{
    int size = 0;
    std::vector<bool> dark;

    bool isDark(int x, int y) const { return dark.at(static_cast<std::size_t>(y * size + x)); }
};

// Paints `code` centred in `rect` as a square, white background included, with the quiet zone
// of 4 modules the standard asks for; modules are whole device pixels when the square allows,
// so that phone cameras read it from the back of a room.
void paintQr(QPainter& painter, const QRectF& rect, const QrCode& code);

// `code` as a black-on-white image, `moduleSize` pixels a module, quiet zone included.
QImage qrImage(const QrCode& code, int moduleSize);

} // namespace lastmile::render
