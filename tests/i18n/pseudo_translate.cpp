// SPDX-License-Identifier: Apache-2.0
// pseudo_translate IN.ts OUT.ts: a pseudo-translation of every message of IN.ts, for finding
// untranslated and clipped text. Each text becomes longer and accented, between brackets,
// "Open…" -> "[Öƥéñ… ~~]", keeping what must survive: %1 and %n, HTML tags, file patterns such
// as *.png, and date formats. Plural messages get two forms, as German has.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

struct Message
{
    QString source;
    QString comment;
    bool numerus = false;
};

struct Context
{
    QString name;
    QList<Message> messages;
};

QChar accented(QChar c)
{
    static const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static const QString marked = QStringLiteral("åƀçðéƒĝĥíĵķļɱñöƥǫŕšţüṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÜṼŴẊÝŽ");
    const qsizetype at = plain.indexOf(c);
    return at < 0 ? c : marked.at(at);
}

QString pseudo(const QString& source)
{
    static const QRegularExpression dateFormat(QStringLiteral("^[dMy .\\-/]+$"));
    if (dateFormat.match(source).hasMatch()) {
        return source;
    }
    // What must stay as it is: placeholders, tags, entities and file patterns.
    static const QRegularExpression kept(QStringLiteral("%L?\\d+|%n|<[^>]*>|&[a-z]+;|\\*\\.[A-Za-z0-9]+"));
    QString result;
    qsizetype done = 0;
    auto it = kept.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (qsizetype i = done; i < match.capturedStart(); ++i) {
            result += accented(source.at(i));
        }
        result += match.captured();
        done = match.capturedEnd();
    }
    for (qsizetype i = done; i < source.size(); ++i) {
        result += accented(source.at(i));
    }
    // About a third longer, as German and French often are, and marked at both ends.
    const qsizetype padding = qMax<qsizetype>(1, source.size() / 3);
    const qsizetype lineEnd = result.indexOf(QLatin1Char('\n'));
    const QString pad = QStringLiteral(" ") + QString(padding, QLatin1Char('~'));
    if (lineEnd < 0) {
        return QStringLiteral("[") + result + pad + QStringLiteral("]");
    }
    return QStringLiteral("[") + result.left(lineEnd) + pad + result.mid(lineEnd) + QStringLiteral("]");
}

QList<Context> read(QFile& file)
{
    QList<Context> contexts;
    QXmlStreamReader xml(&file);
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                contexts.last().messages.append(message);
            }
            continue;
        }
        if (xml.name() == QLatin1String("context")) {
            contexts.append(Context());
        } else if (xml.name() == QLatin1String("name") && !contexts.isEmpty()) {
            contexts.last().name = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = {};
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        }
    }
    return contexts;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: pseudo_translate IN.ts OUT.ts\n";
        return 2;
    }
    QFile in(arguments.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << arguments.at(1) << ": " << in.errorString() << '\n';
        return 3;
    }
    const QList<Context> contexts = read(in);
    QSaveFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << arguments.at(2) << ": " << out.errorString() << '\n';
        return 3;
    }
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("de_DE"));
    for (const Context& context : contexts) {
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), context.name);
        for (const Message& message : context.messages) {
            xml.writeStartElement(QStringLiteral("message"));
            if (message.numerus) {
                xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            }
            xml.writeTextElement(QStringLiteral("source"), message.source);
            if (!message.comment.isEmpty()) {
                xml.writeTextElement(QStringLiteral("comment"), message.comment);
            }
            xml.writeStartElement(QStringLiteral("translation"));
            if (message.numerus) {
                xml.writeTextElement(QStringLiteral("numerusform"), pseudo(message.source));
                xml.writeTextElement(QStringLiteral("numerusform"), pseudo(message.source));
            } else {
                xml.writeCharacters(pseudo(message.source));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out.commit() ? 0 : 3;
}
