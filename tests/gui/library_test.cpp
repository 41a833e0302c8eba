// SPDX-License-Identifier: Apache-2.0
// The library: which files it lists, what it says about each, and what it does when asked.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/library/file_summary.h"
#include "app/library/heat_legend.h"
#include "app/library/heat_strip_delegate.h"
#include "app/library/library_model.h"
#include "app/library/library_page.h"
#include "app/workspace.h"
#include "storage/assessment_file.h"
#include "storage_text/storage_messages.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace lastmile;
using namespace lastmile::app;

class LibraryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The default folder lies under the home folder: keep the tests out of the user's.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Workspace::defaultFolder().startsWith(m_home.path()));
    }

    void init()
    {
        QDir(Workspace::defaultFolder()).removeRecursively();
        for (const QString& path : Workspace::recentFiles()) {
            Workspace::removeRecentFile(path);
        }
    }

    void anEmptyLibraryTellsANewUserWhatToDo()
    {
        LibraryPage page;
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 0);
        auto* stack = page.findChild<QStackedWidget*>();
        QVERIFY(stack);
        auto* empty = page.findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->text().contains(QStringLiteral("demo")));
        QCOMPARE(empty->textFormat(), Qt::PlainText);
    }

    void listsTheDemoAndADamagedFileWithItsReason()
    {
        const QDir folder(Workspace::defaultFolder());
        QVERIFY(QDir().mkpath(folder.path()));
        const QString demo = folder.filePath(QStringLiteral("demo.lastmile"));
        QString error;
        QVERIFY2(Workspace::writeDemo(demo, &error), qPrintable(error));
        const QString damaged = folder.filePath(QStringLiteral("damaged.lastmile"));
        writeFile(damaged, QByteArray("this is not an assessment, just some text\n").repeated(200));
        const QString missing = m_home.filePath(QStringLiteral("moved-away.lastmile"));
        Workspace::addRecentFile(missing);
        Workspace::addRecentFile(demo); // listed once though it is recent and in the folder
        // Only .lastmile files are listed, whatever the case of the suffix; hidden ones are copies
        // being written.
        writeFile(folder.filePath(QStringLiteral("notes.txt")), "not an engagement\n");
        writeFile(folder.filePath(QStringLiteral("lastmile")), "not an engagement\n");
        writeFile(folder.filePath(QStringLiteral(".demo.lastmile.tmp.lastmile")), "a copy being written\n");
        writeFile(folder.filePath(QStringLiteral("Zed.LASTMILE")), "upper-case suffix\n");

        LibraryPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.refresh();
        LibraryModel& model = *page.model();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.summary(0).path, demo); // the most recent first
        QCOMPARE(model.summary(1).path, missing);
        QCOMPARE(model.summary(2).path, damaged);
        QCOMPARE(model.summary(3).path, folder.filePath(QStringLiteral("Zed.LASTMILE")));
        QCOMPARE(model.state(0), LibraryModel::State::Reading);
        QCOMPARE(cell(model, 0, LibraryModel::OrganizationColumn), LibraryModel::tr("Reading…"));
        QTRY_VERIFY(model.state(0) != LibraryModel::State::Reading && model.state(1) != LibraryModel::State::Reading &&
                    model.state(2) != LibraryModel::State::Reading && model.state(3) != LibraryModel::State::Reading);

        // What the file says, computed here the same way from the file itself.
        auto file = storage::AssessmentFile::open(demo.toStdString(), storage::OpenMode::ReadOnly);
        QVERIFY(file);
        const auto assessment = (*file)->load();
        QVERIFY(assessment);
        const RoundData& last = assessment->rounds.back();
        const PortfolioScore portfolio = scorePortfolio(last.bank, scoreRound(*assessment, last));
        QVERIFY(portfolio.readiness);

        QCOMPARE(model.state(0), LibraryModel::State::Readable);
        QCOMPARE(cell(model, 0, LibraryModel::FileColumn), QStringLiteral("demo.lastmile"));
        QCOMPARE(cell(model, 0, LibraryModel::OrganizationColumn),
                 QString::fromStdString(assessment->organization.name));
        QCOMPARE(cell(model, 0, LibraryModel::RoundColumn), QString::fromStdString(last.round.name));
        QCOMPARE(cell(model, 0, LibraryModel::DateColumn), QString::fromStdString(last.round.heldOn));
        QCOMPARE(cell(model, 0, LibraryModel::ReadinessColumn), QString::number(std::lround(*portfolio.readiness)));
        const auto strip =
            model.index(0, LibraryModel::FrictionsColumn).data(kHeatStripRole).value<std::vector<FrictionScore>>();
        QCOMPARE(strip.size(), portfolio.frictions.size());
        for (std::size_t i = 0; i < strip.size(); ++i) {
            QCOMPARE(strip[i].score, portfolio.frictions[i].score);
            QVERIFY(!strip[i].lowCoverage);
        }

        const auto refused = storage::AssessmentFile::open(damaged.toStdString(), storage::OpenMode::ReadOnly);
        QVERIFY(!refused);
        QCOMPARE(model.state(2), LibraryModel::State::Unreadable);
        QVERIFY(cell(model, 2, LibraryModel::OrganizationColumn)
                    .contains(text::StorageMessages::storageError(refused.error())));
        QVERIFY(model.index(2, 0).data(Qt::ForegroundRole).isValid()); // greyed
        QCOMPARE(model.state(1), LibraryModel::State::Unreadable);

        // Refreshing keeps what is current and reads only what changed.
        page.refresh();
        QCOMPARE(model.state(0), LibraryModel::State::Readable);
        QCOMPARE(model.state(2), LibraryModel::State::Unreadable);
    }

    void aNarrowWindowStillShowsTheWholeKeyAndEveryColumnTitle()
    {
        const QDir folder(Workspace::defaultFolder());
        QVERIFY(QDir().mkpath(folder.path()));
        QString error;
        QVERIFY2(Workspace::writeDemo(folder.filePath(QStringLiteral("narrow.lastmile")), &error), qPrintable(error));
        LibraryPage page;
        page.refresh();
        page.resize(820, 600); // narrower than the hint and the key side by side on one line
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* legend = page.findChild<HeatLegend*>();
        QVERIFY(legend);
        QVERIFY(legend->isVisible());
        const int right = legend->mapTo(&page, QPoint(legend->width(), 0)).x();
        QVERIFY2(right <= page.width(), qPrintable(QStringLiteral("%1 > %2").arg(right).arg(page.width())));
        QCOMPARE(legend->width(), legend->sizeHint().width()); // not squeezed
        const QHeaderView* columns = page.view()->horizontalHeader();
        for (int column = 0; column < columns->count(); ++column) {
            if (column != LibraryModel::OrganizationColumn) { // it stretches
                QVERIFY(columns->sectionSize(column) >= columns->sectionSizeHint(column));
            }
        }
    }

    void readingWaitsWhileHeldAndStartsWhenResumed()
    {
        const QDir folder(Workspace::defaultFolder());
        QVERIFY(QDir().mkpath(folder.path()));
        QString error;
        QVERIFY2(Workspace::writeDemo(folder.filePath(QStringLiteral("held.lastmile")), &error), qPrintable(error));

        LibraryPage page;
        page.holdReading(); // as the first window does until its first paint
        page.refresh();
        LibraryModel& model = *page.model();
        QCOMPARE(model.rowCount(), 1);
        // A page that is not held reads the same file meanwhile: by the time it has, the held
        // one would have too.
        LibraryPage control;
        control.refresh();
        QTRY_COMPARE(control.model()->state(0), LibraryModel::State::Readable);
        QCoreApplication::processEvents();
        QCOMPARE(model.state(0), LibraryModel::State::Reading);
        page.refresh(); // listed again while held: still waiting, read once resumed
        QCOMPARE(model.state(0), LibraryModel::State::Reading);
        page.resumeReading();
        QTRY_COMPARE(model.state(0), LibraryModel::State::Readable);
    }

    void opensARowAndOffersTheStartButtons()
    {
        const QDir folder(Workspace::defaultFolder());
        QVERIFY(QDir().mkpath(folder.path()));
        const QString demo = folder.filePath(QStringLiteral("demo.lastmile"));
        QString error;
        QVERIFY2(Workspace::writeDemo(demo, &error), qPrintable(error));

        LibraryPage page;
        page.resize(1200, 600);
        page.show();
        page.refresh();
        QSignalSpy open(&page, &LibraryPage::openRequested);
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), demo);
        QCOMPARE(open.at(0).at(1).toBool(), false);

        QSignalSpy created(&page, &LibraryPage::newRequested);
        QSignalSpy chosen(&page, &LibraryPage::openFileRequested);
        QSignalSpy demoAsked(&page, &LibraryPage::openDemoRequested);
        page.findChild<QPushButton*>(QStringLiteral("newEngagementPushButton"))->click();
        page.findChild<QPushButton*>(QStringLiteral("openPushButton"))->click();
        page.findChild<QPushButton*>(QStringLiteral("openDemoPushButton"))->click();
        QCOMPARE(created.size(), 1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(demoAsked.size(), 1);
    }

    // A row is read from the scores stored in the file; after every edit and every undo it says
    // what scoring every answer says.
    void aRowFollowsEditsAndTheirUndo()
    {
        const QString path = m_home.filePath(QStringLiteral("edited.lastmile"));
        QString error;
        QVERIFY2(Workspace::writeDemo(path, &error), qPrintable(error));
        auto document = AssessmentDocument::open(path, false, &error);
        QVERIFY2(document, qPrintable(error));
        const RoundData& last = document->assessment().rounds.back();
        const std::int64_t roundId = last.round.id;
        const std::int64_t initiativeId = document->assessment().initiatives.front().id;
        const std::int64_t respondentId = last.respondents.front().id;
        const std::string question = last.bank.frictions.front().questions.front().id;
        const std::string other = last.bank.frictions.back().questions.back().id;
        const auto check = [&] {
            const FileSummary summary = readFileSummary(path);
            QVERIFY(summary.readable);
            const RoundData& round = document->assessment().rounds.back();
            const PortfolioScore portfolio = scorePortfolio(round.bank, scoreRound(document->assessment(), round));
            QCOMPARE(summary.readiness, portfolio.readiness);
            QCOMPARE(summary.frictions.size(), portfolio.frictions.size());
            for (std::size_t i = 0; i < summary.frictions.size(); ++i) {
                QCOMPARE(summary.frictions[i].score, portfolio.frictions[i].score);
                QCOMPARE(summary.frictions[i].coverage, portfolio.frictions[i].coverage);
            }
        };
        check();
        edit::setAnswer(*document, roundId, initiativeId, question, respondentId, Answer::atLevel(0));
        check();
        edit::setAnswer(*document, roundId, initiativeId, other, 0, Answer::atLevel(4)); // consensus
        check();
        edit::setAnswer(*document, roundId, initiativeId, question, respondentId, std::nullopt);
        check();
        edit::setInitiativeArchived(*document, initiativeId, true);
        check();
        QCOMPARE(document->undoStack()->count(), 4);
        for (int i = 0; i < 4; ++i) {
            document->undoStack()->undo();
            check();
        }
        document->undoStack()->redo();
        check();
    }

private:
    static QString cell(const LibraryModel& model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QTemporaryDir m_home;
};

QTEST_MAIN(LibraryTest)
#include "library_test.moc"
