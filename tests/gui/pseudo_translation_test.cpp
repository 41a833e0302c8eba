// SPDX-License-Identifier: Apache-2.0
// The app under a pseudo-translation (every string longer and accented, "[Öƥéñ… ~~]"): the
// pages and main dialogs show no text that escaped translation and no label or button too
// narrow for its text. Screenshots of each land in pseudo-screenshots/ next to this program,
// for a look at the layouts with longer words.
#include "app/assessment_document.h"
#include "app/engagement/engagement_page.h"
#include "app/engagement/initiative_dialog.h"
#include "app/engagement/respondent_dialog.h"
#include "app/engagement/round_dialog.h"
#include "app/engagement/targets_dialog.h"
#include "app/heatmap/heatmap_view.h"
#include "app/main_window.h"
#include "app/plan/action_dialog.h"
#include "app/plan/action_plan_page.h"
#include "app/plan/recommendation_dialog.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/report/report_view.h"
#include "app/settings/bank_manager_dialog.h"
#include "app/settings/report_settings_dialog.h"
#include "app/summary/summary_page.h"
#include "app/workshop/agenda_dialog.h"
#include "app/workspace.h"
#include "text/translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <functional>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

namespace {

// Text the pseudo-translation made: it carries a letter of its accented alphabet.
bool isPseudo(const QString& text)
{
    static const QString marked = QStringLiteral("åƀçðéƒĝĥíĵķļɱñöƥǫŕšţüṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÜṼŴẊÝŽ");
    return std::any_of(text.begin(), text.end(), [](QChar c) { return marked.contains(c); });
}

// Words in plain English: two ASCII letters in a row, in anything but a colour (#1F6FB2).
bool hasWords(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return words.match(text).hasMatch() && !colour.match(text).hasMatch();
}

// What the file and its bank say, which is shown as written: names, the bank's frictions and
// scale, file names.
QSet<QString> dataTexts(const Assessment& assessment, const QString& path)
{
    QSet<QString> texts{QFileInfo(path).fileName(), QString::fromStdString(assessment.organization.name)};
    for (const Initiative& initiative : assessment.initiatives) {
        texts.insert(QString::fromStdString(initiative.name));
    }
    for (const RoundData& round : assessment.rounds) {
        texts.insert(QString::fromStdString(round.round.name));
        for (const std::string& level : round.bank.scale) {
            texts.insert(QString::fromStdString(level));
        }
        for (const Friction& friction : round.bank.frictions) {
            texts.insert(QString::fromStdString(friction.name));
        }
    }
    return texts;
}

// Collects what a user reads in the chrome of `root` (never names, notes or bank text): buttons,
// group boxes, form labels, tabs, column headers, menus and the window title.
class Inspector
{
public:
    Inspector(QString where, const QSet<QString>& data) : m_where(std::move(where)), m_data(data) {}

    void inspect(QWidget* root)
    {
        check(root->windowTitle(), QStringLiteral("window title"));
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(root) || qobject_cast<QDialogButtonBox*>(widget->parentWidget())) {
                continue; // hidden, or Qt's own standard buttons
            }
            if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                check(button->text(), widget);
                // Qt's buttons size themselves to their text; the app's own cards wrap it.
                if (qobject_cast<QPushButton*>(widget) || qobject_cast<QCheckBox*>(widget) ||
                    qobject_cast<QRadioButton*>(widget) || qobject_cast<QToolButton*>(widget)) {
                    checkFits(button, button->text());
                }
            } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
                check(group->title(), widget);
            } else if (auto* label = qobject_cast<QLabel*>(widget)) {
                if (label->buddy()) {
                    check(label->text(), widget);
                }
                if (!label->wordWrap() && label->textFormat() != Qt::RichText) {
                    checkFits(label, label->text());
                }
            } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(tabs->tabText(i), widget);
                }
            } else if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->model()) {
                for (int i = 0; i < header->count(); ++i) {
                    check(header->model()->headerData(i, header->orientation()).toString(), widget);
                }
            } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
                checkActions(bar->actions(), QStringLiteral("menu bar"));
            }
        }
    }

    QStringList untranslated() const { return m_untranslated; }
    QStringList clipped() const { return m_clipped; }

private:
    void check(const QString& text, const QString& what)
    {
        if (hasWords(text) && !isPseudo(text) && !m_data.contains(QString(text).remove(QLatin1Char('&')))) {
            m_untranslated << QStringLiteral("  %1, %2: \"%3\"").arg(m_where, what, text);
        }
    }
    void check(const QString& text, const QWidget* widget)
    {
        check(text, QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName());
    }

    void checkActions(const QList<QAction*>& actions, const QString& where)
    {
        for (QAction* action : actions) {
            if (action->isSeparator() || !action->isVisible()) {
                continue;
            }
            // Language names are written in their own language, file names are the user's.
            const bool ownWords = action->data().typeId() == QMetaType::QString || action->text().contains('/');
            if (!ownWords) {
                check(action->text(), where);
            }
            if (action->menu()) {
                checkActions(action->menu()->actions(), where + QStringLiteral(" > ") + action->text());
            }
        }
    }

    // A single-line text wider than the room its widget got is cut off.
    void checkFits(QWidget* widget, const QString& text)
    {
        if (text.isEmpty() || text.contains(QLatin1Char('\n')) || widget->width() <= 0) {
            return;
        }
        const int needed = widget->sizeHint().width();
        if (needed > widget->width() + 1) {
            m_clipped << QStringLiteral("  %1, %2 %3: \"%4\" needs %5 px, has %6")
                             .arg(m_where, QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                  text)
                             .arg(needed)
                             .arg(widget->width());
        }
    }

    QString m_where;
    const QSet<QString>& m_data;
    QStringList m_untranslated;
    QStringList m_clipped;
};

} // namespace

class PseudoTranslationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(QStringLiteral(LASTMILE_PSEUDO_QM)));
        m_translations = std::make_unique<text::Translations>(QStringLiteral("de"), QStringLiteral(LASTMILE_PSEUDO_QM));
        QVERIFY(isPseudo(QCoreApplication::translate("lastmile::app::MainMenus", "&File")));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.lastmile"));
        QString error;
        QVERIFY2(Workspace::writeDemo(m_demo, &error), qPrintable(error));
        const auto document = AssessmentDocument::open(m_demo, true, &error);
        QVERIFY2(document, qPrintable(error));
        m_data = dataTexts(document->assessment(), m_demo);
        m_shots = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pseudo-screenshots"));
        QVERIFY(QDir().mkpath(m_shots));
    }

    void thePagesShowNoUntranslatedOrClippedText()
    {
        MainWindow window;
        window.setErrorReporter([](const QString& message) { QFAIL(qPrintable(message)); });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        inspect(QStringLiteral("library"), &window);
        QVERIFY(window.openFile(m_demo, false));
        const QList<std::pair<QString, QWidget*>> pages = {
            {QStringLiteral("summary"), window.summaryPage()},
            {QStringLiteral("engagement"), window.engagementPage()},
            {QStringLiteral("questionnaire"), window.questionnairePage()},
            {QStringLiteral("action-plan"), window.actionPlanPage()},
            {QStringLiteral("heatmap"), window.heatmapView()},
            {QStringLiteral("report"), window.reportView()}};
        for (const auto& [name, page] : pages) {
            auto* tabs = window.findChild<QTabWidget*>();
            QVERIFY(tabs);
            tabs->setCurrentWidget(page);
            QTest::qWait(50);
            inspect(name, &window);
        }
    }

    void theMainDialogsShowNoUntranslatedOrClippedText()
    {
        const auto document = AssessmentDocument::open(m_demo, true, nullptr);
        QVERIFY(document);
        const Assessment& assessment = document->assessment();
        const std::int64_t initiative = assessment.initiatives.front().id;
        const std::vector<std::pair<QString, std::function<QDialog*()>>> dialogs = {
            {QStringLiteral("initiative-dialog"), [] { return new InitiativeDialog; }},
            {QStringLiteral("respondent-dialog"), [] { return new RespondentDialog; }},
            {QStringLiteral("round-dialog"), [] { return new RoundDialog; }},
            {QStringLiteral("action-dialog"), [&] { return new ActionDialog(assessment); }},
            {QStringLiteral("targets-dialog"), [&] { return new TargetsDialog(document.get(), initiative); }},
            {QStringLiteral("recommendation-dialog"), [&] { return new RecommendationDialog(assessment, initiative); }},
            {QStringLiteral("report-settings-dialog"), [&] { return new ReportSettingsDialog(document.get()); }},
            {QStringLiteral("bank-manager-dialog"), [&] { return new BankManagerDialog(document.get()); }},
            {QStringLiteral("agenda-dialog"),
             [&] { return new AgendaDialog(*document, assessment.rounds.back().round.id); }},
        };
        for (const auto& [name, make] : dialogs) {
            std::unique_ptr<QDialog> dialog(make());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            inspect(name, dialog.get());
        }
    }

    void cleanupTestCase()
    {
        for (const QString& line : m_untranslated + m_clipped) {
            qInfo().noquote() << line;
        }
        QVERIFY2(m_untranslated.isEmpty(),
                 qPrintable(QStringLiteral("Text shown without translation (wrap it in tr() and translate it in "
                                           "resources/translations/lastmile_de.ts):\n") +
                            m_untranslated.join(QLatin1Char('\n'))));
        QVERIFY2(m_clipped.isEmpty(),
                 qPrintable(
                     QStringLiteral("Text too wide for its widget under longer translations (see %1):\n").arg(m_shots) +
                     m_clipped.join(QLatin1Char('\n'))));
    }

private:
    void inspect(const QString& name, QWidget* top)
    {
        top->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png")));
        Inspector inspector(name, m_data);
        inspector.inspect(top);
        m_untranslated << inspector.untranslated();
        m_clipped << inspector.clipped();
    }

    std::unique_ptr<text::Translations> m_translations;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_shots;
    QSet<QString> m_data; // names and bank text, never translated
    QStringList m_untranslated;
    QStringList m_clipped;
};

QTEST_MAIN(PseudoTranslationTest)
#include "pseudo_translation_test.moc"
