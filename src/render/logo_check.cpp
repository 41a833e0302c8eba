// SPDX-License-Identifier: Apache-2.0
#include "logo_check.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QSvgRenderer>

namespace lastmile::render {

namespace {

// The context of this file's words in the translations.
class LogoCheckText
{
    Q_DECLARE_TR_FUNCTIONS(LogoCheckText)
};

} // namespace

LogoCheck checkLogo(const QByteArray& bytes)
{
    if (bytes.size() > kMaxLogoBytes) {
        return {{}, LogoCheckText::tr("the logo is larger than 5 MB")};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (format == "png" || format == "jpeg" || format == "jpg") {
        const QSize size = reader.size();
        if (!size.isValid() || reader.read().isNull()) {
            return {{}, LogoCheckText::tr("the logo is not a readable image")};
        }
        if (size.width() > kMaxLogoSide || size.height() > kMaxLogoSide) {
            return {{}, LogoCheckText::tr("the logo is larger than 4096 pixels on a side")};
        }
        return {format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"), {}};
    }
    const QByteArray head = bytes.left(1024).trimmed();
    if (head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg")) {
        QSvgRenderer svg(bytes);
        if (!svg.isValid()) {
            return {{}, LogoCheckText::tr("the logo is not a readable SVG image")};
        }
        const QSize size = svg.defaultSize();
        if (size.width() > kMaxLogoSide || size.height() > kMaxLogoSide) {
            return {{}, LogoCheckText::tr("the logo is larger than 4096 pixels on a side")};
        }
        return {QStringLiteral("image/svg+xml"), {}};
    }
    return {{}, LogoCheckText::tr("the logo is not a PNG, JPEG or SVG image")};
}

} // namespace lastmile::render
