// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QPDF;

namespace lastmile::render {

// Qt writes a font's character map (ToUnicode) for characters of the Basic Multilingual Plane
// only, so an emoji drawn in an outline font is visible in the PDF but missing from its text
// (search, copy, pdftotext). This adds the missing entries: every glyph of an embedded font that
// is not mapped is compared, byte for byte, with the glyphs of `families` that only characters
// outside that plane reach, and mapped to that character when one matches.
void addAstralTextMappings(QPDF& document, const QStringList& families);

} // namespace lastmile::render
