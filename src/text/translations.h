// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>
#include <string>

namespace lastmile::text {

// The languages the program speaks, as ISO 639-1 codes: "en" (the language of the sources)
// and "de". Their translations are compiled into the program from resources/translations.
QStringList availableLanguages();
bool isAvailable(const QString& language);
// A language's name in itself, for a menu: "English", "Deutsch".
QString languageName(const QString& language);
// The language to speak when the user chose none: the first of the system's UI languages
// (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG) that the program speaks, else "en".
QString systemLanguage();
// The locale numbers and dates are shown in for `language`: the system's locale when it is of
// that language (de_AT stays de_AT), else the language's own (de_DE for "de").
QLocale localeFor(const QString& language);

// Installs one translator into QCoreApplication that speaks `language` (or, on a thread inside a
// LanguageScope, that scope's language), together with Qt's own words for standard buttons and
// dialogs where the system has them. English plural forms ("1 answer", "2 answers") come from the
// "(s)" in the source text. `qmFile` replaces the built-in translation of `language`, for tests
// (the pseudo-translation). Create it after the QCoreApplication; it uninstalls itself.
class Translations
{
public:
    explicit Translations(const QString& language, const QString& qmFile = {});
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    QString language() const;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};

// For its lifetime, tr() on the calling thread speaks `language` and displayLocale() formats
// for it: a German report from an English desktop, on the report's worker thread. An empty or
// unknown language changes nothing. Scopes nest.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QString m_previous;
};

// The language tr() speaks on the calling thread ("en" before any Translations exist).
QString currentLanguage();
// The locale for numbers and dates shown on the calling thread: the LanguageScope's, else the
// program's default QLocale(). Files, CSV and JSON never use it.
QLocale displayLocale();
// A date of the file (YYYY-MM-DD) as the display locale writes it with a four-digit year:
// "29.11.2026" in German, "11/29/2026" in US English; as it is (ISO) under the C locale or when
// it is not a date.
QString displayDate(const std::string& iso);

} // namespace lastmile::text
