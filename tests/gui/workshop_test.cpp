// SPDX-License-Identifier: Apache-2.0
// The round of the room as a facilitator runs it: the first question first, an agenda planned,
// saved and resumed the next day, answers hidden from the projector until the reveal, a
// projector view that fits 1280×720, Esc out of the notes, and the advance setting.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/workshop/agenda_dialog.h"
#include "app/workshop/presentation_window.h"
#include "app/workshop/room_controller.h"
#include "app/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class WorkshopTest : public QObject
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
        m_projector.reset();
        if (m_page) {
            m_page->setDocument(nullptr);
        }
        m_page.reset();
        m_document.reset();
    }

    void anInitiativeWithoutAnswersStartsOnItsFirstQuestionEveryTime()
    {
        QVERIFY(openPage());
        Initiative fresh;
        fresh.name = "Invoice matching";
        const auto id = edit::addInitiative(*m_document, fresh);
        QVERIFY(id);
        const std::string first = bank().frictions.front().questions.front().id;
        for (int opening = 0; opening < 3; ++opening) {
            m_page->showInitiative(*id, m_page->roundId());
            QCOMPARE(m_page->initiativeId(), *id);
            QCOMPARE(m_page->currentFriction(), 0);
            QCOMPARE(m_page->currentQuestionId().toStdString(), first);
        }
        // Answered, the next opening goes on to the second question.
        press(Qt::Key_2);
        m_page->showInitiative(*id, m_page->roundId());
        QCOMPARE(m_page->currentQuestionId().toStdString(), bank().frictions.front().questions[1].id);
    }

    void anAgendaIsSavedAndResumedWhereTheRoomStopped()
    {
        QVERIFY(openPage());
        const std::int64_t round = m_page->roundId();
        const std::vector<std::int64_t> initiatives = {activeInitiatives()[1], activeInitiatives()[0]};
        // Two frictions of the second and the first initiative, a minute each.
        const std::vector<AgendaItem> questions =
            agendaItems(bank(), {0}, {bank().frictions[2].id, bank().frictions[4].id}, {}, 60);
        {
            AgendaDialog dialog(*m_document, round);
            dialog.choose(initiatives, questions);
            dialog.setAnonymousReveal(true);
            QSignalSpy planned(&dialog, &AgendaDialog::planned);
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(planned.count(), 1);
            edit::setAgenda(*m_document, round, planned.at(0).at(1).value<std::optional<Agenda>>());
        }
        QVERIFY(m_document->agenda(round));
        const Agenda planned = *m_document->agenda(round);
        const Agenda* agenda = &planned;
        QCOMPARE(int(agenda->items.size()), 2 * 2 * 9);
        QCOMPARE(agenda->items.front().initiativeId, initiatives[0]);
        QCOMPARE(agenda->items.front().timeBoxSeconds, 60);
        QVERIFY(agenda->anonymousReveal);

        // The page follows the plan: the first item, then along the agenda.
        QCOMPARE(m_page->initiativeId(), initiatives[0]);
        QCOMPARE(m_page->currentQuestionId().toStdString(), agenda->items[0].questionId);
        for (int step = 0; step < 10; ++step) {
            press(Qt::Key_Right);
        }
        QCOMPARE(m_page->currentQuestionId().toStdString(), agenda->items[10].questionId);
        QCOMPARE(m_document->agenda(round)->position, 10);
        QCOMPARE(m_page->roomController()->room().secondsLeft(), 60);

        // The next morning: the file is opened again and the room is where it stopped.
        m_page->setDocument(nullptr);
        m_document.reset();
        QVERIFY(openPage());
        QCOMPARE(m_page->roomController()->room().position(), 10);
        QCOMPARE(m_page->initiativeId(), planned.items[10].initiativeId);
        QCOMPARE(m_page->currentQuestionId().toStdString(), planned.items[10].questionId);
        press(Qt::Key_Left);
        QCOMPARE(m_page->roomController()->room().position(), 9);
        // Undo forgets the plan; the page keeps its question.
        m_document->undoStack()->clear();
        edit::setAgenda(*m_document, round, std::nullopt);
        QVERIFY(!m_document->agenda(round));
        QVERIFY(!m_page->roomController()->hasPlannedAgenda());
        QCOMPARE(m_page->currentQuestionId().toStdString(), planned.items[9].questionId);
    }

    void theProjectorShowsNoAnswerBeforeTheReveal()
    {
        QVERIFY(openPage());
        showFreshInitiative();
        const RoundData* round = m_document->round(m_page->roundId());
        QVERIFY(round->respondents.size() >= 3);
        const std::string question = m_page->currentQuestionId().toStdString();
        // Each respondent answers the open question.
        const std::vector<int> levels = {0, 3, 4};
        for (std::size_t r = 0; r < levels.size(); ++r) {
            edit::setAnswer(*m_document, round->round.id, m_page->initiativeId(), question, round->respondents[r].id,
                            Answer::atLevel(levels[r]));
        }
        m_projector = std::make_unique<PresentationWindow>(*m_page->roomController());
        m_projector->resize(1280, 720);
        m_projector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_projector.get()));

        const QString before = m_projector->visibleText();
        for (int level = 0; level <= 4; ++level) {
            QVERIFY2(choiceText(level).isEmpty(), qPrintable(choiceText(level)));
        }
        QVERIFY(!before.contains(QStringLiteral("Median")));
        QVERIFY(before.contains(QStringLiteral("Answered: ")));
        // Who has answered, never what.
        QVERIFY(before.contains(QString::fromStdString(round->respondents[0].name)));

        m_page->reveal();
        for (std::size_t r = 0; r < levels.size(); ++r) {
            QVERIFY2(choiceText(levels[r]).contains(QString::fromStdString(round->respondents[r].name)),
                     qPrintable(choiceText(levels[r])));
        }
        QVERIFY(m_projector->visibleText().contains(QStringLiteral("Median 3")));
        QVERIFY(m_projector->visibleText().contains(QStringLiteral("The room disagrees")));

        // Moving on hides the answers again.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        press(Qt::Key_Right);
        QVERIFY(!m_page->roomController()->room().isRevealed());
        QVERIFY(!m_projector->visibleText().contains(QStringLiteral("Median")));
    }

    void anAnonymousRevealShowsCountsWithoutNames()
    {
        QVERIFY(openPage());
        showFreshInitiative();
        const std::int64_t round = m_page->roundId();
        Agenda agenda = fullAgenda(round, bank(), {m_page->initiativeId()});
        agenda.anonymousReveal = true;
        edit::setAgenda(*m_document, round, agenda);
        const RoundData* data = m_document->round(round);
        const std::string question = m_page->currentQuestionId().toStdString();
        edit::setAnswer(*m_document, round, m_page->initiativeId(), question, data->respondents[0].id,
                        Answer::atLevel(2));
        m_projector = std::make_unique<PresentationWindow>(*m_page->roomController());
        m_projector->resize(1280, 720);
        m_projector->show();
        m_page->reveal();
        const QString name = QString::fromStdString(data->respondents[0].name);
        QVERIFY(!choiceText(2).contains(name));
        QVERIFY(choiceText(2).startsWith(QStringLiteral("1")));
    }

    void theProjectorFitsEveryChoiceAt1280x720AndAt4K()
    {
        QVERIFY(openPage());
        m_projector = std::make_unique<PresentationWindow>(*m_page->roomController());
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
            m_projector->resize(size);
            m_projector->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_projector.get()));
            QApplication::processEvents();
            const QStringList names = {
                QStringLiteral("presentationLevel0"),       QStringLiteral("presentationLevel1"),
                QStringLiteral("presentationLevel2"),       QStringLiteral("presentationLevel3"),
                QStringLiteral("presentationLevel4"),       QStringLiteral("presentationDontKnow"),
                QStringLiteral("presentationNotApplicable")};
            for (const QString& name : names) {
                auto* frame = m_projector->findChild<QFrame*>(name);
                QVERIFY(frame);
                const QRect inWindow(frame->mapTo(m_projector.get(), QPoint(0, 0)), frame->size());
                QVERIFY2(m_projector->rect().contains(inWindow), qPrintable(QStringLiteral("%1 at %2×%3: %4,%5 %6×%7")
                                                                                .arg(name)
                                                                                .arg(size.width())
                                                                                .arg(size.height())
                                                                                .arg(inWindow.x())
                                                                                .arg(inWindow.y())
                                                                                .arg(inWindow.width())
                                                                                .arg(inWindow.height())));
            }
            auto* question = m_projector->findChild<QLabel*>(QStringLiteral("presentationQuestionLabel"));
            QVERIFY(question->font().pixelSize() >= 14 * size.height() / 720 * 3 / 4);
        }
    }

    void theProjectorTakesTheFacilitatorsKeys()
    {
        QVERIFY(openPage());
        m_projector = std::make_unique<PresentationWindow>(*m_page->roomController());
        m_projector->addActions(m_page->keyActions());
        m_projector->resize(1280, 720);
        m_projector->show();
        m_projector->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_projector.get()));
        const std::string question = m_page->currentQuestionId().toStdString();
        QTest::keyClick(m_projector.get(), Qt::Key_2);
        const ConsensusRecord* consensus = m_document->consensus(m_page->roundId(), m_page->initiativeId(), question);
        QVERIFY(consensus);
        QCOMPARE(consensus->answer, Answer::atLevel(2));
        QTest::keyClick(m_projector.get(), Qt::Key_V);
        QVERIFY(m_page->roomController()->room().isRevealed());
        QTest::keyClick(m_projector.get(), Qt::Key_Right);
        QVERIFY(m_page->currentQuestionId().toStdString() != question);
        QVERIFY(m_projector->visibleText().contains(
            m_page->findChild<QLabel*>(QStringLiteral("questionTextLabel"))->text()));
    }

    void escapeLeavesTheNotesBackToAnswering()
    {
        QVERIFY(openPage());
        auto* notes = m_page->findChild<QPlainTextEdit*>(QStringLiteral("notesTextEdit"));
        QVERIFY(notes);
        const std::string question = m_page->currentQuestionId().toStdString();
        press(Qt::Key_3); // a note belongs to an answer
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("ok"));
        QTest::keyClick(notes, Qt::Key_Escape);
        QVERIFY(!notes->hasFocus());
        // The digit answers; it is not typed into the note.
        press(Qt::Key_2);
        QCOMPARE(notes->toPlainText(), QStringLiteral("ok"));
        const ConsensusRecord* consensus = m_document->consensus(m_page->roundId(), m_page->initiativeId(), question);
        QVERIFY(consensus);
        QCOMPARE(consensus->answer, Answer::atLevel(2));
        QCOMPARE(consensus->note, std::string("ok"));
    }

    void advancingIsOffForARoomAndRemembered()
    {
        QVERIFY(openPage());
        QVERIFY(m_document->round(m_page->roundId())->respondents.size() > 1);
        QVERIFY(!m_page->advanceAfterAnswering());
        const QString question = m_page->currentQuestionId();
        press(Qt::Key_1);
        QCOMPARE(m_page->currentQuestionId(), question); // the next person answers the same question
        m_page->setAdvanceAfterAnswering(true);
        m_page->setDocument(nullptr);
        m_page = std::make_unique<QuestionnairePage>();
        m_page->setDocument(m_document.get());
        QVERIFY(m_page->advanceAfterAnswering());
    }

private:
    bool openPage()
    {
        QString error;
        m_document = AssessmentDocument::open(m_path, false, &error);
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
        return m_page->initiativeId() != 0 && !m_page->currentQuestionId().isEmpty();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
        QTest::keyClick(target, key, modifiers);
    }

    // A new initiative without answers, shown on the page.
    void showFreshInitiative()
    {
        Initiative fresh;
        fresh.name = "Invoice matching";
        const auto id = edit::addInitiative(*m_document, fresh);
        QVERIFY(id);
        m_page->showInitiative(*id, m_page->roundId());
        QCOMPARE(m_page->initiativeId(), *id);
    }

    const QuestionBank& bank() const { return m_document->round(m_page->roundId())->bank; }

    std::vector<std::int64_t> activeInitiatives() const
    {
        std::vector<std::int64_t> ids;
        for (const Initiative& initiative : m_document->assessment().initiatives) {
            if (!initiative.archived) {
                ids.push_back(initiative.id);
            }
        }
        return ids;
    }

    // What the projector shows of one level's reveal: its count and names.
    QString choiceText(int level) const
    {
        const QString base = QStringLiteral("presentationLevel%1").arg(level);
        auto* count = m_projector->findChild<QLabel*>(base + QStringLiteral("Count"));
        auto* names = m_projector->findChild<QLabel*>(base + QStringLiteral("Names"));
        QString text;
        if (count && count->isVisibleTo(m_projector.get())) {
            text += count->text();
        }
        if (names && names->isVisibleTo(m_projector.get())) {
            text += QLatin1Char(' ') + names->text();
        }
        return text.trimmed();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AssessmentDocument> m_document;
    std::unique_ptr<QuestionnairePage> m_page;
    std::unique_ptr<PresentationWindow> m_projector;
};

QTEST_MAIN(WorkshopTest)
#include "workshop_test.moc"
