// SPDX-License-Identifier: Apache-2.0
#include "png_writer.h"

#include <QtEndian>
#include <vector>
#include <zlib.h>

namespace lastmile::render {

namespace {

constexpr unsigned char kSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
constexpr unsigned char kFilterUp = 2;

void appendChunk(QByteArray& out, const char type[4], const unsigned char* data, std::size_t size)
{
    unsigned char length[4];
    qToBigEndian<quint32>(quint32(size), length);
    out.append(reinterpret_cast<const char*>(length), 4);
    out.append(type, 4);
    uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(type), 4);
    if (size > 0) {
        out.append(reinterpret_cast<const char*>(data), qsizetype(size));
        crc = crc32(crc, data, uInt(size));
    }
    unsigned char sum[4];
    qToBigEndian<quint32>(quint32(crc), sum);
    out.append(reinterpret_cast<const char*>(sum), 4);
}

} // namespace

QByteArray encodeOpaquePng(const QImage& source)
{
    if (source.isNull()) {
        return {};
    }
    const QImage image =
        source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    const int width = image.width();
    const int height = image.height();
    const std::size_t rowBytes = std::size_t(width) * 3;

    QByteArray out(reinterpret_cast<const char*>(kSignature), sizeof kSignature);
    unsigned char header[13];
    qToBigEndian<quint32>(quint32(width), header);
    qToBigEndian<quint32>(quint32(height), header + 4);
    header[8] = 8;  // bits per channel
    header[9] = 2;  // colour type: RGB
    header[10] = 0; // deflate
    header[11] = 0; // adaptive filtering, one filter byte per row
    header[12] = 0; // not interlaced
    appendChunk(out, "IHDR", header, sizeof header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        unsigned char physical[9];
        qToBigEndian<quint32>(quint32(image.dotsPerMeterX()), physical);
        qToBigEndian<quint32>(quint32(image.dotsPerMeterY()), physical + 4);
        physical[8] = 1; // metres
        appendChunk(out, "pHYs", physical, sizeof physical);
    }

    z_stream stream{};
    if (deflateInit(&stream, Z_BEST_SPEED) != Z_OK) {
        return {};
    }
    std::vector<unsigned char> compressed(deflateBound(&stream, uLong((rowBytes + 1) * std::size_t(height))));
    stream.next_out = compressed.data();
    stream.avail_out = uInt(compressed.size());
    std::vector<unsigned char> previous(rowBytes, 0); // "Up" above the first row is zero
    std::vector<unsigned char> current(rowBytes);
    std::vector<unsigned char> row(rowBytes + 1);
    row[0] = kFilterUp;
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            unsigned char* rgb = current.data() + std::size_t(x) * 3;
            rgb[0] = static_cast<unsigned char>(qRed(pixels[x]));
            rgb[1] = static_cast<unsigned char>(qGreen(pixels[x]));
            rgb[2] = static_cast<unsigned char>(qBlue(pixels[x]));
        }
        for (std::size_t i = 0; i < rowBytes; ++i) {
            row[i + 1] = static_cast<unsigned char>(current[i] - previous[i]);
        }
        previous.swap(current);
        stream.next_in = row.data();
        stream.avail_in = uInt(row.size());
        const bool last = y + 1 == height;
        const int result = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
        ok = result != Z_STREAM_ERROR && (!last || result == Z_STREAM_END);
    }
    ok = ok && stream.avail_in == 0;
    const std::size_t used = compressed.size() - stream.avail_out;
    deflateEnd(&stream);
    if (!ok) {
        return {};
    }
    appendChunk(out, "IDAT", compressed.data(), used);
    appendChunk(out, "IEND", nullptr, 0);
    return out;
}

} // namespace lastmile::render
