// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QPDF;

namespace lastmile::render {

// Qt writes a font's character map (ToUnicode) for characters of the Basic Multilingual Plane
// only, so an emoji drawn in an outline font is visible in the PDF but missing from its text
// (search, copy, pdftotext). This adds the missing entries: every unmapped glyph of an embedded
// font of `families` (found by name) is compared, by its number of contours and its bounding box
// in font units, with the glyphs that characters outside that plane reach in the installed font,
// and mapped to that character when one matches.
void addAstralTextMappings(QPDF& document, const QStringList& families);

} // namespace lastmile::render
