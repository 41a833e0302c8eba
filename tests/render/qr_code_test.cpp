// SPDX-License-Identifier: Apache-2.0
#include "render/qr_encode.h"

#include <QPainter>
#include <catch2/catch.hpp>

using namespace lastmile::render;

namespace {

// A finder pattern: the 7x7 square with its 3x3 centre at each of three corners.
bool hasFinder(const QrCode& code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(left + x, top + y) != (ring || centre)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

TEST_CASE("a join address becomes a small QR code with its three finder patterns", "[render][qr]")
{
    const auto code = encodeQr("http://192.168.100.200:54321/?code=ABCDEFGHJKM");
    REQUIRE(code);
    CHECK(code->size == 33); // version 4 at level M for 47 bytes
    CHECK(hasFinder(*code, 0, 0));
    CHECK(hasFinder(*code, code->size - 7, 0));
    CHECK(hasFinder(*code, 0, code->size - 7));
    CHECK_FALSE(hasFinder(*code, code->size - 7, code->size - 7));
}

TEST_CASE("text too long for any QR code gives none", "[render][qr]")
{
    CHECK_FALSE(encodeQr(QByteArray(5000, 'a')));
}

TEST_CASE("the QR image has whole-pixel modules and a white quiet zone of four modules", "[render][qr]")
{
    const auto code = encodeQr("http://127.0.0.1:8080/?code=ABCDEFGHJKM");
    REQUIRE(code);
    const QImage image = qrImage(*code, 5);
    CHECK(image.width() == (code->size + 8) * 5);
    for (int i = 0; i < 4 * 5; ++i) {
        CHECK(image.pixelColor(i, i) == QColor(Qt::white));
    }
    for (int y = 0; y < code->size; ++y) {
        for (int x = 0; x < code->size; ++x) {
            const QColor pixel = image.pixelColor((x + 4) * 5 + 2, (y + 4) * 5 + 2);
            REQUIRE(pixel == (code->isDark(x, y) ? QColor(Qt::black) : QColor(Qt::white)));
        }
    }
}
