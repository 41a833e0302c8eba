// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace lastmile::render {

inline constexpr qint64 kMaxLogoBytes = 5 * 1024 * 1024;
inline constexpr int kMaxLogoSide = 4096;

// A logo a report can use: PNG, JPEG or SVG, at most 5 MB and 4096 pixels a side.
struct LogoCheck
{
    QString mime;  // "image/png", "image/jpeg", "image/svg+xml"; empty when refused
    QString error; // why it was refused, a sentence without the file name
};

LogoCheck checkLogo(const QByteArray& bytes);

} // namespace lastmile::render
