// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace lastmile::session {

// The 31 symbols a join code is made of: digits and capital letters without 0, O, 1, I and L,
// which read alike on a projector.
inline constexpr char kJoinCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kJoinCodeLength = 11; // 11 * log2(31) = 54.5 bits, at least the 50 asked for

// A new join code of kJoinCodeLength symbols from the system's random generator
// (QRandomGenerator::system(), the operating system's entropy source).
QString makeJoinCode();

// The code a participant typed or scanned, as the server compares it: capitals, without the
// spaces and dashes the projector groups it with. Returns an empty string when a character is
// outside the alphabet (an O, a 1, anything else).
QString normalizeJoinCode(const QString& typed);

// The code grouped for reading aloud and typing: "ABCD-EFGH-JKM".
QString groupedJoinCode(const QString& code);

// A participant token: 128 bits from the system's random generator, as 32 lower-case hex digits.
QString makeToken();

// True when `token` has the shape makeToken() produces.
bool isTokenShape(const QString& token);

} // namespace lastmile::session
