// SPDX-License-Identifier: Apache-2.0
// AssessmentDocument's one write path: every edit, the document's own and another writer's on
// the same file, reaches the cache through the file's report of what changed and is announced
// once; a file that cannot be read back is an error the window shows.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/workspace.h"
#include "support/canonical_json.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <SQLiteCpp/Database.h>

using namespace lastmile;
using namespace lastmile::app;

Q_DECLARE_METATYPE(lastmile::storage::Change)

class DocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<storage::Change>();
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("document.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
    }

    void ownEditsAreAnnouncedOnceAndTheCacheMatchesTheFile()
    {
        QString error;
        auto document = AssessmentDocument::open(m_path, false, &error);
        QVERIFY2(document, qPrintable(error));
        QSignalSpy changed(document.get(), &AssessmentDocument::changed);
        const RoundData& round = document->assessment().rounds.back();
        const std::int64_t roundId = round.round.id;
        const std::int64_t initiativeId = document->assessment().initiatives.front().id;
        const std::int64_t respondentId = round.respondents.front().id;
        const std::string questionId = round.bank.frictions.front().questions.front().id;

        edit::setAnswer(*document, roundId, initiativeId, questionId, respondentId, Answer::atLevel(4));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<storage::Change>(),
                 storage::Change::answer(roundId, initiativeId, questionId, respondentId));
        QCOMPARE(document->answerOf(roundId, initiativeId, questionId, respondentId)->answer, Answer::atLevel(4));

        edit::setAnswer(*document, roundId, initiativeId, questionId, 0, Answer::atLevel(2));
        QCOMPARE(document->answerOf(roundId, initiativeId, questionId, 0)->answer, Answer::atLevel(2));
        QCOMPARE(document->answerOf(roundId, initiativeId, questionId, 0)->respondentId, std::int64_t(0));

        Action action{0, initiativeId, "process_debt", "Write the runbook", "", "", ActionStatus::Planned, "", ""};
        const std::optional<std::int64_t> actionId = edit::addAction(*document, action);
        QVERIFY(actionId);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(2).at(0).value<storage::Change>().actionId, *actionId);
        QCOMPARE(changed.at(2).at(0).value<storage::Change>().respondentId, std::int64_t(0));

        // Undoing a removal puts the action back where it was, in one edit and one event.
        edit::moveAction(*document, *actionId, 0);
        const int index = document->actionIndex(*actionId);
        QCOMPARE(index, 0);
        edit::removeAction(*document, *actionId);
        QVERIFY(!document->action(*actionId));
        changed.clear();
        document->undoStack()->undo();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(document->actionIndex(*actionId), index);

        document->undoStack()->undo(); // the move
        document->undoStack()->undo(); // the add
        document->undoStack()->undo(); // the consensus
        QVERIFY(!document->answerOf(roundId, initiativeId, questionId, 0));

        auto fresh = document->file().load();
        QVERIFY(fresh.ok());
        QCOMPARE(test::canonicalJson(document->assessment()), test::canonicalJson(*fresh));
    }

    void anotherWritersEditsTakeTheSamePath()
    {
        QString error;
        auto document = AssessmentDocument::open(m_path, false, &error);
        QVERIFY2(document, qPrintable(error));
        QSignalSpy changed(document.get(), &AssessmentDocument::changed);
        QSignalSpy saved(document.get(), &AssessmentDocument::saved);
        const RoundData& round = document->assessment().rounds.back();
        const std::int64_t roundId = round.round.id;
        const std::int64_t initiativeId = document->assessment().initiatives.front().id;
        const std::string questionId = round.bank.frictions.front().questions.back().id;
        std::vector<AnswerRecord> votes;
        for (const Respondent& respondent : round.respondents) {
            votes.push_back({initiativeId, questionId, respondent.id, Answer::atLevel(3), "", ""});
        }
        // The voting server stores the phones' votes on the document's file.
        QVERIFY(votes.size() > 1);
        QVERIFY(document->file().setAnswers(votes, roundId).ok());
        for (const AnswerRecord& vote : votes) { // the cache follows each vote at once
            QCOMPARE(document->answer(roundId, initiativeId, questionId, vote.respondentId)->answer,
                     Answer::atLevel(3));
        }
        // The views hear of the question once for the whole batch, at the next turn of the loop.
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<storage::Change>().questionId, questionId);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(saved.count(), 0); // nothing of the user's own to confirm
        QCOMPARE(test::canonicalJson(document->assessment()), test::canonicalJson(*document->file().load()));
    }

    void aFileThatCannotBeReadBackIsAnErrorTheUserSees()
    {
        QString error;
        auto document = AssessmentDocument::open(m_path, false, &error);
        QVERIFY2(document, qPrintable(error));
        QSignalSpy changed(document.get(), &AssessmentDocument::changed);
        QSignalSpy failed(document.get(), &AssessmentDocument::failed);
        {
            // Another program breaks a rule of the file the reader checks.
            SQLite::Database db(m_path.toStdString(), SQLite::OPEN_READWRITE);
            db.exec("PRAGMA ignore_check_constraints = ON");
            db.exec("UPDATE action SET status = 'someday'");
        }
        const Action before = document->assessment().actions.front();
        Action after = before;
        after.text = "Rewritten";
        edit::editAction(*document, after);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("document.lastmile")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(document->assessment().actions.front().text, before.text); // not drawn as if it worked
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(DocumentTest)
#include "document_test.moc"
