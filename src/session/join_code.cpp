// SPDX-License-Identifier: Apache-2.0
#include "join_code.h"

#include <QRandomGenerator>
#include <array>
#include <cstring>

namespace lastmile::session {

namespace {

constexpr int kAlphabetSize = sizeof(kJoinCodeAlphabet) - 1;
static_assert(kAlphabetSize == 31);

} // namespace

QString makeJoinCode()
{
    QString code;
    code.reserve(kJoinCodeLength);
    for (int i = 0; i < kJoinCodeLength; ++i) {
        // bounded() rejects the values that would make some symbols likelier than others.
        code += QLatin1Char(kJoinCodeAlphabet[QRandomGenerator::system()->bounded(kAlphabetSize)]);
    }
    return code;
}

QString normalizeJoinCode(const QString& typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            continue;
        }
        const QChar upper = c.toUpper();
        if (upper.isNull() || upper.unicode() > 127 || !std::strchr(kJoinCodeAlphabet, upper.toLatin1())) {
            return {};
        }
        code += upper;
    }
    return code;
}

QString groupedJoinCode(const QString& code)
{
    QString grouped;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            grouped += QLatin1Char('-');
        }
        grouped += code.at(i);
    }
    return grouped;
}

QString makeToken()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QString token;
    for (const quint32 word : words) {
        token += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    }
    return token;
}

bool isTokenShape(const QString& token)
{
    if (token.size() != 32) {
        return false;
    }
    for (const QChar c : token) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

} // namespace lastmile::session
