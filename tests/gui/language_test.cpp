// SPDX-License-Identifier: Apache-2.0
// The app in German: menus, the language setting, numbers and dates in the German way, and a
// report whose language is chosen for it, while files stay the same in every language.
#include "app/assessment_document.h"
#include "app/language_menu.h"
#include "app/main_window.h"
#include "app/questionnaire/answer_labels.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/report/report_view.h"
#include "app/workspace.h"
#include "render/answers_csv.h"
#include "render/report_text.h"
#include "text/messages.h"
#include "text/translations.h"

#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class LanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_translations = std::make_unique<text::Translations>(QStringLiteral("de"));
        QLocale::setDefault(text::localeFor(QStringLiteral("de")));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.lastmile"));
        QString error;
        QVERIFY2(Workspace::writeDemo(m_demo, &error), qPrintable(error));
    }

    void theMenusSpeakGerman()
    {
        MainWindow window;
        QStringList menus;
        for (QAction* action : window.menuBar()->actions()) {
            menus << action->text();
        }
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                              QStringLiteral("&Workshop"), QStringLiteral("&Hilfe")}));
        QMenu* view = window.menuBar()->actions().at(2)->menu();
        QStringList viewItems;
        for (QAction* action : view->actions()) {
            viewItems << action->text();
        }
        QVERIFY2(viewItems.contains(QStringLiteral("Maß&nahmenplan")), qPrintable(viewItems.join(u'|')));
        QVERIFY(viewItems.contains(QStringLiteral("&Sprache")));
    }

    void theLanguageMenuOffersEveryLanguageInItsOwnName()
    {
        LanguageMenu::setSetting(QStringLiteral("de"));
        LanguageMenu menu;
        QStringList items;
        QString checked;
        for (QAction* action : menu.actions()) {
            if (!action->isSeparator()) {
                items << action->text();
                checked = action->isChecked() ? action->text() : checked;
            }
        }
        QCOMPARE(items,
                 (QStringList{QStringLiteral("&Systemsprache"), QStringLiteral("English"), QStringLiteral("Deutsch")}));
        QCOMPARE(checked, QStringLiteral("Deutsch"));
        QCOMPARE(chosenLanguage(), QStringLiteral("de"));
        LanguageMenu::setSetting(QStringLiteral("en"));
        QCOMPARE(chosenLanguage(), QStringLiteral("en"));
        LanguageMenu::setSetting(QStringLiteral("klingon")); // no longer offered: the system's again
        QCOMPARE(chosenLanguage(), text::systemLanguage());
        LanguageMenu::setSetting({});
        QCOMPARE(chosenLanguage(), text::systemLanguage());
    }

    void messagesAndPluralsAreGerman()
    {
        QCOMPARE(text::Messages::band(Band::Critical), QStringLiteral("kritisch"));
        QCOMPARE(QCoreApplication::translate("lastmile::app::ActionPlanPage", "%n action(s)", nullptr, 1),
                 QStringLiteral("1 Maßnahme"));
        QCOMPARE(QCoreApplication::translate("lastmile::app::ActionPlanPage", "%n action(s)", nullptr, 4),
                 QStringLiteral("4 Maßnahmen"));
    }

    void numbersAndDatesAreShownTheGermanWay()
    {
        QCOMPARE(text::displayDate("2026-11-29"), QStringLiteral("29.11.2026"));
        QCOMPARE(text::displayDate("not a date"), QStringLiteral("not a date"));
        QCOMPARE(scoreLabel(12.5), QStringLiteral("12,5"));
        QCOMPARE(coverageLabel(0.5), QStringLiteral("50 %"));
        {
            const text::LanguageScope english(QStringLiteral("en"));
            QCOMPARE(text::displayLocale().language(), QLocale::English);
        }
        QCOMPARE(text::displayLocale().language(), QLocale::German);
    }

    void theReportLanguageIsChosenPerReport()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_demo, true));
        ReportView* view = window.reportView();
        QCOMPARE(view->languageComboBox()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(view->request().options.language, std::string("de"));
        view->languageComboBox()->setCurrentIndex(view->languageComboBox()->findData(QStringLiteral("en")));
        QCOMPARE(view->request().options.language, std::string("en"));

        QCOMPARE(render::ReportText::title(), QStringLiteral("KI-Initiativen auf der letzten Meile"));
        QCOMPARE(render::ReportText::date("2026-09-17"), QStringLiteral("17. September 2026"));
        const std::array<std::string, 5> scale = {"a", "b", "c", "d", "e"};
        QCOMPARE(render::ReportText::level(1.5, scale), QStringLiteral("1,5 · zwischen b und c"));
        QCOMPARE(render::ReportText::level(2.0, scale), QStringLiteral("2 · c"));
        const text::LanguageScope english(QStringLiteral("en"));
        QCOMPARE(render::ReportText::title(), QStringLiteral("AI last-mile assessment"));
        QCOMPARE(render::ReportText::date("2026-09-17"), QStringLiteral("17 September 2026"));
        QCOMPARE(render::ReportText::level(1.5, scale), QStringLiteral("1.5 · between b and c"));
        QCOMPARE(render::ReportText::readinessTrend(60.0, 55.0, 5.0, QStringLiteral("Q1")),
                 QStringLiteral("up 5 points since Q1"));
    }

    void theAnswersCsvIsTheSameInEveryLanguage()
    {
        const auto document = AssessmentDocument::open(m_demo, true, nullptr);
        QVERIFY(document);
        const QByteArray german = render::AnswersCsv::bytes(document->assessment());
        QVERIFY(german.contains("(consensus)"));
        QVERIFY(german.contains("round,initiative_id,initiative,friction_id"));
        const text::LanguageScope english(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(render::AnswersCsv::bytes(document->assessment()), german);
        QLocale::setDefault(text::localeFor(QStringLiteral("de")));
    }

    // Screenshots for docs/screenshots, when LASTMILE_SCREENSHOT_DIR names a folder.
    void screenshotsOfTheGermanQuestionnaire()
    {
        const QString folder = qEnvironmentVariable("LASTMILE_SCREENSHOT_DIR");
        if (folder.isEmpty()) {
            QSKIP("LASTMILE_SCREENSHOT_DIR is not set");
        }
        MainWindow window;
        window.resize(1400, 860);
        QVERIFY(window.openFile(m_demo, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>();
        tabs->setCurrentWidget(window.questionnairePage());
        QTest::qWait(200);
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("questionnaire-de.png"))));
    }

private:
    std::unique_ptr<text::Translations> m_translations;
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(LanguageTest)
#include "language_test.moc"
