// SPDX-License-Identifier: Apache-2.0
#include "graphemes.h"

#include <QTextBoundaryFinder>
#include <algorithm>
#include <vector>

namespace lastmile::text {

namespace {

const QChar kEllipsis(0x2026);

// The graphemes of `text`, in order.
std::vector<QString> graphemes(const QString& text)
{
    std::vector<QString> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (end > start) {
            result.push_back(text.mid(start, end - start));
        }
        start = end;
    }
    return result;
}

// East Asian Wide and Fullwidth ranges, and the emoji blocks, as terminals draw them.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x1FA70 && c <= 0x1FAFF) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

int graphemeColumns(const QString& grapheme)
{
    char32_t first = 0;
    if (!grapheme.isEmpty()) {
        const QChar lead = grapheme.at(0);
        first = lead.isHighSurrogate() && grapheme.size() > 1 ? QChar::surrogateToUcs4(lead, grapheme.at(1))
                                                              : lead.unicode();
    }
    return isWide(first) || grapheme.contains(QChar(0xFE0F)) ? 2 : 1;
}

} // namespace

int displayColumns(const QString& text)
{
    int columns = 0;
    for (const QString& grapheme : graphemes(text)) {
        columns += graphemeColumns(grapheme);
    }
    return columns;
}

QString elideToColumns(const QString& text, int columns)
{
    if (columns < 1) {
        return {};
    }
    if (displayColumns(text) <= columns) {
        return text;
    }
    QString result;
    int used = 0;
    for (const QString& grapheme : graphemes(text)) {
        const int width = graphemeColumns(grapheme);
        if (used + width > columns - 1) {
            break;
        }
        result += grapheme;
        used += width;
    }
    return result + kEllipsis;
}

QString padToColumns(const QString& text, int columns)
{
    const QString fitted = elideToColumns(text, columns);
    return fitted + QString(std::max(0, columns - displayColumns(fitted)), QLatin1Char(' '));
}

QString leftGraphemes(const QString& text, int count)
{
    QString result;
    int taken = 0;
    for (const QString& grapheme : graphemes(text)) {
        if (taken++ >= count) {
            break;
        }
        result += grapheme;
    }
    return result;
}

QString elideGraphemes(const QString& text, int count)
{
    if (count < 1) {
        return {};
    }
    if (static_cast<int>(graphemes(text).size()) <= count) {
        return text;
    }
    return leftGraphemes(text, count - 1) + kEllipsis;
}

} // namespace lastmile::text
