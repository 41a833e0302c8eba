// SPDX-License-Identifier: Apache-2.0
#include "png_writer.h"

#include <QtEndian>
#include <algorithm>
#include <cstdint>
#include <thread>
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

constexpr int kMinBandRows = 256; // smaller bands cost more in thread start-up than they save

// One band of rows, compressed as raw deflate data.
struct Band
{
    std::vector<unsigned char> data;
    uLong adler = 0; // adler32 of the filtered rows
    std::size_t length = 0;
    bool ok = false;
};

// Filters rows [first, last) of an RGB32 image with "Up" (the row above `first` included, so
// bands join seamlessly) and compresses them at zlib's fastest level; the last band finishes the
// deflate stream.
Band compressBand(const QImage& image, int first, int last, bool final)
{
    Band band;
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return band;
    }
    const int width = image.width();
    const std::size_t rowBytes = std::size_t(width) * 3;
    band.length = (rowBytes + 1) * std::size_t(last - first);
    band.data.resize(deflateBound(&stream, uLong(band.length)) + 16);
    stream.next_out = band.data.data();
    stream.avail_out = uInt(band.data.size());
    band.adler = adler32(0L, Z_NULL, 0);

    const auto toRgb = [width](const QImage& from, int y, unsigned char* rgb) {
        const auto* pixels = reinterpret_cast<const QRgb*>(from.constScanLine(y));
        for (int x = 0; x < width; ++x, rgb += 3) {
            rgb[0] = static_cast<unsigned char>(qRed(pixels[x]));
            rgb[1] = static_cast<unsigned char>(qGreen(pixels[x]));
            rgb[2] = static_cast<unsigned char>(qBlue(pixels[x]));
        }
    };
    std::vector<unsigned char> previous(rowBytes, 0); // "Up" above the first row is zero
    if (first > 0) {
        toRgb(image, first - 1, previous.data());
    }
    std::vector<unsigned char> current(rowBytes);
    std::vector<unsigned char> row(rowBytes + 1);
    row[0] = kFilterUp;
    bool ok = true;
    for (int y = first; y < last && ok; ++y) {
        toRgb(image, y, current.data());
        for (std::size_t i = 0; i < rowBytes; ++i) {
            row[i + 1] = static_cast<unsigned char>(current[i] - previous[i]);
        }
        previous.swap(current);
        band.adler = adler32(band.adler, row.data(), uInt(row.size()));
        stream.next_in = row.data();
        stream.avail_in = uInt(row.size());
        ok = deflate(&stream, Z_NO_FLUSH) != Z_STREAM_ERROR && stream.avail_in == 0;
    }
    const int result = deflate(&stream, final ? Z_FINISH : Z_SYNC_FLUSH);
    ok = ok && (final ? result == Z_STREAM_END : result == Z_OK);
    band.data.resize(band.data.size() - stream.avail_out);
    deflateEnd(&stream);
    band.ok = ok;
    return band;
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

    // Bands of rows are compressed on threads of their own as raw deflate streams and joined
    // into one zlib stream, as pigz does: each band but the last ends on a byte boundary
    // (Z_SYNC_FLUSH), the last ends the stream, and the checksums are combined.
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    const int bands = std::clamp(height / kMinBandRows, 1, threads);
    std::vector<Band> results(std::size_t(bands), Band{});
    std::vector<std::thread> workers;
    for (int band = 0; band < bands; ++band) {
        const int first = int(std::int64_t(height) * band / bands);
        const int last = int(std::int64_t(height) * (band + 1) / bands);
        const auto work = [&image, &results, band, first, last, bands] {
            results[std::size_t(band)] = compressBand(image, first, last, band + 1 == bands);
        };
        if (band + 1 == bands) {
            work(); // the last band on this thread
        } else {
            workers.emplace_back(work);
        }
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    QByteArray idat("\x78\x01", 2); // deflate, 32 KiB window, fastest level
    uLong adler = adler32(0L, Z_NULL, 0);
    for (const Band& band : results) {
        if (!band.ok) {
            return {};
        }
        idat.append(reinterpret_cast<const char*>(band.data.data()), qsizetype(band.data.size()));
        adler = adler32_combine(adler, band.adler, z_off_t(band.length));
    }
    unsigned char checksum[4];
    qToBigEndian<quint32>(quint32(adler), checksum);
    idat.append(reinterpret_cast<const char*>(checksum), 4);
    appendChunk(out, "IDAT", reinterpret_cast<const unsigned char*>(idat.constData()), std::size_t(idat.size()));
    appendChunk(out, "IEND", nullptr, 0);
    return out;
}

} // namespace lastmile::render
