// SPDX-License-Identifier: Apache-2.0
#include "base64.h"

namespace lastmile::storage {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

} // namespace

std::string encodeBase64(const std::vector<unsigned char>& bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t left = bytes.size() - i;
        const unsigned chunk = (unsigned(bytes[i]) << 16) | (left > 1 ? unsigned(bytes[i + 1]) << 8 : 0u) |
                               (left > 2 ? unsigned(bytes[i + 2]) : 0u);
        out += kAlphabet[(chunk >> 18) & 63];
        out += kAlphabet[(chunk >> 12) & 63];
        out += left > 1 ? kAlphabet[(chunk >> 6) & 63] : '=';
        out += left > 2 ? kAlphabet[chunk & 63] : '=';
    }
    return out;
}

std::optional<std::vector<unsigned char>> decodeBase64(std::string_view text)
{
    if (text.size() % 4 != 0) {
        return std::nullopt;
    }
    std::vector<unsigned char> out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int padding = last ? (text[i + 3] == '=') + (text[i + 2] == '=' && text[i + 3] == '=') : 0;
        unsigned chunk = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const int value = k >= 4 - std::size_t(padding) ? 0 : valueOf(text[i + k]);
            if (value < 0) {
                return std::nullopt;
            }
            chunk = (chunk << 6) | unsigned(value);
        }
        out.push_back(static_cast<unsigned char>(chunk >> 16));
        if (padding < 2) {
            out.push_back(static_cast<unsigned char>((chunk >> 8) & 0xFF));
        }
        if (padding < 1) {
            out.push_back(static_cast<unsigned char>(chunk & 0xFF));
        }
    }
    return out;
}

} // namespace lastmile::storage
