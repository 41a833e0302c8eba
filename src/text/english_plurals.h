// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTranslator>

namespace lastmile::text {

// Texts with a count are written as Qt Linguist expects, "%n answer(s)", and a translation
// gives each language its plural forms (resources/translations). English, the language of the
// sources, has no translation file: this gives it its two forms, "1 answer", "2 answers".
// text::Translations asks it whenever the calling thread speaks English.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        if (n < 0 || sourceText == nullptr) {
            return {};
        }
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QStringLiteral("(s)"))) {
            return {};
        }
        return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

} // namespace lastmile::text
