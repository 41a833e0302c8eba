// SPDX-License-Identifier: Apache-2.0
// The team repository in the app, against a real PostgreSQL server: the library lists the
// repository's engagements, opening one pulls a working copy, a sync with a progress dialog, two
// consultants' conflict shown and resolved by a person, a cancelled sync, an unreachable server.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/library/library_page.h"
#include "app/main_window.h"
#include "app/repository/conflicts_dialog.h"
#include "app/repository/progress_run.h"
#include "app/repository/repository_menu.h"
#include "app/repository/repository_model.h"
#include "app/repository/repository_panel.h"
#include "app/workspace.h"
#include "repository/repository.h"
#include "storage/assessment_file.h"
#include "support/pg_server.h"
#include "text/translations.h"

#include <QFile>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace lastmile;
using namespace lastmile::app;

namespace {

const std::string kQuestion = "ac_data_quality";

// Runs lastmile-cli; its exit status, with what it printed in `output`.
int cli(const QStringList& arguments, QString* output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(LASTMILE_CLI), arguments);
    process.waitForFinished(120000);
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString sql(const std::string& database, const std::string& statement, const std::string& user = "alice")
{
    std::string output;
    test::sharedPgServer().psql(database, statement, user, &output);
    return QString::fromStdString(output).trimmed();
}

// The note of answer (round 1, initiative 1, kQuestion, `respondent`) in the file at `path`.
QString noteInFile(const QString& path, std::int64_t respondent)
{
    auto file = storage::AssessmentFile::open(path.toStdString(), storage::OpenMode::ReadOnly);
    if (!file) {
        return QStringLiteral("(cannot open)");
    }
    const auto assessment = (*file)->load();
    for (const AnswerRecord& answer : assessment->rounds.front().answers) {
        if (answer.initiativeId == 1 && answer.questionId == kQuestion && answer.respondentId == respondent) {
            return QString::fromStdString(answer.note);
        }
    }
    return {};
}

} // namespace

class RepositoryAppTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(true);
        test::PgServer& server = test::sharedPgServer();
        m_database = "app_" + std::to_string(QCoreApplication::applicationPid());
        QCOMPARE(server.psql("postgres", "CREATE DATABASE " + m_database), 0);
        auto admin = repository::Repository::connect(server.uri(m_database));
        QVERIFY(admin.ok());
        QVERIFY((*admin)->initialize().ok());
        QCOMPARE(server.psql(m_database, "DO $$ BEGIN "
                                         "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN "
                                         "CREATE ROLE alice LOGIN; END IF; "
                                         "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bob') THEN "
                                         "CREATE ROLE bob LOGIN; END IF; END $$; "
                                         "GRANT lastmile_consultant TO alice, bob;"),
                 0);
        // Alice adds the demo engagement and makes bob a member.
        const QString original = m_files.filePath(QStringLiteral("original.lastmile"));
        QString error;
        QVERIFY2(Workspace::writeDemo(original, &error), qPrintable(error));
        QString said;
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("push"), original, uri("alice")}, &said), 0);
        m_id = said.mid(said.indexOf(QStringLiteral("as engagement ")) + 14, 36);
        QCOMPARE(server.psql(m_database, "SELECT lastmile.add_member('" + m_id.toStdString() + "', 'bob')", "alice"),
                 0);
        QFile::remove(original);
    }

    void init()
    {
        m_errors.clear();
        RepositorySettings::setAddress(uri("alice"));
    }

    void theLibraryListsTheRepositorysEngagements()
    {
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors << message; });
        RepositoryPanel* panel = window.libraryPage()->repositoryPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 20000);
        QVERIFY(panel->message().isEmpty());
        RepositoryModel* model = panel->model();
        QCOMPARE(model->data(model->index(0, RepositoryModel::NameColumn)).toString(),
                 QStringLiteral("Northgate Distribution"));
        QCOMPARE(model->data(model->index(0, RepositoryModel::RoundsColumn)).toString(), QStringLiteral("2"));
        QVERIFY(model->data(model->index(0, RepositoryModel::ChangedColumn))
                    .toString()
                    .endsWith(QStringLiteral("by alice")));
        QCOMPARE(model->data(model->index(0, RepositoryModel::CopyColumn)).toString(),
                 QStringLiteral("not on this computer"));
        QVERIFY(m_errors.isEmpty());
    }

    void openingAnEngagementPullsAWorkingCopyOnceAndOpensIt()
    {
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors << message; });
        const QString folder = m_files.filePath(QStringLiteral("alice"));
        QVERIFY(QDir().mkpath(folder));
        window.repositoryMenu()->setFolderChooser([folder](const QString&) { return folder; });
        RepositoryPanel* panel = window.libraryPage()->repositoryPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 20000);
        emit panel->view()->activated(panel->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 20000);
        m_alice = QDir(folder).filePath(QStringLiteral("Northgate Distribution.lastmile"));
        QCOMPARE(window.document()->path(), m_alice);
        QVERIFY(!window.document()->isReadOnly());
        QCOMPARE(window.repositoryMenu()->engagement(), m_id);
        QVERIFY(window.repositoryMenu()->syncAction()->isEnabled());
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));

        // Back in the library the engagement shows its working copy, and opening it again opens that file.
        window.closeFile();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->workingCopy(m_id), m_alice, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isListing(), 20000);
        emit panel->view()->activated(panel->model()->index(0, 0));
        QVERIFY(window.document() != nullptr);
        QCOMPARE(window.document()->path(), m_alice);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    }

    void twoConsultantsConflictIsShownAndResolvedByAPerson()
    {
        QVERIFY(!m_alice.isEmpty());
        // Bob pulls his working copy and answers respondent 1 offline, then syncs first.
        const QString bob = m_files.filePath(QStringLiteral("bob.lastmile"));
        QCOMPARE(
            cli({QStringLiteral("repo"), QStringLiteral("pull"), uri("bob"), m_id, QStringLiteral("--output"), bob}),
            0);
        QCOMPARE(cli({QStringLiteral("answer"), bob, QStringLiteral("--round"), QStringLiteral("1"),
                      QStringLiteral("--initiative"), QStringLiteral("1"), QStringLiteral("--question"),
                      QString::fromStdString(kQuestion), QStringLiteral("--respondent"), QStringLiteral("1"),
                      QStringLiteral("--level"), QStringLiteral("1"), QStringLiteral("--note"),
                      QStringLiteral("bob at the workshop")}),
                 0);
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("sync"), bob}), 0);

        // Alice answers the same question in the app and syncs.
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors << message; });
        QVERIFY(window.openFile(m_alice, false));
        edit::setAnswer(*window.document(), 1, 1, kQuestion, 1, Answer::atLevel(3));
        edit::setAnswerText(*window.document(), 1, 1, kQuestion, 1, "alice in the office", "");
        QSignalSpy finished(window.repositoryMenu(), &RepositoryMenu::operationFinished);
        window.repositoryMenu()->syncAction()->trigger();
        QVERIFY(ProgressRun::current() != nullptr);
        QVERIFY(ProgressRun::current()->isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        // The repository's (bob's) value is in use, alice's is kept with the conflict and shown.
        QCOMPARE(noteInFile(m_alice, 1), QStringLiteral("bob at the workshop"));
        ConflictsDialog* dialog = window.repositoryMenu()->conflictsDialog();
        QVERIFY(dialog != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 1, 20000);
        const QString row = dialog->table()->item(0, 0)->text();
        QVERIFY2(row.contains(QStringLiteral("answer of “")) && row.contains(QStringLiteral("AI order management")),
                 qPrintable(row));
        const QString mine = dialog->table()->item(0, 2)->text();
        const QString theirs = dialog->table()->item(0, 3)->text();
        QVERIFY2(mine.contains(QStringLiteral("level 3; note: alice in the office")) &&
                     mine.contains(QStringLiteral("— alice, ")),
                 qPrintable(mine));
        QVERIFY2(theirs.contains(QStringLiteral("level 1; note: bob at the workshop")) &&
                     theirs.contains(QStringLiteral("— bob, ")),
                 qPrintable(theirs));
        QVERIFY(window.repositoryMenu()->conflictsAction()->text().contains(QStringLiteral("(1)")));

        // Alice keeps her value; the choice and the value reach the repository at once.
        dialog->table()->selectRow(0);
        QVERIFY(dialog->keepMineButton()->isEnabled());
        QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(noteInFile(m_alice, 1), QStringLiteral("alice in the office"));
        QCOMPARE(window.document()->answer(1, 1, kQuestion, 1)->note, std::string("alice in the office"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 0, 20000);
        QCOMPARE(sql(m_database, "SELECT kept || ' ' || resolved_by FROM lastmile.conflict"),
                 QStringLiteral("local alice"));

        // Bob syncs: both working copies hold alice's value, and no conflict is open.
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("sync"), bob}), 0);
        QCOMPARE(noteInFile(bob, 1), QStringLiteral("alice in the office"));
        QString open;
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("conflicts"), bob}, &open), 0);
    }

    void aCancelledSyncChangesNothing()
    {
        QVERIFY(!m_alice.isEmpty());
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors << message; });
        QVERIFY(window.openFile(m_alice, false));
        edit::setAnswerText(*window.document(), 1, 1, kQuestion, 2, "not sent", "");
        const QString before = sql(m_database, "SELECT note FROM lastmile.answer WHERE respondent_id = 2 AND "
                                               "initiative_id = 1 AND round_id = 1 AND question_id = '" +
                                                   kQuestion + "'");
        QSignalSpy finished(window.repositoryMenu(), &RepositoryMenu::operationFinished);
        window.repositoryMenu()->sync();
        QProgressDialog* progress = ProgressRun::current();
        QVERIFY(progress != nullptr);
        emit progress->canceled(); // Cancel before the work starts: its first progress report cancels it
        QVERIFY(finished.wait(60000));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Cancelled")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(noteInFile(m_alice, 2), QStringLiteral("not sent"));
        QCOMPARE(sql(m_database, "SELECT note FROM lastmile.answer WHERE respondent_id = 2 AND initiative_id = 1 AND "
                                 "round_id = 1 AND question_id = '" +
                                     kQuestion + "'"),
                 before);
        QVERIFY(!window.document()->undoStack()->isClean() || window.document()->undoStack()->count() > 0);
    }

    void anUnreachableServerIsAPlainMessageAndLocalFilesStillOpen()
    {
        RepositorySettings::setAddress(QStringLiteral("postgresql:///firm?host=/nonexistent/socket&user=alice"));
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors << message; });
        RepositoryPanel* panel = window.libraryPage()->repositoryPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->message().contains(QStringLiteral("cannot be listed right now")), 20000);
        QVERIFY(panel->message().contains(QStringLiteral("cannot connect to the repository")));
        QVERIFY(m_errors.isEmpty());
        QVERIFY(window.openFile(m_alice, false));
        QVERIFY(window.document() != nullptr);
        QVERIFY(m_errors.isEmpty());
    }

    void theAddressIsRememberedWithoutAPassword()
    {
        RepositorySettings::setAddress(QStringLiteral("postgresql://alice:secret@db.example.com/firm"));
        QCOMPARE(RepositorySettings::address(), QStringLiteral("postgresql://alice@db.example.com/firm"));
        RepositorySettings::setAddress(QString());
        MainWindow window;
        QVERIFY(window.libraryPage()->repositoryPanel()->message().contains(QStringLiteral("Not connected")));
    }

    // Screenshots for docs/screenshots, when LASTMILE_SCREENSHOT_DIR names a folder: the library
    // with the repository's engagements, a sync under way, and the conflicts view.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LASTMILE_SCREENSHOT_DIR");
        if (folder.isEmpty()) {
            QSKIP("LASTMILE_SCREENSHOT_DIR is not set");
        }
        QVERIFY(!m_alice.isEmpty());
        const text::Translations english(QStringLiteral("en")); // English plurals, as the app shows them
        RepositorySettings::setAddress(uri("alice"));
        for (const auto& [name, seed] :
             {std::pair{"synthetic-a.lastmile", "7"}, std::pair{"synthetic-b.lastmile", "8"}}) {
            const QString file = m_files.filePath(QString::fromLatin1(name));
            QCOMPARE(cli({QStringLiteral("generate"), file, QStringLiteral("--initiatives"), QStringLiteral("6"),
                          QStringLiteral("--respondents"), QStringLiteral("5"), QStringLiteral("--rounds"),
                          QStringLiteral("3"), QStringLiteral("--seed"), QString::fromLatin1(seed)}),
                     0);
            QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("push"), file, uri("alice")}), 0);
        }
        // Bob answers two questions at the workshop; alice answers them differently in the office.
        const QString bob = m_files.filePath(QStringLiteral("bob.lastmile"));
        for (const char* respondent : {"2", "3"}) {
            QCOMPARE(cli({QStringLiteral("answer"), bob, QStringLiteral("--round"), QStringLiteral("1"),
                          QStringLiteral("--initiative"), QStringLiteral("1"), QStringLiteral("--question"),
                          QString::fromStdString(kQuestion), QStringLiteral("--respondent"),
                          QString::fromLatin1(respondent), QStringLiteral("--level"), QStringLiteral("2"),
                          QStringLiteral("--note"), QStringLiteral("Data owner named at the plant workshop")}),
                     0);
        }
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("sync"), bob}), 0);

        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors << message; });
        window.resize(1280, 820);
        window.show();
        QVERIFY(window.openFile(m_alice, false));
        for (std::int64_t respondent : {2, 3}) {
            edit::setAnswer(*window.document(), 1, 1, kQuestion, respondent, Answer::atLevel(4));
            edit::setAnswerText(*window.document(), 1, 1, kQuestion, respondent,
                                "Quality dashboard reviewed monthly by the COO", "");
        }
        QSignalSpy finished(window.repositoryMenu(), &RepositoryMenu::operationFinished);
        window.repositoryMenu()->sync();
        QProgressDialog* progress = ProgressRun::current();
        QVERIFY(progress != nullptr);
        // The picture shows the bar part way, as a sync of a large engagement does for a while.
        progress->setRange(0, 1000);
        progress->setValue(420);
        QTest::qWait(300);
        QVERIFY(window.screen()
                    ->grabWindow(0)
                    .copy(window.geometry())
                    .save(QDir(folder).filePath(QStringLiteral("repository-sync.png"))));
        QVERIFY(finished.wait(60000));
        ConflictsDialog* dialog = window.repositoryMenu()->conflictsDialog();
        QVERIFY(dialog != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 2, 20000);
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("repository-conflicts.png"))));
        dialog->close();

        window.closeFile();
        window.libraryPage()->refresh();
        RepositoryPanel* panel = window.libraryPage()->repositoryPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isListing() && panel->model()->rowCount() == 3, 20000);
        QTest::qWait(500);
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("library-repository.png"))));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

private:
    QString uri(const std::string& user) const
    {
        return QString::fromStdString(test::sharedPgServer().uri(m_database, user));
    }

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::string m_database;
    QString m_id;
    QString m_alice;
    QStringList m_errors;
};

QTEST_MAIN(RepositoryAppTest)
#include "repository_app_test.moc"
