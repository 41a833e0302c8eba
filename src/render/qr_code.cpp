// SPDX-License-Identifier: Apache-2.0
#include "qr_code.h"

#include <QImage>
#include <QPainter>
#include <QRectF>
#include <cmath>

namespace lastmile::render {

namespace {

constexpr int kQuietZone = 4;

} // namespace

void paintQr(QPainter& painter, const QRectF& rect, const QrCode& code)
{
    const int modules = code.size + 2 * kQuietZone;
    const double side = std::min(rect.width(), rect.height());
    // Whole pixels per module when the square is at least one pixel a module.
    const double module = side >= modules ? std::floor(side / modules) : side / modules;
    const double extent = module * modules;
    const QPointF origin(std::round(rect.center().x() - extent / 2), std::round(rect.center().y() - extent / 2));
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(extent, extent)), Qt::white);
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size; ++x) {
            if (code.isDark(x, y)) {
                painter.fillRect(QRectF(origin.x() + (x + kQuietZone) * module, origin.y() + (y + kQuietZone) * module,
                                        module, module),
                                 Qt::black);
            }
        }
    }
    painter.restore();
}

QImage qrImage(const QrCode& code, int moduleSize)
{
    const int side = (code.size + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintQr(painter, QRectF(0, 0, side, side), code);
    return image;
}

} // namespace lastmile::render
