// SPDX-License-Identifier: Apache-2.0
// The window as a user meets it: opening files, review mode, errors, the title, presentation.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/engagement/engagement_page.h"
#include "app/library/library_page.h"
#include "app/main_window.h"
#include "app/questionnaire/level_card.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/summary/summary_page.h"
#include "app/workspace.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
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

    void reviewSticksWhenTheFileIsReopenedFromTheLibrary()
    {
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, true));
        window.closeFile();
        emit window.libraryPage()->openRequested(m_demo, false); // a double-click in the library
        QVERIFY(window.document());
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(banner(window)->isVisibleTo(&window));
        QCOMPARE(tabs(window)->currentWidget(), static_cast<QWidget*>(window.summaryPage()));

        // The Edit switch reopens the file for editing on the same tab, and that sticks too.
        tabs(window)->setCurrentIndex(2);
        auto* edit = window.findChild<QPushButton*>(QStringLiteral("editModeButton"));
        QVERIFY(edit && edit->isVisibleTo(&window));
        edit->click();
        QVERIFY(window.document());
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(!banner(window)->isVisibleTo(&window));
        QCOMPARE(tabs(window)->currentIndex(), 2);
        window.closeFile();
        emit window.libraryPage()->openRequested(m_demo, false);
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(window.openFileAsRemembered(m_demo));
        QVERIFY(!window.document()->isReadOnly());

        window.setReviewMode(true);
        QVERIFY(window.document()->isReadOnly());
        window.closeFile();
        QVERIFY(window.openFileAsRemembered(m_demo));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(m_errors.isEmpty());
    }

    void aFileFromElsewhereOpensForReview()
    {
        const QString received = m_dir.filePath(QStringLiteral("received by mail.lastmile"));
        QFile::remove(received);
        QVERIFY(QFile::copy(m_demo, received));
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFileAsRemembered(received));
        QVERIFY(window.document()->isReadOnly());
        QCOMPARE(window.document()->readOnlyReason(), AssessmentDocument::ReadOnlyReason::Asked);
        QVERIFY(banner(window)->text().contains(QStringLiteral("Edit")));
        // A file made here opens for editing.
        const QString made = m_dir.filePath(QStringLiteral("made here.lastmile"));
        QFile::remove(made);
        QVERIFY(window.createEngagement(made, QStringLiteral("Acme")));
        window.closeFile();
        QVERIFY(window.openFileAsRemembered(made));
        QVERIFY(!window.document()->isReadOnly());
    }

    void aKeyOrAClickInReviewChangesNothingAndSaysWhy()
    {
        const QByteArray before = bytes(m_demo);
        auto owned = makeWindow();
        MainWindow& window = *owned;
        window.resize(1280, 720);
        QVERIFY(window.openFile(m_demo, true));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QuestionnairePage* page = window.questionnairePage();
        tabs(window)->setCurrentWidget(page);
        page->setFocus();
        QVERIFY(!page->currentQuestionId().isEmpty());
        const std::string question = page->currentQuestionId().toStdString();

        QTest::keyClick(page, Qt::Key_3);
        QCOMPARE(window.document()->undoStack()->count(), 0);
        QVERIFY(!window.document()->consensus(page->roundId(), page->initiativeId(), question) ||
                window.document()->consensus(page->roundId(), page->initiativeId(), question)->answer !=
                    Answer::atLevel(3));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Review mode")),
                 qPrintable(window.statusBar()->currentMessage()));

        window.statusBar()->clearMessage();
        LevelCard* card = page->findChildren<LevelCard*>().value(1);
        QVERIFY(card && card->isVisible());
        QVERIFY(!card->isEnabled()); // looks disabled
        QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Edit")));

        // Typing into a read-only field says why as well.
        window.statusBar()->clearMessage();
        tabs(window)->setCurrentWidget(window.engagementPage());
        auto* name = window.engagementPage()->findChild<QLineEdit*>(QStringLiteral("organizationNameLineEdit"));
        QVERIFY(name && name->isReadOnly());
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("3"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Review mode")));
        QCOMPARE(window.document()->assessment().organization.name, std::string("Northgate Distribution"));
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
        QVERIFY(m_errors.first().contains(QStringLiteral("check that you chose the right file"))); // what to do
        QVERIFY(!m_errors.first().contains(QStringLiteral("SQLite"), Qt::CaseInsensitive));        // no jargon
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

    static QTabWidget* tabs(const MainWindow& window)
    {
        return window.findChild<QTabWidget*>(QStringLiteral("documentTabWidget"));
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
