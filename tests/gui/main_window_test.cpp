// SPDX-License-Identifier: Apache-2.0
// The window as a user meets it: opening files, review mode, errors, the title, presentation.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/main_window.h"
#include "app/workspace.h"

#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <sys/stat.h>

using namespace lastmile;
using namespace lastmile::app;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.lastmile"));
        QFile::remove(m_demo);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_demo, &error), qPrintable(error));
        m_errors.clear();
    }

    void opensAFileAndTitlesTheWindowAfterIt()
    {
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, false));
        QCOMPARE(window.windowTitle(), QStringLiteral("demo.lastmile — Lastmile"));
        QVERIFY(window.document());
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(Workspace::recentFiles().contains(QFileInfo(m_demo).absoluteFilePath()));
        QVERIFY(!banner(window)->isVisibleTo(&window));
    }

    void reviewModeShowsABannerAndChangesNothing()
    {
        const QByteArray before = bytes(m_demo);
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, true));
        QVERIFY(window.document()->isReadOnly());
        QCOMPARE(window.windowTitle(), QStringLiteral("demo.lastmile (read-only) — Lastmile"));
        QVERIFY(banner(window)->isVisibleTo(&window));
        const Initiative first = window.document()->assessment().initiatives.front();
        edit::setInitiativeArchived(*window.document(), first.id, true);
        QCOMPARE(m_errors.size(), 1); // the refusal reaches the user
        QCOMPARE(window.document()->undoStack()->count(), 0);
        QVERIFY(!window.document()->initiative(first.id)->archived);
        window.closeFile();
        QCOMPARE(bytes(m_demo), before);
    }

    void aFileThatCannotBeWrittenOpensForReview()
    {
        QVERIFY(::chmod(QFile::encodeName(m_demo).constData(), 0444) == 0);
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, false));
        QVERIFY(window.document()->isReadOnly());
        QCOMPARE(window.document()->readOnlyReason(), AssessmentDocument::ReadOnlyReason::Location);
        QVERIFY(banner(window)->text().contains(QStringLiteral("cannot be written")));
        ::chmod(QFile::encodeName(m_demo).constData(), 0644);
    }

    void aSecondWindowOnTheSameFileOpensForReview()
    {
        auto firstWindow = makeWindow();
        MainWindow& first = *firstWindow;
        QVERIFY(first.openFile(m_demo, false));
        auto secondWindow = makeWindow();
        MainWindow& second = *secondWindow;
        QVERIFY(second.openFile(m_demo, false));
        QCOMPARE(second.document()->readOnlyReason(), AssessmentDocument::ReadOnlyReason::InUse);
        QVERIFY(!first.document()->isReadOnly());
    }

    void aDamagedFileIsReportedAndTheWindowStaysUsable()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.lastmile"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not an assessment.");
        file.close();
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, false));
        QVERIFY(!window.openFile(damaged, false));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().startsWith(damaged + QStringLiteral(": not a Lastmile file")));
        QVERIFY(window.document()); // the open file stays open
        QCOMPARE(window.document()->path(), m_demo);
    }

    void createsAnEngagementReadyToAnswer()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.lastmile"));
        QFile::remove(path);
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.createEngagement(path, QStringLiteral("Acme <b>Freight</b>")));
        const Assessment& assessment = window.document()->assessment();
        QCOMPARE(QString::fromStdString(assessment.organization.name), QStringLiteral("Acme <b>Freight</b>"));
        QCOMPARE(assessment.rounds.size(), std::size_t(1));
        QCOMPARE(assessment.rounds.front().bank.frictions.size(), std::size_t(7));
        QVERIFY(!window.createEngagement(path, QStringLiteral("Again"))); // never overwrites
        QCOMPARE(m_errors.size(), 1);
    }

    void editsAreUndoneAndSurviveReopening()
    {
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, false));
        AssessmentDocument& document = *window.document();
        const std::int64_t id = *edit::addInitiative(
            document, {0, "Warehouse slotting", "Logistics", "Ines", Stage::Idea, "Fewer picks per order", false});
        edit::setInitiativeArchived(document, id, true);
        QVERIFY(document.initiative(id)->archived);
        document.undoStack()->undo();
        QVERIFY(!document.initiative(id)->archived);
        window.closeFile();

        QVERIFY(window.openFile(m_demo, false));
        const Initiative* reopened = window.document()->initiative(id);
        QVERIFY(reopened);
        QCOMPARE(QString::fromStdString(reopened->name), QStringLiteral("Warehouse slotting"));
        QVERIFY(!reopened->archived);
    }

    void presentationModeHidesTheChromeAndComesBack()
    {
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, false));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setPresentationMode(true);
        QVERIFY(window.isPresenting());
        QVERIFY(!window.menuBar()->isVisible());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QVERIFY(window.menuBar()->isVisible());
    }

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setErrorReporter([this](const QString& message) { m_errors.append(message); });
        return window;
    }

    static QLabel* banner(const MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    }

    static QByteArray bytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_errors;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
