// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include "english_plurals.h"

#include <QCoreApplication>
#include <QDate>
#include <QLibraryInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>
#include <map>

namespace lastmile::text {

namespace {

// What one language is translated with: the program's own words and Qt's (standard buttons,
// file dialogs), either of which may be missing.
struct LanguageTranslators
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

QMutex registryMutex;
std::map<QString, std::shared_ptr<const LanguageTranslators>>& registry()
{
    static std::map<QString, std::shared_ptr<const LanguageTranslators>> languages;
    return languages;
}
QString programLanguage = QStringLiteral("en"); // written only by Translations, on the main thread
thread_local QString scopeLanguage;

std::shared_ptr<const LanguageTranslators> load(const QString& language, const QString& qmFile)
{
    auto translators = std::make_shared<LanguageTranslators>();
    translators->own = std::make_unique<QTranslator>();
    const QString own = qmFile.isEmpty() ? QStringLiteral(":/i18n/lastmile_%1.qm").arg(language) : qmFile;
    if (!translators->own->load(own)) {
        translators->own.reset();
    }
    translators->qt = std::make_unique<QTranslator>();
    if (!translators->qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        translators->qt.reset();
    }
    return translators;
}

std::shared_ptr<const LanguageTranslators> translatorsFor(const QString& language)
{
    QMutexLocker locker(&registryMutex);
    auto& languages = registry();
    const auto found = languages.find(language);
    if (found != languages.end()) {
        return found->second;
    }
    return languages.emplace(language, load(language, {})).first->second;
}

// The one translator installed into the application: asks the language of the calling thread
// and falls back to the English source, so translators installed elsewhere never mix in.
class LanguageRouter : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        const QString language = currentLanguage();
        if (language != QStringLiteral("en")) {
            const auto translators = translatorsFor(language);
            for (const auto* translator : {translators->own.get(), translators->qt.get()}) {
                if (translator) {
                    QString translated = translator->translate(context, sourceText, disambiguation, n);
                    if (!translated.isNull()) {
                        return translated;
                    }
                }
            }
        }
        const QString english = m_englishPlurals.translate(context, sourceText, disambiguation, n);
        return english.isNull() ? QString::fromUtf8(sourceText) : english;
    }

private:
    EnglishPlurals m_englishPlurals;
};

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

bool isAvailable(const QString& language)
{
    return availableLanguages().contains(language);
}

QString languageName(const QString& language)
{
    // Written out: Qt names "en" after its default country ("American English").
    if (language == QStringLiteral("en")) {
        return QStringLiteral("English");
    }
    if (language == QStringLiteral("de")) {
        return QStringLiteral("Deutsch");
    }
    return language;
}

QString systemLanguage()
{
    for (const QString& uiLanguage : QLocale::system().uiLanguages()) {
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailable(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString& language)
{
    const QLocale wanted(language);
    if (QLocale::system().language() == wanted.language()) {
        return QLocale::system();
    }
    return wanted;
}

struct Translations::Private
{
    QString language;
    LanguageRouter router;
};

Translations::Translations(const QString& language, const QString& qmFile) : m_d(std::make_unique<Private>())
{
    m_d->language = language;
    if (!qmFile.isEmpty()) {
        QMutexLocker locker(&registryMutex);
        registry()[language] = load(language, qmFile);
    }
    programLanguage = language;
    QCoreApplication::installTranslator(&m_d->router);
}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&m_d->router);
    programLanguage = QStringLiteral("en");
}

QString Translations::language() const
{
    return m_d->language;
}

LanguageScope::LanguageScope(const QString& language) : m_previous(scopeLanguage)
{
    if (isAvailable(language)) {
        scopeLanguage = language;
    }
}

LanguageScope::~LanguageScope()
{
    scopeLanguage = m_previous;
}

QString currentLanguage()
{
    return scopeLanguage.isEmpty() ? programLanguage : scopeLanguage;
}

QLocale displayLocale()
{
    return scopeLanguage.isEmpty() ? QLocale() : localeFor(scopeLanguage);
}

QString displayDate(const std::string& iso)
{
    const QString text = QString::fromStdString(iso);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    const QLocale locale = displayLocale();
    if (!date.isValid() || locale.language() == QLocale::C) {
        return text;
    }
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return locale.toString(date, format);
}

} // namespace lastmile::text
