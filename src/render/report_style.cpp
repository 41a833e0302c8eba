// SPDX-License-Identifier: Apache-2.0
#include "report_style.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QRegularExpression>

namespace lastmile::render {

QString reportFontFamily()
{
    static const QString family = [] {
        const QString preferred = QStringLiteral("DejaVu Sans");
        return QFontDatabase::families().contains(preferred) ? preferred : QGuiApplication::font().family();
    }();
    return family;
}

QStringList reportFontFamilies()
{
    // Outline fonts only, tried in this order for every character: DejaVu Sans for Latin, Greek,
    // Cyrillic, Arabic and Hebrew; Droid Sans Fallback for Chinese and Japanese; NanumGothic for
    // Korean; Symbola for emoji. A colour emoji font is never among them: a PDF embeds it as pictures without
    // the characters, so the emoji could be neither seen in every viewer nor searched.
    static const QStringList families = [] {
        QStringList result{reportFontFamily()};
        const QStringList installed = QFontDatabase::families();
        for (const QString& fallback :
             {QStringLiteral("Droid Sans Fallback"), QStringLiteral("NanumGothic"), QStringLiteral("Symbola")}) {
            if (installed.contains(fallback)) {
                result << fallback;
            }
        }
        return result;
    }();
    return families;
}

QFont reportFont(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(reportFontFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setKerning(true);
    // Metrics independent of hinting, so a layout measured once holds on every device.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: a sliver of letter spacing keeps "ffi" three letters, so text copied or
    // searched in a PDF reads "Efficiency", not "E\uFB03ciency".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QColor inkColour()
{
    return QColor(0x22, 0x26, 0x2B);
}

QColor mutedColour()
{
    return QColor(0x6B, 0x72, 0x7A);
}

QColor ruleColour()
{
    return QColor(0xD5, 0xD9, 0xDE);
}

QColor shadeColour()
{
    return QColor(0xF3, 0xF5, 0xF7);
}

QColor accentColour(const Branding& branding)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    const QString text = QString::fromStdString(branding.accentColour);
    return rgb.match(text).hasMatch() ? QColor(text) : QColor(0x1F, 0x3A, 0x5F);
}

} // namespace lastmile::render
