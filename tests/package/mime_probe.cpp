// SPDX-License-Identifier: Apache-2.0
// Prints the MIME type Qt's database gives each file, by name and content or by content only
// (--content), one per line; the database comes from XDG_DATA_DIRS as on the desktop.
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList paths = QCoreApplication::arguments().mid(1);
    const bool contentOnly = !paths.isEmpty() && paths.first() == QStringLiteral("--content");
    if (contentOnly) {
        paths.removeFirst();
    }
    const QMimeDatabase database;
    QTextStream out(stdout);
    for (const QString& path : paths) {
        out << database.mimeTypeForFile(path, contentOnly ? QMimeDatabase::MatchContent : QMimeDatabase::MatchDefault)
                   .name()
            << '\n';
    }
    return 0;
}
