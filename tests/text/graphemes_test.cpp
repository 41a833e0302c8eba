// SPDX-License-Identifier: Apache-2.0
// Cutting text for display between whole characters (grapheme clusters), measured in terminal
// columns: never half a surrogate pair, a lone accent or half an emoji sequence.
#include "text/graphemes.h"

#include <catch2/catch.hpp>

using namespace lastmile::text;

namespace {

// "e" followed by a combining diaeresis: one character on screen, two code units.
const QString kDecomposedE = QStringLiteral("e\u0308");
// A thumbs-up with a skin tone: one character, four UTF-16 code units.
const QString kThumbsUp = QStringLiteral("\U0001F44D\U0001F3FD");
// A family joined by zero-width joiners: one character.
const QString kFamily = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
// The flag of Germany: two regional indicators, one character.
const QString kFlag = QStringLiteral("\U0001F1E9\U0001F1EA");

// No lone surrogate: a lone one would not survive the round trip through UTF-8.
bool wellFormed(const QString& text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

} // namespace

TEST_CASE("displayColumns: wide characters take two columns, accents none of their own")
{
    CHECK(displayColumns(QString()) == 0);
    CHECK(displayColumns(QStringLiteral("abc")) == 3);
    CHECK(displayColumns(QStringLiteral("Zo") + kDecomposedE) == 3);
    CHECK(displayColumns(QStringLiteral("日本")) == 4);
    CHECK(displayColumns(QStringLiteral("한국어")) == 6);
    CHECK(displayColumns(kThumbsUp) == 2);
    CHECK(displayColumns(kFamily) == 2);
    CHECK(displayColumns(QStringLiteral("ＡＢ")) == 4); // full-width forms
}

TEST_CASE("elideToColumns: keeps text that fits, else whole characters and an ellipsis")
{
    CHECK(elideToColumns(QStringLiteral("short"), 10) == QStringLiteral("short"));
    CHECK(elideToColumns(QStringLiteral("exactly"), 7) == QStringLiteral("exactly"));
    CHECK(elideToColumns(QStringLiteral("too long by far"), 8) == QStringLiteral("too lon…"));
    CHECK(elideToColumns(QStringLiteral("anything"), 0).isEmpty());
    CHECK(elideToColumns(QStringLiteral("anything"), -3).isEmpty());
    CHECK(elideToColumns(QStringLiteral("anything"), 1) == QStringLiteral("…"));

    // A wide character that would straddle the limit is left out whole.
    CHECK(elideToColumns(QStringLiteral("日本語の文"), 6) == QStringLiteral("日本…"));
    // The accent stays with its letter.
    const QString name = QStringLiteral("Zo") + kDecomposedE + QStringLiteral(" Müller");
    CHECK(elideToColumns(name, 4) == QStringLiteral("Zo") + kDecomposedE + QStringLiteral("…"));
    // Emoji sequences are kept or dropped whole.
    const QString emoji = kThumbsUp + kFamily + kFlag + QStringLiteral("x");
    CHECK(elideToColumns(emoji, 5) == kThumbsUp + kFamily + QStringLiteral("…"));
    CHECK(elideToColumns(emoji, 4) == kThumbsUp + QStringLiteral("…"));
    for (int columns = 0; columns <= 8; ++columns) {
        const QString cut = elideToColumns(emoji, columns);
        CHECK(wellFormed(cut));
        CHECK(displayColumns(cut) <= columns);
    }
}

TEST_CASE("padToColumns: exactly the columns asked for")
{
    CHECK(padToColumns(QStringLiteral("ab"), 5) == QStringLiteral("ab   "));
    CHECK(padToColumns(QStringLiteral("日本"), 5) == QStringLiteral("日本 "));
    CHECK(displayColumns(padToColumns(QStringLiteral("日本語の文"), 5)) == 5);
    CHECK(padToColumns(QStringLiteral("abcdef"), 4) == QStringLiteral("abc…"));
}

TEST_CASE("leftGraphemes and elideGraphemes count characters, not code units")
{
    const QString text = kFlag + kDecomposedE + QStringLiteral("ab");
    CHECK(leftGraphemes(text, 1) == kFlag);
    CHECK(leftGraphemes(text, 2) == kFlag + kDecomposedE);
    CHECK(leftGraphemes(text, 10) == text);
    CHECK(leftGraphemes(text, 0).isEmpty());

    CHECK(elideGraphemes(text, 4) == text);
    CHECK(elideGraphemes(text, 3) == kFlag + kDecomposedE + QStringLiteral("…"));
    CHECK(elideGraphemes(kThumbsUp + kThumbsUp + kThumbsUp, 2) == kThumbsUp + QStringLiteral("…"));
}
