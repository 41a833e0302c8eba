// SPDX-License-Identifier: Apache-2.0
// Languages, and dates and numbers as each language's locale writes them. Files never use these.
#include "text/translations.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace lastmile::text;

TEST_CASE("Languages: English and German, named in themselves")
{
    CHECK(availableLanguages() == QStringList{QStringLiteral("en"), QStringLiteral("de")});
    CHECK(isAvailable(QStringLiteral("de")));
    CHECK_FALSE(isAvailable(QStringLiteral("fr")));
    CHECK_FALSE(isAvailable(QString()));
    CHECK(languageName(QStringLiteral("en")) == QStringLiteral("English"));
    CHECK(languageName(QStringLiteral("de")) == QStringLiteral("Deutsch"));
    CHECK(languageName(QStringLiteral("fr")) == QStringLiteral("fr"));
    CHECK(localeFor(QStringLiteral("de")).language() == QLocale::German);
    CHECK(localeFor(QStringLiteral("en")).language() == QLocale::English);
}

TEST_CASE("displayDate: each language's short date with a four-digit year, ISO under C")
{
    QLocale::setDefault(QLocale::c());
    CHECK(displayDate("2026-11-29") == QStringLiteral("2026-11-29"));
    {
        LanguageScope german(QStringLiteral("de"));
        CHECK(displayLocale().language() == QLocale::German);
        CHECK(displayDate("2026-11-29") == QStringLiteral("29.11.2026"));
        CHECK(displayDate("2026-02-03") == QStringLiteral("03.02.2026"));
        // Not a date: shown as it is, never an empty or made-up date.
        CHECK(displayDate("2026-13-40") == QStringLiteral("2026-13-40"));
        CHECK(displayDate("") == QString());
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(displayDate("2026-11-29") == QStringLiteral("11/29/2026"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(displayDate("2026-11-29") == QStringLiteral("29/11/2026"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("displayLocale: numbers with the language's separators inside a scope only")
{
    QLocale::setDefault(QLocale::c());
    CHECK(displayLocale().toString(1234.5, 'f', 1) == QStringLiteral("1234.5"));
    {
        LanguageScope german(QStringLiteral("de"));
        CHECK(displayLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
        CHECK(displayLocale().toString(0.25, 'f', 2) == QStringLiteral("0,25"));
    }
    {
        LanguageScope english(QStringLiteral("en"));
        CHECK(displayLocale().toString(1234.5, 'f', 1) == QStringLiteral("1,234.5"));
    }
    CHECK(displayLocale().toString(1234.5, 'f', 1) == QStringLiteral("1234.5"));
}
