// SPDX-License-Identifier: Apache-2.0
// Plural forms: English from the "(s)" in the source text, German from the translation.
#include "text/english_plurals.h"
#include "text/translations.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace lastmile::text;

namespace {

// A counted text of the program's sources, with its German plural forms in lastmile_de.ts.
QString initiatives(int n)
{
    return QCoreApplication::translate("CheckCommand", "%n initiative(s)", nullptr, n);
}

} // namespace

TEST_CASE("Plurals: English says 1 initiative, 0 and 2 initiatives")
{
    Translations english(QStringLiteral("en"));
    CHECK(initiatives(1) == QStringLiteral("1 initiative"));
    CHECK(initiatives(0) == QStringLiteral("0 initiatives"));
    CHECK(initiatives(2) == QStringLiteral("2 initiatives"));
    CHECK(initiatives(21) == QStringLiteral("21 initiatives"));
}

TEST_CASE("Plurals: German takes its forms from the translation")
{
    Translations german(QStringLiteral("de"));
    CHECK(initiatives(1) == QStringLiteral("1 Initiative"));
    CHECK(initiatives(2) == QStringLiteral("2 Initiativen"));
    CHECK(initiatives(0) == QStringLiteral("0 Initiativen"));
}

TEST_CASE("Plurals: a LanguageScope speaks its language on its thread only while it lasts")
{
    Translations english(QStringLiteral("en"));
    CHECK(currentLanguage() == QStringLiteral("en"));
    {
        LanguageScope german(QStringLiteral("de"));
        CHECK(currentLanguage() == QStringLiteral("de"));
        CHECK(initiatives(3) == QStringLiteral("3 Initiativen"));
        {
            LanguageScope unknown(QStringLiteral("xx")); // an unknown language changes nothing
            CHECK(currentLanguage() == QStringLiteral("de"));
        }
    }
    CHECK(currentLanguage() == QStringLiteral("en"));
    CHECK(initiatives(3) == QStringLiteral("3 initiatives"));
}

TEST_CASE("EnglishPlurals: only texts with (s) and a count are its business")
{
    const EnglishPlurals plurals;
    CHECK(plurals.translate("C", "%n file(s) and %n folder(s)", nullptr, 1) == QStringLiteral("%n file and %n folder"));
    CHECK(plurals.translate("C", "%n file(s)", nullptr, 7) == QStringLiteral("%n files"));
    CHECK(plurals.translate("C", "no count here", nullptr, 2).isNull());
    CHECK(plurals.translate("C", "%n file(s)", nullptr, -1).isNull()); // not a counted call
    CHECK(plurals.translate("C", nullptr, nullptr, 1).isNull());
}
