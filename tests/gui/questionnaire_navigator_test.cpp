// SPDX-License-Identifier: Apache-2.0
// The questionnaire's navigation and answering, without widgets: where it stands, how it moves
// and what an answer writes.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/questionnaire/questionnaire_navigator.h"
#include "app/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace lastmile;
using namespace lastmile::app;

class QuestionnaireNavigatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("navigator.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
        m_document = AssessmentDocument::open(m_path, false, &error);
        QVERIFY2(m_document, qPrintable(error));
    }

    void cleanup() { m_document.reset(); }

    void startsOnTheFirstActiveInitiativeAndTheLatestRound()
    {
        Initiative first = m_document->assessment().initiatives.front();
        first.archived = true;
        edit::editInitiative(*m_document, first);
        QuestionnaireNavigator navigator;
        navigator.setDocument(m_document.get());
        const Assessment& assessment = m_document->assessment();
        QCOMPARE(navigator.initiativeId(), assessment.initiatives[1].id);
        QCOMPARE(navigator.roundId(), assessment.rounds.back().round.id);
        QCOMPARE(navigator.respondentId(), std::int64_t(0));
        QCOMPARE(navigator.currentQuestion()->id, assessment.rounds.back().bank.frictions[0].questions[0].id);
    }

    void movesThroughTheBankAcrossFrictions()
    {
        QuestionnaireNavigator navigator;
        navigator.setDocument(m_document.get());
        QSignalSpy moved(&navigator, &QuestionnaireNavigator::moved);
        const QuestionBank& bank = navigator.round()->bank;
        const int last = int(bank.frictions[0].questions.size()) - 1;

        navigator.previousQuestion(); // nothing before the first question
        QCOMPARE(navigator.friction(), 0);
        QCOMPARE(navigator.question(), 0);
        QCOMPARE(moved.count(), 0);

        QVERIFY(navigator.goTo(0, last));
        navigator.nextQuestion();
        QCOMPARE(navigator.friction(), 1);
        QCOMPARE(navigator.question(), 0);
        navigator.previousQuestion();
        QCOMPARE(navigator.friction(), 0);
        QCOMPARE(navigator.question(), last);
        navigator.nextFriction();
        navigator.nextFriction();
        QCOMPARE(navigator.friction(), 2);
        QCOMPARE(navigator.question(), 0);
        QVERIFY(!navigator.goTo(int(bank.frictions.size()), 0));
        QCOMPARE(navigator.friction(), 2);
        QCOMPARE(moved.count(), 5);
    }

    void answersForTheRespondentOrTheConsensusAndMovesOn()
    {
        QuestionnaireNavigator navigator;
        navigator.setDocument(m_document.get());
        const RoundData& round = *navigator.round();
        const Respondent& ana = round.respondents.front();
        navigator.setRespondent(ana.id);
        navigator.goTo(0, 0);
        navigator.setAdvanceAfterAnswering(true);
        const std::string first = navigator.currentQuestion()->id;

        QVERIFY(navigator.answer(Answer::atLevel(3), true));
        QCOMPARE(m_document->answer(round.round.id, navigator.initiativeId(), first, ana.id)->answer,
                 Answer::atLevel(3));
        QCOMPARE(navigator.question(), 1); // moved on after the answer

        navigator.setAdvanceAfterAnswering(false);
        navigator.setRespondent(0);
        QVERIFY(navigator.goTo(0, 0));
        QVERIFY(navigator.answer(Answer::dontKnow(), true));
        QCOMPARE(navigator.question(), 0); // stays: moving on is off
        QCOMPARE(m_document->consensus(round.round.id, navigator.initiativeId(), first)->answer, Answer::dontKnow());
        QCOMPARE(navigator.currentAnswer()->respondentId, std::int64_t(0));

        QVERIFY(navigator.answer(std::nullopt, false)); // clearing
        QVERIFY(!navigator.currentAnswer());
    }

    void skipsToTheNextQuestionTheAnswererLeftOpen()
    {
        QuestionnaireNavigator navigator;
        navigator.setDocument(m_document.get());
        const Respondent& ana = navigator.round()->respondents.front();
        navigator.setRespondent(ana.id);
        navigator.setAdvanceAfterAnswering(false);
        const auto& questions = navigator.round()->bank.frictions[0].questions;
        for (int question = 0; question < 3; ++question) {
            navigator.goTo(0, question);
            navigator.answer(Answer::atLevel(2), false);
        }
        for (int question = 3; question < int(questions.size()); ++question) {
            navigator.goTo(0, question);
            navigator.answer(std::nullopt, false);
        }
        navigator.goTo(0, 0);
        navigator.nextUnanswered(true);
        QCOMPARE(navigator.friction(), 0);
        QCOMPARE(navigator.question(), 3);
        navigator.nextUnanswered(true); // the current one is open: stay
        QCOMPARE(navigator.question(), 3);
        navigator.nextUnanswered();
        QCOMPARE(navigator.question(), questions.size() > 4 ? 4 : 0);
    }

    void cyclesAnswerersAndKeepsThePersonAcrossRounds()
    {
        QuestionnaireNavigator navigator;
        navigator.setDocument(m_document.get());
        const Assessment& assessment = m_document->assessment();
        QVERIFY(assessment.rounds.size() >= 2);
        const RoundData& latest = assessment.rounds.back();
        navigator.cycleRespondent(1);
        QCOMPARE(navigator.respondentId(), latest.respondents.front().id);
        navigator.cycleRespondent(-1);
        navigator.cycleRespondent(-1);
        QCOMPARE(navigator.respondentId(), latest.respondents.back().id);

        const Respondent& person = latest.respondents.front();
        navigator.setRespondent(person.id);
        const RoundData& earlier = assessment.rounds[assessment.rounds.size() - 2];
        navigator.switchRound(earlier.round.id);
        QCOMPARE(navigator.roundId(), earlier.round.id);
        const auto same = std::find_if(earlier.respondents.begin(), earlier.respondents.end(),
                                       [&](const Respondent& r) { return r.name == person.name; });
        QCOMPARE(navigator.respondentId(), same == earlier.respondents.end() ? std::int64_t(0) : same->id);
    }

    void aReviewAnswersNothing()
    {
        m_document.reset();
        QString error;
        m_document = AssessmentDocument::open(m_path, true, &error);
        QVERIFY2(m_document, qPrintable(error));
        QuestionnaireNavigator navigator;
        navigator.setDocument(m_document.get());
        QVERIFY(!navigator.canAnswer());
        const auto before = navigator.currentAnswer();
        QVERIFY(!navigator.answer(Answer::atLevel(1), true));
        QCOMPARE(navigator.currentAnswer().has_value(), before.has_value());
        QCOMPARE(navigator.question(), 0);
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AssessmentDocument> m_document;
};

QTEST_MAIN(QuestionnaireNavigatorTest)
#include "questionnaire_navigator_test.moc"
