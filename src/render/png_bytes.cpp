// SPDX-License-Identifier: Apache-2.0
#include "png_bytes.h"

#include <png.h>
#include <utility>

namespace lastmile::render {

std::optional<QByteArray> pngBytes(QImage image)
{
    if (image.isNull()) {
        return std::nullopt;
    }
    const bool alpha = image.hasAlphaChannel();
    const QImage pixels = std::move(image).convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    png.width = static_cast<png_uint_32>(pixels.width());
    png.height = static_cast<png_uint_32>(pixels.height());
    png.format = alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
    png.flags = PNG_IMAGE_FLAG_FAST;
    const auto stride = static_cast<png_int_32>(pixels.bytesPerLine()); // in samples: bytes at 8 bits
    // The largest the file can be; pages of it that are never written cost no memory.
    png_alloc_size_t size = PNG_IMAGE_PNG_SIZE_MAX(png);
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (!png_image_write_to_memory(&png, bytes.data(), &size, 0, pixels.constBits(), stride, nullptr)) {
        png_image_free(&png);
        return std::nullopt;
    }
    bytes.truncate(static_cast<qsizetype>(size));
    bytes.squeeze();
    return bytes;
}

} // namespace lastmile::render
