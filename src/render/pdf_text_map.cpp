// SPDX-License-Identifier: Apache-2.0
#include "pdf_text_map.h"

#include <QFont>
#include <QPainterPath>
#include <QRawFont>
#include <QString>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <map>
#include <optional>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <set>
#include <string>
#include <vector>

namespace lastmile::render {

namespace {

std::uint32_t readU32(const std::string& data, std::size_t at)
{
    if (at + 4 > data.size()) {
        return 0;
    }
    const auto byte = [&](std::size_t i) { return std::uint32_t(static_cast<unsigned char>(data[at + i])); };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

std::uint32_t readU16(const std::string& data, std::size_t at)
{
    if (at + 2 > data.size()) {
        return 0;
    }
    return std::uint32_t(static_cast<unsigned char>(data[at])) << 8 | static_cast<unsigned char>(data[at + 1]);
}

// The outline data of each glyph of a TrueType font, from its 'head', 'loca' and 'glyf' tables.
std::vector<std::string> glyphOutlines(const std::string& head, const std::string& loca, const std::string& glyf)
{
    std::vector<std::string> outlines;
    if (head.size() < 54) {
        return outlines;
    }
    const bool longOffsets = readU16(head, 50) == 1;
    const std::size_t count = longOffsets ? loca.size() / 4 : loca.size() / 2;
    for (std::size_t i = 0; i + 1 < count; ++i) {
        const std::size_t from = longOffsets ? readU32(loca, i * 4) : readU16(loca, i * 2) * 2;
        const std::size_t to = longOffsets ? readU32(loca, i * 4 + 4) : readU16(loca, i * 2 + 2) * 2;
        outlines.push_back(from < to && to <= glyf.size() ? glyf.substr(from, to - from) : std::string());
    }
    return outlines;
}

// The tables of a TrueType font file, by tag.
std::map<std::string, std::string> tables(const std::string& font)
{
    std::map<std::string, std::string> result;
    const std::uint32_t count = readU16(font, 4);
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t record = 12 + std::size_t(i) * 16;
        const std::uint32_t offset = readU32(font, record + 8);
        const std::uint32_t length = readU32(font, record + 12);
        if (record + 16 <= font.size() && std::size_t(offset) + length <= font.size()) {
            result[font.substr(record, 4)] = font.substr(offset, length);
        }
    }
    return result;
}

// What identifies a glyph in a font Qt has subset: its number of contours and its bounding box, in
// font units (Qt rewrites the outlines themselves when it subsets a font).
struct Signature
{
    int contours = 0;
    int xMin = 0, yMin = 0, xMax = 0, yMax = 0;

    bool matches(const Signature& other) const
    {
        const auto near = [](int a, int b) { return std::abs(a - b) <= 2; };
        return contours == other.contours && near(xMin, other.xMin) && near(yMin, other.yMin) &&
               near(xMax, other.xMax) && near(yMax, other.yMax);
    }
};

std::optional<Signature> signatureOf(const std::string& outline)
{
    if (outline.size() < 10) {
        return std::nullopt;
    }
    const auto s16 = [&](std::size_t at) { return int(std::int16_t(readU16(outline, at))); };
    return Signature{s16(0), s16(2), s16(4), s16(6), s16(8)};
}

// The glyphs of `family` (regular and bold) that characters outside the Basic Multilingual Plane
// reach, with their signatures. A glyph that a character of the plane reaches too is mapped by
// Qt already and never looked up here.
std::vector<std::pair<Signature, char32_t>> astralGlyphs(const QString& family)
{
    std::vector<std::pair<Signature, char32_t>> result;
    for (const bool bold : {false, true}) {
        QFont font(family);
        font.setBold(bold);
        QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid()) {
            continue;
        }
        raw.setPixelSize(raw.unitsPerEm()); // paths in font units
        for (char32_t c = 0x10000; c < 0x20000; ++c) {
            if (!raw.supportsCharacter(uint(c))) {
                continue;
            }
            const QList<quint32> glyphs = raw.glyphIndexesForString(QString::fromUcs4(&c, 1));
            if (glyphs.isEmpty() || glyphs.front() == 0) {
                continue;
            }
            const QPainterPath path = raw.pathForGlyph(glyphs.front());
            int contours = 0;
            for (int i = 0; i < path.elementCount(); ++i) {
                contours += path.elementAt(i).isMoveTo() ? 1 : 0;
            }
            const QRectF box = path.boundingRect(); // y grows downwards
            result.push_back({{contours, int(std::lround(box.left())), int(std::lround(-box.bottom())),
                               int(std::lround(box.right())), int(std::lround(-box.top()))},
                              c});
        }
    }
    return result;
}

// The glyph ids a ToUnicode map already maps ("<0001> <0003> ..." ranges and "<0004> <0041>" pairs).
std::set<std::uint32_t> mappedCids(const std::string& cmap)
{
    std::set<std::uint32_t> mapped;
    const auto hex = [&](std::size_t& at) -> std::optional<std::uint32_t> {
        const std::size_t open = cmap.find('<', at);
        const std::size_t close = open == std::string::npos ? open : cmap.find('>', open);
        if (close == std::string::npos) {
            return std::nullopt;
        }
        at = close + 1;
        return std::uint32_t(std::stoul(cmap.substr(open + 1, close - open - 1), nullptr, 16));
    };
    for (const char* section : {"beginbfrange", "beginbfchar"}) {
        const bool range = std::string(section) == "beginbfrange";
        for (std::size_t at = cmap.find(section); at != std::string::npos; at = cmap.find(section, at)) {
            const std::size_t end = cmap.find(range ? "endbfrange" : "endbfchar", at);
            at += std::string(section).size();
            while (at < end) {
                const std::size_t next = cmap.find('<', at);
                if (next == std::string::npos || next >= end) {
                    break;
                }
                const auto first = hex(at);
                const auto last = range ? hex(at) : first;
                if (!first || !last) {
                    break;
                }
                for (std::uint32_t cid = *first; cid <= *last && cid - *first < 0x10000; ++cid) {
                    mapped.insert(cid);
                }
                // Skip the destination: a <hex> string or, for a range, an array of them.
                const std::size_t bracket = cmap.find_first_of("[<", at);
                if (bracket != std::string::npos && cmap[bracket] == '[') {
                    at = cmap.find(']', bracket) + 1;
                } else {
                    hex(at);
                }
            }
        }
    }
    return mapped;
}

QString hex4(std::uint32_t value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
}

void addMappings(QPDFObjectHandle font, const QStringList& families,
                 std::map<QString, std::vector<std::pair<Signature, char32_t>>>& astral)
{
    if (!font.isDictionary() || !font.getKey("/Subtype").isNameAndEquals("/Type0") ||
        !font.getKey("/ToUnicode").isStream() || !font.getKey("/DescendantFonts").isArray()) {
        return;
    }
    // Only the report's own fallback fonts, found by name ("ABCDEF+Symbola").
    const QString baseFont =
        QString::fromStdString(font.getKey("/BaseFont").isName() ? font.getKey("/BaseFont").getName() : std::string());
    QString family;
    for (const QString& candidate : families) {
        if (baseFont.contains(QString(candidate).remove(QLatin1Char(' ')))) {
            family = candidate;
        }
    }
    if (family.isEmpty()) {
        return;
    }
    QPDFObjectHandle descendant = font.getKey("/DescendantFonts").getArrayItem(0);
    QPDFObjectHandle file = descendant.isDictionary() ? descendant.getKey("/FontDescriptor").getKey("/FontFile2")
                                                      : QPDFObjectHandle::newNull();
    if (!file.isStream()) {
        return;
    }
    const std::shared_ptr<Buffer> fontData = file.getStreamData(qpdf_dl_generalized);
    const std::string fontBytes(reinterpret_cast<const char*>(fontData->getBuffer()), fontData->getSize());
    auto fontTables = tables(fontBytes);
    const std::vector<std::string> outlines = glyphOutlines(fontTables["head"], fontTables["loca"], fontTables["glyf"]);
    QPDFObjectHandle toUnicode = font.getKey("/ToUnicode");
    const std::shared_ptr<Buffer> mapData = toUnicode.getStreamData(qpdf_dl_generalized);
    std::string cmap(reinterpret_cast<const char*>(mapData->getBuffer()), mapData->getSize());
    const std::set<std::uint32_t> mapped = mappedCids(cmap);
    QStringList entries;
    for (std::uint32_t cid = 1; cid < outlines.size(); ++cid) {
        if (mapped.count(cid) || outlines[cid].empty()) {
            continue;
        }
        if (!astral.count(family)) {
            astral[family] = astralGlyphs(family);
        }
        const std::optional<Signature> signature = signatureOf(outlines[cid]);
        const auto& candidates = astral[family];
        const auto found = std::find_if(candidates.begin(), candidates.end(), [&](const auto& candidate) {
            return signature && candidate.first.matches(*signature);
        });
        if (!signature || found == candidates.end()) {
            continue;
        }
        const QString text = QString::fromUcs4(&found->second, 1);
        entries << QStringLiteral("<%1> <%2%3>").arg(hex4(cid), hex4(text.at(0).unicode()), hex4(text.at(1).unicode()));
    }
    const std::size_t end = cmap.find("endcmap");
    if (entries.isEmpty() || end == std::string::npos) {
        return;
    }
    std::string added;
    for (qsizetype from = 0; from < entries.size(); from += 100) {
        const QStringList block = entries.mid(from, 100);
        added += QStringLiteral("%1 beginbfchar\n%2\nendbfchar\n")
                     .arg(block.size())
                     .arg(block.join(QLatin1Char('\n')))
                     .toStdString();
    }
    cmap.insert(end, added);
    toUnicode.replaceStreamData(cmap, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
}

} // namespace

void addAstralTextMappings(QPDF& document, const QStringList& families)
{
    std::map<QString, std::vector<std::pair<Signature, char32_t>>> astral; // by family, when first needed
    for (QPDFObjectHandle font : document.getAllObjects()) {
        try {
            addMappings(font, families, astral);
        } catch (const std::exception&) {
            // A font this cannot read keeps the map Qt wrote.
        }
    }
}

} // namespace lastmile::render
