// SPDX-License-Identifier: Apache-2.0
#include "session/room_follower.h"
#include "session/room_round.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

using namespace lastmile;
using lastmile::session::RoomFollower;
using lastmile::session::RoomRound;
using lastmile::session::RoomSnapshot;

class RoomRoundTest : public QObject
{
    Q_OBJECT

private:
    static Agenda threeItems(int position = 0, int timeBox = 0)
    {
        return {1, {{10, "q1", timeBox}, {10, "q2", 0}, {11, "q1", 0}}, position, false};
    }

private slots:
    void startsOnTheAgendaPositionCollecting()
    {
        RoomRound round;
        QSignalSpy moved(&round, &RoomRound::positionChanged);
        round.setAgenda(threeItems(1));
        QCOMPARE(round.position(), 1);
        QCOMPARE(round.phase(), RoomRound::Phase::Collecting);
        QVERIFY(round.current());
        QCOMPARE(round.current()->questionId, std::string("q2"));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(round.secondsLeft(), -1);
    }

    void movesWithinTheAgendaOnly()
    {
        RoomRound round;
        round.setAgenda(threeItems());
        QSignalSpy moved(&round, &RoomRound::positionChanged);
        round.previous();
        QCOMPARE(round.position(), 0);
        QCOMPARE(moved.count(), 0);
        round.next();
        round.next();
        round.next();
        QCOMPARE(round.position(), 2);
        QCOMPARE(moved.count(), 2);
        QVERIFY(round.open(10, "q2"));
        QCOMPARE(round.position(), 1);
        QVERIFY(!round.open(12, "q1"));
        QCOMPARE(round.position(), 1);
        QVERIFY(round.isOffAgenda());
        QCOMPARE(round.current()->initiativeId, std::int64_t(12));
        QCOMPARE(round.secondsLeft(), -1);
        // Next goes back to the agenda where the room left it.
        round.next();
        QVERIFY(!round.isOffAgenda());
        QCOMPARE(round.position(), 1);
        QCOMPARE(round.current()->questionId, std::string("q2"));
    }

    void openingTheOpenQuestionAgainKeepsItsReveal()
    {
        RoomRound round;
        round.setAgenda(threeItems());
        round.reveal();
        QVERIFY(round.open(10, "q1"));
        QVERIFY(round.isRevealed());
    }

    void revealsThenCollectsAgainOnTheNextQuestion()
    {
        RoomRound round;
        round.setAgenda(threeItems());
        QSignalSpy phases(&round, &RoomRound::phaseChanged);
        round.reveal();
        QVERIFY(round.isRevealed());
        round.revote();
        QCOMPARE(round.phase(), RoomRound::Phase::Collecting);
        round.reveal();
        round.next();
        QCOMPARE(round.phase(), RoomRound::Phase::Collecting);
        QCOMPARE(phases.count(), 4);
    }

    void anEmptyAgendaHasNoOpenQuestion()
    {
        RoomRound round;
        round.setAgenda({1, {}, 0, false});
        QVERIFY(!round.current());
        round.next();
        round.reveal();
        QCOMPARE(round.phase(), RoomRound::Phase::Collecting);
        QCOMPARE(round.secondsLeft(), -1);
    }

    void countsDownTheTimeBoxAndSaysWhenItRunsOut()
    {
        RoomRound round;
        QSignalSpy expired(&round, &RoomRound::timeBoxExpired);
        round.setAgenda(threeItems(0, 1));
        QVERIFY(round.isTimeBoxRunning());
        QCOMPARE(round.secondsLeft(), 1);
        QVERIFY(expired.wait(5000));
        QCOMPARE(round.secondsLeft(), 0);
        QVERIFY(!round.isTimeBoxRunning());
        // The next item has no time box; coming back restarts the first one.
        round.next();
        QCOMPARE(round.secondsLeft(), -1);
        round.previous();
        QCOMPARE(round.secondsLeft(), 1);
    }

    void pausesAndStopsTheTimeBoxAtTheReveal()
    {
        RoomRound round;
        round.setAgenda(threeItems(0, 120));
        round.setTimeBoxPaused(true);
        QVERIFY(!round.isTimeBoxRunning());
        QCOMPARE(round.secondsLeft(), 120);
        round.setTimeBoxPaused(false);
        QVERIFY(round.isTimeBoxRunning());
        round.reveal();
        QVERIFY(!round.isTimeBoxRunning());
        QCOMPARE(round.secondsLeft(), 0);
    }

    // What the voting server follows: a snapshot when the room moves, reveals, collects again or
    // its time box starts or pauses, never for each second of a running time box.
    void theFollowerTellsWhatThePhonesShowNotEachSecond()
    {
        RoomRound round;
        round.setAgenda(threeItems(0, 120));
        RoomFollower follower;
        std::vector<RoomSnapshot> told;
        connect(&follower, &RoomFollower::changed, this, [&told](const RoomSnapshot& room) { told.push_back(room); });
        follower.follow(&round);
        QCOMPARE(follower.room(), &round);
        QCOMPARE(told.size(), std::size_t(1));
        QVERIFY(told.back().item);
        QCOMPARE(told.back().item->questionId, std::string("q1"));
        QCOMPARE(told.back().position, 0);
        QCOMPARE(told.back().count, 3);
        QVERIFY(!told.back().revealed && !told.back().offAgenda);
        QVERIFY(told.back().timeBoxRunning);
        QCOMPARE(told.back().secondsLeft, 120);

        QSignalSpy ticks(&round, &RoomRound::secondsLeftChanged);
        QVERIFY(ticks.wait(3000));
        QCOMPARE(told.size(), std::size_t(1));
        round.setTimeBoxPaused(true);
        QCOMPARE(told.size(), std::size_t(2));
        QVERIFY(!told.back().timeBoxRunning);

        round.reveal();
        QVERIFY(told.back().revealed);
        round.next();
        QCOMPARE(told.back().position, 1);
        QCOMPARE(told.back().item->questionId, std::string("q2"));
        QVERIFY(!told.back().revealed);
        QCOMPARE(told.back().secondsLeft, -1);
        QVERIFY(!round.open(99, "elsewhere"));
        QVERIFY(told.back().offAgenda);
        QCOMPARE(told.back().item->initiativeId, std::int64_t(99));
        QCOMPARE(told.back().position, 0);
        QCOMPARE(told.back().count, 0);

        const std::size_t before = told.size();
        follower.follow(nullptr);
        round.next();
        QCOMPARE(told.size(), before);
        QVERIFY(!follower.room());
        auto gone = std::make_unique<RoomRound>();
        follower.follow(gone.get());
        gone.reset();
        QVERIFY(!follower.room());
    }
};

QTEST_GUILESS_MAIN(RoomRoundTest)
#include "room_round_test.moc"
