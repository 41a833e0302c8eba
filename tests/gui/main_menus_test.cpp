// SPDX-License-Identifier: Apache-2.0
// The menu bar of a window: what it offers with no document, a writable one, one in review and
// while presenting; Undo and Redo following the open document; Open Recent.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/main_menus.h"
#include "app/main_window.h"
#include "app/report/report_view.h"
#include "app/workspace.h"
#include "fresh_demo.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class MainMenusTest : public QObject
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
        for (const QString& path : Workspace::recentFiles()) {
            Workspace::removeRecentFile(path);
        }
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorReporter([this](const QString& message) { m_errors.append(message); });
        m_menus = m_window->menus();
    }

    void cleanup() { m_window.reset(); }

    void withoutADocumentOnlyWhatOpensAFileIsOffered()
    {
        for (QAction* action : documentActions()) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
        QVERIFY(!m_menus->reviewAction()->isChecked());
        QVERIFY(!m_menus->undoAction()->isEnabled());
        QVERIFY(!m_menus->redoAction()->isEnabled());
        QVERIFY(!m_menus->leaveAction()->isEnabled());
        for (const QString& text :
             {QStringLiteral("&New Engagement…"), QStringLiteral("&Open…"), QStringLiteral("Open &Read-Only…"),
              QStringLiteral("Open &Demo Engagement"), QStringLiteral("Question &Banks…"), QStringLiteral("&Quit")}) {
            QAction* action = fileAction(text);
            QVERIFY2(action && action->isEnabled(), qPrintable(text));
        }
        QStringList menus;
        for (QAction* menu : m_window->menuBar()->actions()) {
            menus << menu->text();
            QVERIFY(menu->isEnabled());
        }
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                     QStringLiteral("&Workshop"), QStringLiteral("&Help")}));
    }

    void aWritableDocumentOffersEverythingAndItsUndo()
    {
        QVERIFY(m_window->openFile(m_demo, false));
        for (QAction* action : documentActions()) {
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        }
        QVERIFY(!m_menus->reviewAction()->isChecked());
        QVERIFY(!m_menus->undoAction()->isEnabled()); // nothing done yet

        AssessmentDocument& document = *m_window->document();
        const Initiative first = document.assessment().initiatives.front();
        edit::setInitiativeArchived(document, first.id, true);
        QVERIFY(m_menus->undoAction()->isEnabled());
        QCOMPARE(m_menus->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(m_menus->undoAction()->text().startsWith(QStringLiteral("&Undo ")));
        m_menus->undoAction()->trigger();
        QVERIFY(!document.initiative(first.id)->archived);
        QVERIFY(m_menus->redoAction()->isEnabled());
        QCOMPARE(m_menus->redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));

        // The Edit menu holds the open document's pair only, however often files open and close.
        QVERIFY(m_window->openFile(m_demo, false));
        m_window->closeFile();
        QVERIFY(m_window->openFile(m_demo, false));
        QCOMPARE(editMenu()->actions(), (QList<QAction*>{m_menus->undoAction(), m_menus->redoAction()}));
        QVERIFY(!m_menus->undoAction()->isEnabled()); // the new document's stack is empty

        m_window->closeFile();
        QCOMPARE(editMenu()->actions(), (QList<QAction*>{m_menus->undoAction(), m_menus->redoAction()}));
        QVERIFY(!m_menus->undoAction()->isEnabled());
        QVERIFY(!m_menus->redoAction()->isEnabled());
        for (QAction* action : documentActions()) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
    }

    void aReviewIsCheckedAndTheSwitchEdits()
    {
        QVERIFY(m_window->openFile(m_demo, true));
        QVERIFY(m_menus->reviewAction()->isEnabled());
        QVERIFY(m_menus->reviewAction()->isChecked());
        // A copy, the report and its settings are for reading too.
        QVERIFY(m_menus->saveCopyAction()->isEnabled());
        QVERIFY(m_menus->exportReportAction()->isEnabled());
        QVERIFY(m_menus->reportSettingsAction()->isEnabled());
        QVERIFY(!m_menus->undoAction()->isEnabled());

        m_menus->reviewAction()->trigger(); // unchecks: edit
        QVERIFY(!m_window->document()->isReadOnly());
        QVERIFY(!m_menus->reviewAction()->isChecked());
        m_menus->reviewAction()->trigger();
        QVERIFY(m_window->document()->isReadOnly());
        QVERIFY(m_menus->reviewAction()->isChecked());
        QVERIFY(m_errors.isEmpty());
    }

    void aReviewThatCannotEndStaysChecked()
    {
        QString error;
        const auto editing = AssessmentDocument::open(m_demo, false, &error); // another window edits it
        QVERIFY2(editing, qPrintable(error));
        QVERIFY(m_window->openFile(m_demo, false));
        QCOMPARE(m_window->document()->readOnlyReason(), AssessmentDocument::ReadOnlyReason::InUse);
        QVERIFY(m_menus->reviewAction()->isChecked());
        m_menus->reviewAction()->trigger(); // asks to edit: the file stays in review
        QVERIFY(m_window->document()->isReadOnly());
        QVERIFY(m_menus->reviewAction()->isChecked());
    }

    void viewAndExportShowTheirTabs()
    {
        QVERIFY(m_window->openFile(m_demo, false));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("documentTabWidget"));
        QVERIFY(tabs);
        const QList<QAction*>& pages = m_menus->pageActions();
        QCOMPARE(pages.size(), 6);
        for (int page = 0; page < pages.size(); ++page) {
            pages.at((page + 3) % 6)->trigger(); // from a tab other than the one before
            QCOMPARE(tabs->currentIndex(), (page + 3) % 6);
        }
        QCOMPARE(pages.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(pages.at(5)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        tabs->setCurrentIndex(0);
        m_menus->exportReportAction()->trigger();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(m_window->reportView()));
    }

    void presentingChecksTheModeAndLetsEscLeave()
    {
        QVERIFY(m_window->openFile(m_demo, false));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_menus->leaveAction()->isEnabled()); // Esc stays with the fields
        m_menus->presentAction()->trigger();
        QVERIFY(m_window->isPresenting());
        QVERIFY(m_menus->presentAction()->isChecked());
        QVERIFY(m_menus->leaveAction()->isEnabled());
        m_menus->leaveAction()->trigger();
        QVERIFY(!m_window->isPresenting());
        QVERIFY(!m_menus->presentAction()->isChecked());
        QVERIFY(!m_menus->leaveAction()->isEnabled());

        // Closing the file ends the presentation and its actions with it.
        m_menus->presentAction()->trigger();
        QVERIFY(m_window->isPresenting());
        m_menus->closeAction()->trigger();
        QVERIFY(!m_window->document());
        QVERIFY(!m_window->isPresenting());
        QVERIFY(!m_menus->presentAction()->isChecked());
        QVERIFY(!m_menus->presentAction()->isEnabled());
        QVERIFY(!m_menus->leaveAction()->isEnabled());
    }

    void quitClosesEveryWindowAndCloseOnlyItsOwn()
    {
        QGuiApplication::setQuitOnLastWindowClosed(false); // the test's program goes on
        MainWindow second;
        m_window->show();
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        m_window->menus()->closeAction()->trigger(); // with no document: nothing to close
        QVERIFY(m_window->isVisible());
        m_window->menus()->quitAction()->trigger();
        QVERIFY(!m_window->isVisible());
        QVERIFY(!second.isVisible());
        QCOMPARE(m_window->menus()->quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    }

    void openRecentListsTheLastTenMostRecentFirst()
    {
        QVERIFY(m_menus->recentMenu()->actions().isEmpty());
        QVERIFY(!m_menus->recentMenu()->isEnabled());
        QStringList paths;
        for (int n = 1; n <= 12; ++n) {
            paths.prepend(m_dir.filePath(QStringLiteral("engagement %1.lastmile").arg(n)));
            Workspace::addRecentFile(paths.first());
        }
        m_menus->updateRecentFiles();
        const QList<QAction*> items = m_menus->recentMenu()->actions();
        QCOMPARE(items.size(), 10);
        QVERIFY(m_menus->recentMenu()->isEnabled());
        for (int n = 0; n < items.size(); ++n) {
            QCOMPARE(items.at(n)->text(), QFileInfo(paths.at(n)).fileName());
            QCOMPARE(items.at(n)->toolTip(), QFileInfo(paths.at(n)).absoluteFilePath());
        }
        QCOMPARE(items.first()->text(), QStringLiteral("engagement 12.lastmile"));

        QSignalSpy asked(m_menus, &MainMenus::recentRequested);
        items.at(2)->trigger();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), QFileInfo(paths.at(2)).absoluteFilePath());
        QCOMPARE(m_errors.size(), 1); // the file does not exist: the window says so

        // Opening a file puts it first.
        QVERIFY(m_window->openFile(m_demo, false));
        QCOMPARE(m_menus->recentMenu()->actions().size(), 10);
        QCOMPARE(m_menus->recentMenu()->actions().first()->toolTip(), QFileInfo(m_demo).absoluteFilePath());
        m_menus->recentMenu()->actions().first()->trigger(); // already open here: stays open
        QCOMPARE(m_window->document()->path(), m_demo);
        QCOMPARE(m_errors.size(), 1);
    }

private:
    // The actions that need an open document.
    QList<QAction*> documentActions() const
    {
        QList<QAction*> actions{m_menus->reviewAction(),       m_menus->saveCopyAction(),
                                m_menus->exportReportAction(), m_menus->reportSettingsAction(),
                                m_menus->closeAction(),        m_menus->presentAction()};
        actions += m_menus->pageActions();
        return actions;
    }

    QAction* fileAction(const QString& text) const
    {
        for (QAction* action : m_window->menuBar()->actions().first()->menu()->actions()) {
            if (action->text() == text) {
                return action;
            }
        }
        return nullptr;
    }

    QMenu* editMenu() const { return m_window->menuBar()->actions().at(1)->menu(); }

    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_errors;
    std::unique_ptr<MainWindow> m_window;
    MainMenus* m_menus = nullptr;
};

QTEST_MAIN(MainMenusTest)
#include "main_menus_test.moc"
