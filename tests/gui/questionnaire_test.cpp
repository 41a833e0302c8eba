// SPDX-License-Identifier: Apache-2.0
// The questionnaire as a workshop uses it: answering with the keyboard alone, for a respondent
// and as the consensus, undo, notes, not applicable with a reason, read-only files, live updates
// and names shown as plain text.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/questionnaire/friction_step_model.h"
#include "app/questionnaire/level_card.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class QuestionnaireTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
    }

    void cleanup()
    {
        if (m_page) {
            m_page->setDocument(nullptr);
        }
        m_page.reset();
        m_document.reset();
    }

    void answersAFrictionWithTheKeyboardAlone()
    {
        QVERIFY(openPage(false));
        const std::int64_t alex = addRespondent(QStringLiteral("Alex Kim"));
        press(Qt::Key_R, Qt::ShiftModifier); // the last respondent: the one just added
        QCOMPARE(m_page->respondentId(), alex);
        QCOMPARE(m_page->currentFriction(), 0);
        m_page->setAdvanceAfterAnswering(true); // one person through a friction alone

        const Friction friction = bank().frictions.front(); // a copy: the document goes away below
        std::vector<int> levels;
        for (std::size_t index = 0; index < friction.questions.size(); ++index) {
            levels.push_back(int((index * 3 + 1) % 5));
            press(Qt::Key(Qt::Key_0 + levels.back()));
        }
        // Advancing after each answer crossed into the next friction.
        QCOMPARE(m_page->currentFriction(), 1);
        QCOMPARE(m_page->currentQuestionId(), QString::fromStdString(bank().frictions[1].questions[0].id));
        for (std::size_t index = 0; index < friction.questions.size(); ++index) {
            const AnswerRecord* record = answer(friction.questions[index].id, alex);
            QVERIFY(record);
            QCOMPARE(record->answer, Answer::atLevel(levels[index]));
        }
        const auto* steps = m_page->findChild<QAbstractItemModel*>();
        QVERIFY(steps);
        QCOMPARE(steps->index(0, 0).data(FrictionStepModel::AnsweredRole).toInt(), int(friction.questions.size()));

        // The answers are in the file.
        const std::int64_t round = m_page->roundId();
        const std::int64_t initiative = m_page->initiativeId();
        m_page->setDocument(nullptr);
        m_document.reset();
        QString error;
        auto reopened = AssessmentDocument::open(m_path, true, &error);
        QVERIFY2(reopened, qPrintable(error));
        for (std::size_t index = 0; index < friction.questions.size(); ++index) {
            const AnswerRecord* record = reopened->answer(round, initiative, friction.questions[index].id, alex);
            QVERIFY(record);
            QCOMPARE(record->answer, Answer::atLevel(levels[index]));
        }
    }

    void undoTakesBackAnAnswer()
    {
        QVERIFY(openPage(false));
        const std::int64_t alex = addRespondent(QStringLiteral("Alex Kim"));
        m_page->setRespondent(alex);
        const std::string question = m_page->currentQuestionId().toStdString();
        press(Qt::Key_3);
        QVERIFY(answer(question, alex));
        m_document->undoStack()->undo();
        QVERIFY(!answer(question, alex));
        QVERIFY(!levelCard(3)->isSelected() || m_page->currentQuestionId().toStdString() != question);
        m_document->undoStack()->redo();
        QCOMPARE(answer(question, alex)->answer, Answer::atLevel(3));
        press(Qt::Key_Left); // back to the question; Backspace clears it
        QCOMPARE(m_page->currentQuestionId().toStdString(), question);
        QVERIFY(levelCard(3)->isSelected());
        press(Qt::Key_Backspace);
        QVERIFY(!answer(question, alex));
    }

    void recordsTheConsensusAndShowsTheRoom()
    {
        QVERIFY(openPage(false));
        QCOMPARE(m_page->respondentId(), std::int64_t(0));
        m_page->setAdvanceAfterAnswering(false);
        const std::string question = m_page->currentQuestionId().toStdString();
        press(Qt::Key_1);
        const ConsensusRecord* consensus = m_document->consensus(m_page->roundId(), m_page->initiativeId(), question);
        QVERIFY(consensus);
        QCOMPARE(consensus->answer, Answer::atLevel(1));
        QVERIFY(label(QStringLiteral("consensusLabel"))->text().contains(QLatin1String("1")));
        QVERIFY(!m_page->findChild<QPlainTextEdit*>(QStringLiteral("evidenceTextEdit"))->isVisibleTo(m_page.get()));
    }

    void flagsDisagreementFromAnswersGivenElsewhere()
    {
        QVERIFY(openPage(false));
        const std::int64_t alex = addRespondent(QStringLiteral("Alex Kim"));
        const std::int64_t sam = addRespondent(QStringLiteral("Sam Ode"));
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        const QString here = m_page->currentQuestionId();
        // Answers that do not come from this page appear at once, and the page stays where it was.
        edit::setAnswer(*m_document, m_page->roundId(), m_page->initiativeId(), here.toStdString(), alex,
                        Answer::atLevel(0));
        edit::setAnswer(*m_document, m_page->roundId(), m_page->initiativeId(), here.toStdString(), sam,
                        Answer::atLevel(4));
        QCOMPARE(m_page->currentQuestionId(), here);
        // Until the reveal the facilitator's screen shows who answered, not what.
        QVERIFY(!label(QStringLiteral("disagreementLabel"))->isVisibleTo(m_page.get()));
        QVERIFY(!findLabelWithText(QStringLiteral("4")));
        press(Qt::Key_V);
        QVERIFY(label(QStringLiteral("disagreementLabel"))->isVisibleTo(m_page.get()));
        QVERIFY(label(QStringLiteral("spreadLabel"))->text().contains(QLatin1String("4")));
        QVERIFY(findLabelWithText(QStringLiteral("Sam Ode")));
    }

    void notApplicableTakesAReason()
    {
        QVERIFY(openPage(false));
        const std::int64_t alex = addRespondent(QStringLiteral("Alex Kim"));
        m_page->setRespondent(alex);
        m_page->setAdvanceAfterAnswering(true);
        const std::string question = m_page->currentQuestionId().toStdString();
        press(Qt::Key_N);
        auto* reason = m_page->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"));
        QCOMPARE(QApplication::focusWidget(), reason);
        QCOMPARE(answer(question, alex)->answer.kind, Answer::Kind::NotApplicable);
        const int steps = m_document->undoStack()->index();
        // Letters and digits typed into the field are text, not shortcuts.
        QTest::keyClicks(reason, QStringLiteral("No pilots: 1 vendor DJN"));
        QCOMPARE(m_page->currentQuestionId().toStdString(), question);
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(answer(question, alex)->answer, Answer::notApplicable("No pilots: 1 vendor DJN"));
        QCOMPARE(m_document->undoStack()->index(), steps + 1);
        QVERIFY(m_page->currentQuestionId().toStdString() != question); // advanced
    }

    void notesTypingIsOneUndoStep()
    {
        QVERIFY(openPage(false));
        const std::int64_t alex = addRespondent(QStringLiteral("Alex Kim"));
        m_page->setRespondent(alex);
        m_page->setAdvanceAfterAnswering(false);
        const std::string question = m_page->currentQuestionId().toStdString();
        press(Qt::Key_2);
        const int steps = m_document->undoStack()->index();
        press(Qt::Key_Tab);
        auto* notes = m_page->findChild<QPlainTextEdit*>(QStringLiteral("notesTextEdit"));
        QCOMPARE(QApplication::focusWidget(), notes);
        QTest::keyClicks(notes, QStringLiteral("Room says 3, D and N"));
        QTest::keyClick(notes, Qt::Key_Left); // moves the cursor, not the question
        QTest::keyClick(notes, Qt::Key_Backspace);
        QCOMPARE(m_page->currentQuestionId().toStdString(), question);
        QTRY_COMPARE(QString::fromStdString(answer(question, alex)->note), QStringLiteral("Room says 3, D andN"));
        QTest::keyClicks(notes, QStringLiteral("more"));
        m_page->flushPendingText();
        QCOMPARE(QString::fromStdString(answer(question, alex)->note), QStringLiteral("Room says 3, D andmoreN"));
        QCOMPARE(answer(question, alex)->answer, Answer::atLevel(2));
        QCOMPARE(m_document->undoStack()->index(), steps + 1);
        m_document->undoStack()->undo();
        QCOMPARE(QString::fromStdString(answer(question, alex)->note), QString());
        QCOMPARE(notes->toPlainText(), QString());
        QCOMPARE(answer(question, alex)->answer, Answer::atLevel(2));
    }

    void movesBetweenQuestionsAndFrictions()
    {
        QVERIFY(openPage(false));
        const Friction first = bank().frictions[0];
        const int last = int(first.questions.size()) - 1;
        for (int index = 0; index < last; ++index) {
            press(Qt::Key_PageDown);
        }
        QCOMPARE(m_page->currentQuestionId().toStdString(), first.questions.back().id);
        press(Qt::Key_Down); // across the friction boundary
        QCOMPARE(m_page->currentFriction(), 1);
        press(Qt::Key_Up);
        QCOMPARE(m_page->currentFriction(), 0);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_page->currentFriction(), 2);
        QCOMPARE(m_page->currentQuestionId().toStdString(), bank().frictions[2].questions[0].id);
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_page->currentFriction(), 1);

        const std::int64_t alex = addRespondent(QStringLiteral("Alex Kim"));
        m_page->setRespondent(alex);
        m_page->setAdvanceAfterAnswering(false);
        press(Qt::Key_4);
        press(Qt::Key_J); // the next question Alex has not answered
        QCOMPARE(m_page->currentQuestionId().toStdString(), bank().frictions[1].questions[1].id);
        press(Qt::Key_Left);
        press(Qt::Key_F6);
        QCOMPARE(m_page->currentQuestionId().toStdString(), bank().frictions[1].questions[1].id);
    }

    void readOnlyFileRefusesEveryKey()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(openPage(true));
        const std::string question = m_page->currentQuestionId().toStdString();
        const auto consensusBefore = consensusAnswer(question);
        const int answersBefore = int(m_document->round(m_page->roundId())->answers.size());
        for (const Qt::Key key : {Qt::Key_3, Qt::Key_D, Qt::Key_N, Qt::Key_Backspace, Qt::Key_Delete}) {
            press(key);
        }
        QVERIFY(!levelCard(3)->isEnabled());
        QTest::mouseClick(levelCard(2), Qt::LeftButton);
        auto* notes = m_page->findChild<QPlainTextEdit*>(QStringLiteral("notesTextEdit"));
        QVERIFY(notes->isReadOnly());
        QTest::keyClicks(notes, QStringLiteral("changed"));
        m_page->flushPendingText();
        QCOMPARE(m_page->currentQuestionId().toStdString(), question);
        QCOMPARE(consensusAnswer(question), consensusBefore);
        QCOMPARE(int(m_document->round(m_page->roundId())->answers.size()), answersBefore);
        QCOMPARE(m_document->undoStack()->count(), 0);
        press(Qt::Key_Right); // moving still works
        QVERIFY(m_page->currentQuestionId().toStdString() != question);
        cleanup();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void namesAreShownAsPlainText()
    {
        QVERIFY(openPage(false));
        addRespondent(QStringLiteral("<b>x</b>"));
        QLabel* name = findLabelWithText(QStringLiteral("<b>x</b>"));
        QVERIFY(name);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        auto* respondents = m_page->findChild<QComboBox*>(QStringLiteral("respondentComboBox"));
        QVERIFY(respondents->findText(QStringLiteral("<b>x</b>"), Qt::MatchStartsWith) >= 0);
        press(Qt::Key_R, Qt::ShiftModifier);
        QVERIFY(label(QStringLiteral("overallProgressLabel"))->text().startsWith(QStringLiteral("<b>x</b>")));
        QCOMPARE(label(QStringLiteral("overallProgressLabel"))->textFormat(), Qt::PlainText);
    }

    void stepModelIsAWellBehavedModel()
    {
        FrictionStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps({{QStringLiteral("Process debt"), 1, 9, 40.0, Band::Moderate, 0.6, false, 0},
                        {QStringLiteral("Tribal knowledge"), 0, 9, std::nullopt, std::nullopt, 0.0, true, 0}});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(1).data(FrictionStepModel::ScoreRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSteps({{QStringLiteral("Process debt"), 2, 9, 55.0, Band::High, 0.7, false, 1},
                        {QStringLiteral("Tribal knowledge"), 0, 9, std::nullopt, std::nullopt, 0.0, true, 0}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(FrictionStepModel::BandRole).toInt(), int(Band::High));
        model.setSteps({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    bool openPage(bool readOnly)
    {
        QString error;
        m_document = AssessmentDocument::open(m_path, readOnly, &error);
        if (!m_document) {
            qWarning() << error;
            return false;
        }
        m_page = std::make_unique<QuestionnairePage>();
        m_page->resize(1400, 900);
        m_page->setDocument(m_document.get());
        m_page->show();
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get())) {
            return false;
        }
        m_page->setFocus();
        return m_page->initiativeId() != 0 && m_page->roundId() != 0 && !m_page->currentQuestionId().isEmpty();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
        QTest::keyClick(target, key, modifiers);
    }

    std::int64_t addRespondent(const QString& name)
    {
        const auto id = edit::addRespondent(*m_document, Respondent{0, m_page->roundId(), name.toStdString(), {}});
        return id.value_or(0);
    }

    const QuestionBank& bank() const { return m_document->round(m_page->roundId())->bank; }

    const AnswerRecord* answer(const std::string& question, std::int64_t respondent) const
    {
        return m_document->answer(m_page->roundId(), m_page->initiativeId(), question, respondent);
    }

    std::optional<Answer> consensusAnswer(const std::string& question) const
    {
        const ConsensusRecord* record = m_document->consensus(m_page->roundId(), m_page->initiativeId(), question);
        return record ? std::optional<Answer>(record->answer) : std::nullopt;
    }

    LevelCard* levelCard(int level) const
    {
        return m_page->findChild<LevelCard*>(QStringLiteral("levelCard%1").arg(level));
    }

    QLabel* label(const QString& name) const { return m_page->findChild<QLabel*>(name); }

    QLabel* findLabelWithText(const QString& text) const
    {
        const auto labels = m_page->findChildren<QLabel*>();
        for (QLabel* candidate : labels) {
            if (candidate->text() == text) {
                return candidate;
            }
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AssessmentDocument> m_document;
    std::unique_ptr<QuestionnairePage> m_page;
};

QTEST_MAIN(QuestionnaireTest)
#include "questionnaire_test.moc"
