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
#include "app/workshop/presentation_window.h"
#include "app/workspace.h"
#include "fresh_demo.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
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
        QString error;
        m_demo = lastmile::testing::writeFreshDemo(m_dir, &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
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

    void presentationModeOpensTheProjectorBesideTheFacilitatorsWindow()
    {
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, false));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setPresentationMode(true);
        QVERIFY(window.isPresenting());
        PresentationWindow* projector = window.presentationWindow();
        QVERIFY(projector);
        QVERIFY(projector->isVisible());
        // The facilitator keeps the menus and the questionnaire.
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(window.questionnairePage()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QTest::keyClick(projector, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QVERIFY(!window.presentationWindow());
        // Without a document there is nothing to present.
        window.closeFile();
        window.setPresentationMode(true);
        QVERIFY(!window.isPresenting());
    }

    void everyMnemonicIsUniqueOnEveryPage()
    {
        auto owned = makeWindow();
        MainWindow& window = *owned;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        checkMnemonics(window, QStringLiteral("library"));
        QVERIFY(window.openFile(m_demo, false));
        auto* tabs = qobject_cast<QTabWidget*>(window.engagementPage()->parentWidget()->parentWidget());
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            const QString page = tabs->tabText(tab);
            const auto inner = tabs->widget(tab)->findChildren<QTabWidget*>();
            if (inner.isEmpty()) {
                checkMnemonics(window, page);
            }
            for (QTabWidget* nested : inner) {
                for (int index = 0; index < nested->count(); ++index) {
                    nested->setCurrentIndex(index);
                    QApplication::processEvents();
                    checkMnemonics(window, page + QStringLiteral(" / ") + nested->tabText(index));
                }
            }
        }
    }

    void archivingOffersAVisibleUndo()
    {
        auto owned = makeWindow();
        MainWindow& window = *owned;
        QVERIFY(window.openFile(m_demo, false));
        window.show();
        EngagementPage* page = window.engagementPage();
        auto* table = page->findChild<QTableView*>(QStringLiteral("initiativesTableView"));
        QVERIFY(table);
        table->selectRow(0);
        const std::int64_t id = window.document()->assessment().initiatives.front().id;
        auto* notice = window.findChild<QWidget*>(QStringLiteral("undoNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        page->findChild<QPushButton*>(QStringLiteral("archiveInitiativePushButton"))->click();
        QVERIFY(window.document()->initiative(id)->archived);
        QVERIFY(notice->isVisible());
        const QString name = QString::fromStdString(window.document()->initiative(id)->name);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("undoNoticeLabel"))->text().contains(name));
        window.findChild<QPushButton*>(QStringLiteral("undoNoticePushButton"))->click();
        QVERIFY(!window.document()->initiative(id)->archived);
        QVERIFY(!notice->isVisible());
    }

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setErrorReporter([this](const QString& message) { m_errors.append(message); });
        return window;
    }

    // The Alt+letter of every visible label with a buddy, button, check box, group box and tab,
    // and of the menu bar, must be unique: a duplicate makes Alt+letter land on the wrong one.
    static void checkMnemonics(const MainWindow& window, const QString& page)
    {
        QMultiMap<QChar, QString> seen;
        const auto note = [&](const QString& text, const QString& where) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] == QLatin1Char('&')) {
                    if (text[i + 1] != QLatin1Char('&')) {
                        seen.insert(text[i + 1].toLower(), where + QStringLiteral(" “") + text + QStringLiteral("”"));
                        return;
                    }
                    ++i;
                }
            }
        };
        for (QAction* menu : window.menuBar()->actions()) {
            note(menu->text(), QStringLiteral("menu"));
        }
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            if (!widget->isVisible()) {
                continue;
            }
            if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
                note(label->text(), QStringLiteral("label"));
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                note(button->text(), QStringLiteral("button"));
            } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
                note(group->title(), QStringLiteral("group"));
            } else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
                for (int tab = 0; tab < bar->count(); ++tab) {
                    note(bar->tabText(tab), QStringLiteral("tab"));
                }
            }
        }
        QStringList duplicates;
        for (const QChar key : seen.uniqueKeys()) {
            if (seen.count(key) > 1) {
                duplicates.append(
                    QStringLiteral("Alt+%1: %2").arg(key.toUpper(), seen.values(key).join(QStringLiteral(", "))));
            }
        }
        QVERIFY2(duplicates.isEmpty(), qPrintable(page + QStringLiteral(": ") + duplicates.join(QStringLiteral("; "))));
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
