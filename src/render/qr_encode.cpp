// SPDX-License-Identifier: Apache-2.0
#include "qr_encode.h"

#include <qrencode.h>

namespace lastmile::render {

std::optional<QrCode> encodeQr(const QByteArray& text)
{
    QRcode* encoded = QRcode_encodeData(static_cast<int>(text.size()),
                                        reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M);
    if (!encoded) {
        return std::nullopt;
    }
    QrCode code;
    code.size = encoded->width;
    code.dark.resize(static_cast<std::size_t>(code.size * code.size));
    for (std::size_t i = 0; i < code.dark.size(); ++i) {
        code.dark[i] = (encoded->data[i] & 1) != 0; // bit 0: dark module
    }
    QRcode_free(encoded);
    return code;
}

} // namespace lastmile::render
