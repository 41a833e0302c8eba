// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <optional>
#include <vector>

class QPainter;

namespace lastmile::render {

// A QR code as its modules: `size` × `size`, row by row, true for a dark module. Made with
// libqrencode at error correction level M (15 % of the code may be covered or smudged).
struct QrCode
{
    int size = 0;
    std::vector<bool> dark;

    bool isDark(int x, int y) const { return dark.at(static_cast<std::size_t>(y * size + x)); }
};

// The smallest code holding `text` (UTF-8 bytes, 8-bit mode). Nothing when it does not fit in a
// QR code (more than 2,331 bytes at level M) or libqrencode fails.
std::optional<QrCode> encodeQr(const QByteArray& text);

// Paints `code` centred in `rect` as a square, white background included, with the quiet zone
// of 4 modules the standard asks for; modules are whole device pixels when the square allows,
// so that phone cameras read it from the back of a room.
void paintQr(QPainter& painter, const QRectF& rect, const QrCode& code);

// `code` as a black-on-white image, `moduleSize` pixels a module, quiet zone included.
QImage qrImage(const QrCode& code, int moduleSize);

} // namespace lastmile::render
