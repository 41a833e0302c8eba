// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Shortening text for display without breaking a character. Text is cut only between grapheme
// clusters (Unicode UAX #29: a letter with its accents, an emoji with its modifiers and joiners, a
// flag), so a shortened name never ends in half a surrogate pair or a lone accent, which would
// print as U+FFFD. Every place that shortens user text uses these (or Qt's own elision, which
// also cuts by grapheme).
namespace lastmile::text {

// The terminal columns `text` takes: 2 for a wide grapheme (CJK ideographs and syllables,
// full-width forms, emoji), 1 for any other, 0 for an empty string.
int displayColumns(const QString& text);

// `text` if it fits in `columns` terminal columns; otherwise its longest leading whole graphemes
// that fit together with a trailing "…" (one column). `columns` below 1 gives an empty string.
QString elideToColumns(const QString& text, int columns);

// elideToColumns(), then spaces on the right up to exactly `columns` columns.
QString padToColumns(const QString& text, int columns);

// The first `count` graphemes of `text` (all of it when it has fewer), with no mark.
QString leftGraphemes(const QString& text, int count);

// `text` if it has at most `count` graphemes; otherwise its first `count - 1` graphemes and "…".
QString elideGraphemes(const QString& text, int count);

} // namespace lastmile::text
