// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "qr_code.h"

#include <QByteArray>
#include <optional>

namespace lastmile::render {

// The smallest code holding `text` (UTF-8 bytes, 8-bit mode), made with libqrencode at error
// correction level M (15 % of the code may be covered or smudged). Nothing when it does not fit
// in a QR code (more than 2,331 bytes at level M) or libqrencode fails. In lastmile_render_qr:
// the desktop app reaches it through the voting module (modules::encodeQr).
std::optional<QrCode> encodeQr(const QByteArray& text);

} // namespace lastmile::render
