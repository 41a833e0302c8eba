// SPDX-License-Identifier: Apache-2.0
// What happens to files before a window opens one: a new engagement, choosing a file, the demo,
// a copy, a drop. The questions to the user are answered by the test.
#include "app/assessment_document.h"
#include "app/file_operations.h"
#include "app/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>
#include <QtTest>

using namespace lastmile;
using namespace lastmile::app;

class FileOperationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path())); // the default folder and the trash are the test's
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Workspace::defaultFolder().startsWith(m_home.path()));
        // A desktop has its data folder; the trash is made in it.
        QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_answers = {};
        m_asked.clear();
        m_files = std::make_unique<FileOperations>(&m_window);
        m_files->setQuestions({[this](const QString& title, const QString& label) {
                                   m_asked << title + QStringLiteral(": ") + label;
                                   return m_answers.text;
                               },
                               [this](const QString& title, const QString& folder) {
                                   m_asked << title + QStringLiteral(": ") + folder;
                                   return m_answers.fileToOpen;
                               },
                               [this](const QString& title, const QString& suggested, bool confirm) {
                                   m_asked << title + QStringLiteral(": ") + suggested +
                                                  (confirm ? QStringLiteral(" (confirm)") : QString());
                                   return m_answers.fileToSave;
                               }});
    }

    void aNewEngagementIsNamedAfterTheOrganizationAndOpensForEditing()
    {
        QSignalSpy opened(m_files.get(), &FileOperations::openRequested);
        QSignalSpy failed(m_files.get(), &FileOperations::failed);
        m_answers.text = QStringLiteral("  Acme / Freight: <b>North</b>  ");
        const QString chosen = m_dir.filePath(QStringLiteral("acme")); // typed without the ending
        m_answers.fileToSave = chosen;
        m_files->newEngagement();

        QCOMPARE(m_asked.size(), 2);
        const QString suggested =
            QDir(Workspace::defaultFolder()).filePath(QStringLiteral("Acme - Freight- -b-North--b-.lastmile"));
        QCOMPARE(m_asked.at(1), QStringLiteral("New Engagement: ") + suggested + QStringLiteral(" (confirm)"));
        QVERIFY(QFileInfo(Workspace::defaultFolder()).isDir());
        QCOMPARE(failed.count(), 0);
        const QString path = chosen + QStringLiteral(".lastmile");
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toString(), path);
        QCOMPARE(opened.first().at(1).value<FileOperations::Opening>(), FileOperations::Opening::ForEditing);
        QVERIFY(!Workspace::opensForReview(path));

        QString error;
        const auto document = AssessmentDocument::open(path, true, &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(QString::fromStdString(document->assessment().organization.name),
                 QStringLiteral("Acme / Freight: <b>North</b>"));
        QCOMPARE(document->assessment().rounds.size(), std::size_t(1));
        QCOMPARE(document->assessment().rounds.front().bank.frictions.size(), std::size_t(7));
    }

    void cancellingANewEngagementWritesNothing()
    {
        QSignalSpy opened(m_files.get(), &FileOperations::openRequested);
        m_answers.text = QStringLiteral("   "); // no name
        m_answers.fileToSave = m_dir.filePath(QStringLiteral("never.lastmile"));
        m_files->newEngagement();
        QCOMPARE(m_asked.size(), 1); // not asked where
        m_answers.text = QStringLiteral("Acme");
        m_answers.fileToSave.clear(); // cancelled
        m_files->newEngagement();
        QCOMPARE(opened.count(), 0);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.lastmile"))));
    }

    void aReplacedFileGoesToTheTrashNotOverwrittenInPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("replaced.lastmile"));
        QVERIFY(write(path, "the old file"));
        QSignalSpy opened(m_files.get(), &FileOperations::openRequested);
        m_answers.text = QStringLiteral("Acme");
        m_answers.fileToSave = path; // the dialog asked before replacing
        m_files->newEngagement();
        QCOMPARE(opened.count(), 1);
        QString error;
        QVERIFY2(AssessmentDocument::open(path, true, &error), qPrintable(error));
        bool inTrash = false;
        QDirIterator trash(m_home.path(), {QStringLiteral("replaced*.lastmile")}, QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (trash.hasNext()) {
            QFile file(trash.next());
            inTrash = inTrash || (file.open(QIODevice::ReadOnly) && file.readAll() == "the old file");
        }
        QVERIFY(inTrash);
    }

    void writingNeverReplacesAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.lastmile"));
        QVERIFY(write(path, "kept"));
        QSignalSpy failed(m_files.get(), &FileOperations::failed);
        QVERIFY(!m_files->writeEngagement(path, QStringLiteral("Acme")));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(path), qPrintable(failed.first().first().toString()));
        QCOMPARE(bytes(path), QByteArray("kept"));
    }

    void openAsksAndSaysHowTheFileOpens()
    {
        QSignalSpy opened(m_files.get(), &FileOperations::openRequested);
        m_answers.fileToOpen = m_dir.filePath(QStringLiteral("chosen.lastmile"));
        m_files->chooseAndOpen(false);
        m_files->chooseAndOpen(true);
        m_answers.fileToOpen.clear();
        m_files->chooseAndOpen(false); // cancelled
        QCOMPARE(m_asked, (QStringList{QStringLiteral("Open: ") + Workspace::defaultFolder(),
                                       QStringLiteral("Open Read-Only: ") + Workspace::defaultFolder(),
                                       QStringLiteral("Open: ") + Workspace::defaultFolder()}));
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(0).at(1).value<FileOperations::Opening>(), FileOperations::Opening::AsRemembered);
        QCOMPARE(opened.at(1).at(1).value<FileOperations::Opening>(), FileOperations::Opening::ForReview);
        QCOMPARE(opened.at(1).at(0).toString(), m_dir.filePath(QStringLiteral("chosen.lastmile")));
    }

    void theDemoIsWrittenWhenMissing()
    {
        QSignalSpy opened(m_files.get(), &FileOperations::openRequested);
        m_files->openDemo();
        QCOMPARE(opened.count(), 1);
        const QString demo = opened.first().first().toString();
        QCOMPARE(QFileInfo(demo).absolutePath(), Workspace::defaultFolder());
        QVERIFY(QFile::remove(demo));
        m_files->openDemo(); // again, after the user deleted it
        QCOMPARE(opened.count(), 2);
        QVERIFY(QFileInfo::exists(demo));
        QCOMPARE(opened.at(1).at(1).value<FileOperations::Opening>(), FileOperations::Opening::AsRemembered);
    }

    void aCopyIsSavedOnlyWhereNoFileIs()
    {
        const QString source = m_dir.filePath(QStringLiteral("source.lastmile"));
        QFile::remove(source);
        QString error;
        QVERIFY2(Workspace::writeDemo(source, &error), qPrintable(error));
        const auto document = AssessmentDocument::open(source, true, &error);
        QVERIFY2(document, qPrintable(error));
        QSignalSpy status(m_files.get(), &FileOperations::status);
        QSignalSpy failed(m_files.get(), &FileOperations::failed);

        const QString copy = m_dir.filePath(QStringLiteral("copy.lastmile"));
        QFile::remove(copy);
        m_answers.fileToSave = copy;
        m_files->saveCopy(document.get());
        QCOMPARE(m_asked.last(), QStringLiteral("Save a Copy As: ") + Workspace::defaultFolder()); // no confirmation
        QCOMPARE(failed.count(), 0);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(copy));
        QVERIFY(!Workspace::opensForReview(copy)); // made here: opens for editing
        QVERIFY2(AssessmentDocument::open(copy, true, &error), qPrintable(error));

        const QByteArray before = bytes(copy);
        m_files->saveCopy(document.get()); // the same place again: refused
        QCOMPARE(failed.count(), 1);
        QCOMPARE(status.count(), 1);
        QCOMPARE(bytes(copy), before);

        m_files->saveCopy(nullptr); // no document: nothing asked
        QCOMPARE(m_asked.size(), 2);
    }

    void onlyOneLocalAssessmentIsTakenFromADrop()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.LASTMILE"));
        QMimeData one;
        one.setUrls({QUrl::fromLocalFile(path)});
        QCOMPARE(FileOperations::droppedFile(&one), path);
        QMimeData two;
        two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("b.lastmile")))});
        QVERIFY(FileOperations::droppedFile(&two).isEmpty());
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
        QVERIFY(FileOperations::droppedFile(&other).isEmpty());
        QMimeData remote;
        remote.setUrls({QUrl(QStringLiteral("https://example.com/a.lastmile"))});
        QVERIFY(FileOperations::droppedFile(&remote).isEmpty());
        QMimeData text;
        text.setText(path);
        QVERIFY(FileOperations::droppedFile(&text).isEmpty());
        QVERIFY(FileOperations::droppedFile(nullptr).isEmpty());
    }

private:
    static bool write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QByteArray bytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    struct Answers
    {
        QString text;
        QString fileToOpen;
        QString fileToSave;
    };

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QWidget m_window;
    std::unique_ptr<FileOperations> m_files;
    Answers m_answers;
    QStringList m_asked;
};

QTEST_MAIN(FileOperationsTest)
#include "file_operations_test.moc"
