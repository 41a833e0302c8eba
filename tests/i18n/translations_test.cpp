// SPDX-License-Identifier: Apache-2.0
// Every user-visible string of the program has a German translation: lupdate runs over the
// current sources into a copy of resources/translations/lastmile_de.ts, and every message must be
// translated, keep its placeholders and mnemonic, and give German its two plural forms. A failure
// lists the source strings to translate (docs/translations.md says how).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <algorithm>
#include <set>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = {
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished");
            if (!message.numerus) {
                message.forms = {xml.readElementText()};
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    return messages;
}

std::multiset<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    std::multiset<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured());
    }
    return found;
}

bool hasMnemonic(const QString& text)
{
    return QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

QString describe(const Message& message)
{
    return QStringLiteral("  %1: \"%2\"").arg(message.context, message.source);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyStringHasAGermanTranslation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("lastmile_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(LASTMILE_TS_DE), ts));
        QFile::setPermissions(ts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(LASTMILE_SOURCE_DIR));
        lupdate.start(QStringLiteral(LASTMILE_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-no-ui-lines"), QStringLiteral("-I"),
                       QStringLiteral("src"), QStringLiteral("@" LASTMILE_SOURCES_LIST), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString warnings = QString::fromUtf8(lupdate.readAllStandardError());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(warnings));
        // A class that calls tr() without declaring its own context gets the base class's context at
        // run time and lupdate's class name in the file: its strings would never be translated.
        QStringList contexts;
        for (const QString& line : warnings.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("lacks Q_OBJECT macro"))) {
                contexts << QStringLiteral("  ") + line;
            }
        }
        QVERIFY2(contexts.isEmpty(),
                 qPrintable(QStringLiteral("tr() in classes without a translation context of their own; add "
                                           "Q_DECLARE_TR_FUNCTIONS(ClassName) to each:\n") +
                            contexts.join(QLatin1Char('\n'))));

        const QList<Message> messages = readTs(ts);
        QVERIFY(messages.size() > 500);
        QStringList untranslated;
        QStringList broken;
        for (const Message& message : messages) {
            const bool empty = std::all_of(message.forms.begin(), message.forms.end(),
                                           [](const QString& form) { return form.isEmpty(); });
            if (message.unfinished || message.forms.isEmpty() || empty) {
                untranslated << describe(message);
                continue;
            }
            if (message.numerus && message.forms.size() != 2) {
                broken << describe(message) + QStringLiteral(" needs two plural forms (one, other)");
            }
            for (const QString& form : message.forms) {
                std::multiset<QString> wanted = placeholders(message.source);
                std::multiset<QString> got = placeholders(form);
                if (message.numerus) { // a form may spell out the one: "ein Problem"
                    wanted.erase(QStringLiteral("%n"));
                    got.erase(QStringLiteral("%n"));
                }
                if (wanted != got) {
                    broken << describe(message) + QStringLiteral(" -> \"%1\" changes the placeholders").arg(form);
                }
                if (hasMnemonic(message.source) != hasMnemonic(form)) {
                    broken << describe(message) + QStringLiteral(" -> \"%1\" adds or loses the & mnemonic").arg(form);
                }
            }
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) without a German translation. Run `cmake --build --preset "
                                           "default --target update_translations`, translate these in "
                                           "resources/translations/lastmile_de.ts (Qt Linguist or a text editor) and "
                                           "remove type=\"unfinished\":\n%2")
                                .arg(untranslated.size())
                                .arg(untranslated.join(QLatin1Char('\n')))));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
