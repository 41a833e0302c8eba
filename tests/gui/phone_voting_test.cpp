// SPDX-License-Identifier: Apache-2.0
// Phone voting from the app: started from the Workshop menu on loopback, a phone (a scripted
// WebSocket client) joins with the code, votes, and the facilitator's answered count, the
// document and the file follow at once; a typed name waits for Admit; the projector shows the
// QR code and the join code while the room collects, and the reveal reaches the phone; Stop,
// closing the file or the window ends the server; a read-only file and a port in use are told.
#include "app/assessment_document.h"
#include "app/main_window.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/workshop/phone_voting.h"
#include "app/workshop/phone_voting_dialog.h"
#include "app/workshop/phone_voting_panel.h"
#include "app/workshop/presentation_window.h"
#include "app/workshop/room_controller.h"
#include "app/workshop/workshop_menu.h"
#include "app/workspace.h"
#include "modules/module_loader.h"
#include "modules/voting_module.h"
#include "phone_client.h"
#include "storage/assessment_file.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");

// The newest message of `type` a phone received, or an empty object.
QJsonObject lastOfType(const test::PhoneClient& phone, const QString& type)
{
    const auto& messages = phone.messages();
    for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
        if (it->value(QStringLiteral("type")).toString() == type) {
            return *it;
        }
    }
    return {};
}

// A phone speaking the protocol by hand, for typed names: what it heard is kept.
class HandPhone
{
public:
    explicit HandPhone(quint16 port) : m_port(port), m_socket(QStringLiteral("http://127.0.0.1:%1").arg(port))
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                         [this](const QString& text) { m_heard.append(text); });
    }
    // Connects and greets with `code`; true once sent.
    bool hello(const QString& code)
    {
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port)));
        if (!QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000)) {
            return false;
        }
        m_socket.sendTextMessage(QStringLiteral(R"({"type":"hello","code":"%1"})").arg(code));
        return true;
    }
    // Connects and greets with `code`; true once the server offered the names.
    bool greet(const QString& code)
    {
        return hello(code) && QTest::qWaitFor([&] { return heard().contains(QStringLiteral("\"names\"")); }, 5000);
    }
    void typeName(const QString& name)
    {
        m_socket.sendTextMessage(QStringLiteral(R"({"type":"join","name":"%1"})").arg(name));
    }
    QString heard() const { return m_heard.join(QLatin1Char('\n')); }

private:
    quint16 m_port;
    QWebSocket m_socket;
    QStringList m_heard;
};

} // namespace

class PhoneVotingTest : public QObject
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
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorReporter([](const QString& message) { qWarning("%s", qPrintable(message)); });
    }

    void cleanup()
    {
        modules::setModuleDirectory(QString());
        for (QMessageBox* box : m_window->findChildren<QMessageBox*>()) {
            delete box;
        }
        m_window.reset();
    }

    void theRoomVotesFromAPhoneStartedFromTheMenu()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QVERIFY(workshop);
        auto* start = m_window->findChild<QAction*>(QStringLiteral("startPhoneVotingAction"));
        QVERIFY(start);
        QVERIFY(start->isEnabled());
        // Workshop > Start Phone Voting…, this computer only, any port.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<PhoneVotingDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setAddress(kLoopback);
            dialog->setPort(0);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        start->trigger();
        PhoneVoting* voting = workshop->phoneVoting();
        QVERIFY(voting && voting->isRunning());
        QCOMPARE(voting->server()->address(), kLoopback);
        QVERIFY(QFile::exists(m_path + QStringLiteral(".session")));
        QVERIFY(!start->isEnabled());
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("stopPhoneVotingAction"))->isEnabled());

        // The facilitator's panel shows the address and the code.
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("phoneVotingDock"));
        QVERIFY(dock && dock->isVisibleTo(m_window.get()));
        const QString code = voting->code();
        QVERIFY(code.contains(QLatin1Char('-')));
        QVERIFY(label(QStringLiteral("phoneVotingCodeLabel"))->text().contains(code));
        QCOMPARE(label(QStringLiteral("phoneVotingAddressLabel"))->text(),
                 QStringLiteral("http://127.0.0.1:%1").arg(voting->server()->port()));

        // The projector shows the QR code of the join address and the code while collecting.
        m_window->setPresentationMode(true);
        PresentationWindow* projector = m_window->presentationWindow();
        QVERIFY(projector);
        QVERIFY(projector->isShowingJoin());
        QCOMPARE(QString::fromUtf8(projector->joinQrText()), voting->joinUrl().toString(QUrl::FullyEncoded));
        QVERIFY(voting->joinUrl().toString().contains(QStringLiteral("code=")));
        QVERIFY(projector->visibleText().contains(code));
        QVERIFY(projector->visibleText().contains(voting->address()));

        // A phone joins as the round's first respondent and votes on the open question.
        RoomController* room = m_window->questionnairePage()->roomController();
        const std::int64_t roundId = room->roundId();
        const std::int64_t initiativeId = room->initiativeId();
        const std::string question = room->questionId();
        QVERIFY(!question.empty());
        const RoundData* round = m_window->document()->round(roundId);
        QVERIFY(round && !round->respondents.empty());
        std::int64_t respondent = 0;
        for (const Respondent& each : round->respondents) {
            if (!m_window->document()->answer(roundId, initiativeId, question, each.id)) {
                respondent = each.id;
                break;
            }
        }
        QVERIFY2(respondent != 0, "the demo's open question has a respondent without an answer");
        const int answeredBefore = room->tally().answered;
        auto* answered = label(QStringLiteral("answeredCountLabel"));
        QCOMPARE(answered->text(), RoomController::answeredText(room->tally()));

        test::PhoneClient phone(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(voting->server()->port())),
                                voting->server()->code());
        phone.connectAs(respondent);
        QTRY_VERIFY(phone.isJoined());
        QTRY_COMPARE(voting->server()->members().size(), std::size_t(1));
        QTRY_VERIFY(list(QStringLiteral("phoneVotingMembersList"))->count() == 1);
        QVERIFY(list(QStringLiteral("phoneVotingMembersList"))->item(0)->text().contains(QStringLiteral("connected")));
        const QJsonObject state = lastOfType(phone, QStringLiteral("state"));
        QCOMPARE(state.value(QStringLiteral("phase")).toString(), QStringLiteral("collecting"));

        // The server in the voting module tells the app of each stored vote and each refusal.
        QSignalSpy voted(voting->server(), &modules::PhoneVotingServer::voted);
        QSignalSpy refused(voting->server(), &modules::PhoneVotingServer::refused);
        phone.vote(question, "3");
        QTRY_COMPARE(phone.acknowledgements(), 1);
        QCOMPARE(voted.count(), 1);
        QCOMPARE(voted.at(0).at(0).value<std::int64_t>(), respondent);
        QCOMPARE(voted.at(0).at(1).toString(), QString::fromStdString(question));
        QCOMPARE(voted.at(0).at(2).toString(), QStringLiteral("3"));
        HandPhone guesser(voting->server()->port());
        QVERIFY(guesser.hello(QStringLiteral("WRONGCODE00")));
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("code"));
        // The facilitator's count, the document and the file have it, once.
        QTRY_COMPARE(room->tally().answered, answeredBefore + 1);
        QCOMPARE(answered->text(), RoomController::answeredText(room->tally()));
        QVERIFY(projector->visibleText().contains(RoomController::answeredText(room->tally())));
        const AnswerRecord* stored = m_window->document()->answer(roundId, initiativeId, question, respondent);
        QVERIFY(stored);
        QCOMPARE(stored->answer.kind, Answer::Kind::Level);
        QCOMPARE(stored->answer.level, 3);
        QCOMPARE(answersInFile(roundId, initiativeId, question, respondent), 1);

        // A changed vote replaces the answer; a resent one is not written twice.
        phone.vote(question, "1");
        QTRY_COMPARE(phone.acknowledgements(), 2);
        QTRY_COMPARE(m_window->document()->answer(roundId, initiativeId, question, respondent)->answer.level, 1);
        QCOMPARE(room->tally().answered, answeredBefore + 1);
        QCOMPARE(answersInFile(roundId, initiativeId, question, respondent), 1);

        // The reveal reaches the phone, and the projector gives the screen to the distribution.
        m_window->questionnairePage()->reveal();
        QTRY_COMPARE(lastOfType(phone, QStringLiteral("state")).value(QStringLiteral("phase")).toString(),
                     QStringLiteral("revealed"));
        QVERIFY(lastOfType(phone, QStringLiteral("state")).contains(QStringLiteral("reveal")));
        QVERIFY(!projector->isShowingJoin());
        m_window->questionnairePage()->voteAgain();
        QVERIFY(projector->isShowingJoin());

        // The roster follows the phone's connection.
        QListWidget* members = list(QStringLiteral("phoneVotingMembersList"));
        phone.abort();
        QTRY_VERIFY(members->item(0)->text().contains(QStringLiteral("not connected")));
        phone.reconnect();
        QTRY_VERIFY(phone.isJoined());
        QTRY_VERIFY(!members->item(0)->text().contains(QStringLiteral("not connected")));

        // Stop: the phones are closed, nothing listens, the journal is gone, the projector clears.
        const quint16 port = voting->server()->port();
        m_window->findChild<QAction*>(QStringLiteral("stopPhoneVotingAction"))->trigger();
        QVERIFY(!voting->isRunning());
        QVERIFY(!voting->server());
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".session")));
        QVERIFY(!projector->isShowingJoin());
        QVERIFY(!dock->isVisibleTo(m_window.get()));
        QTRY_VERIFY(!phone.isConnected());
        QVERIFY(!canConnect(port));
        QVERIFY(start->isEnabled());
    }

    void aTypedNameWaitsUntilTheFacilitatorAdmitsIt()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        modules::PhoneVotingServer* server = workshop->phoneVoting()->server();
        HandPhone dana(server->port());
        QVERIFY(dana.greet(workshop->phoneVoting()->code()));
        dana.typeName(QStringLiteral("Dana Weiss"));
        QListWidget* waiting = list(QStringLiteral("phoneVotingWaitingList"));
        QTRY_COMPARE(waiting->count(), 1);
        QCOMPARE(waiting->item(0)->text(), QStringLiteral("Dana Weiss"));
        auto* admitAs = m_window->findChild<QComboBox*>(QStringLiteral("phoneVotingAdmitAsCombo"));
        QVERIFY(admitAs->itemText(0).contains(QStringLiteral("Dana Weiss")));
        QVERIFY(admitAs->count() > 1); // or as one of the round's respondents
        admitAs->setCurrentIndex(0);
        const std::int64_t roundId = m_window->questionnairePage()->roomController()->roundId();
        const std::size_t before = m_window->document()->round(roundId)->respondents.size();

        m_window->findChild<QPushButton*>(QStringLiteral("phoneVotingAdmitButton"))->click();
        QCOMPARE(waiting->count(), 0);
        QTRY_VERIFY(dana.heard().contains(QStringLiteral("\"waiting\":false")));
        // Admitted as a new respondent of the round, by the name typed, shown as plain text.
        const RoundData* round = m_window->document()->round(roundId);
        QCOMPARE(round->respondents.size(), before + 1);
        QCOMPARE(round->respondents.back().name, std::string("Dana Weiss"));
        QTRY_COMPARE(list(QStringLiteral("phoneVotingMembersList"))->count(), 1);

        // A second typed name is refused: it is told so and nothing is added.
        HandPhone mallory(server->port());
        QVERIFY(mallory.greet(workshop->phoneVoting()->code()));
        mallory.typeName(QStringLiteral("<b>Mallory</b>"));
        mallory.typeName(QStringLiteral("Mallory"));
        QTRY_COMPARE(waiting->count(), 1);
        QCOMPARE(waiting->item(0)->text(), QStringLiteral("Mallory"));
        m_window->findChild<QPushButton*>(QStringLiteral("phoneVotingRefuseButton"))->click();
        QCOMPARE(waiting->count(), 0);
        QTRY_VERIFY(mallory.heard().contains(QStringLiteral("\"refused\"")));
        QCOMPARE(m_window->document()->round(roundId)->respondents.size(), before + 1);
    }

    // Votes stored together reach the views together: the document reads the round's answers
    // once for the batch and announces each question once, not once per vote.
    void aBatchOfVotesIsReadOnceAndAnnouncedOncePerQuestion()
    {
        QVERIFY(m_window->openFile(m_path, false));
        openRoom();
        AssessmentDocument* document = m_window->document();
        RoomController* room = m_window->questionnairePage()->roomController();
        const RoundData* round = document->round(room->roundId());
        QVERIFY(round->respondents.size() >= 3);
        std::vector<AnswerRecord> votes;
        for (std::size_t i = 0; i < 3; ++i) {
            votes.push_back(
                {room->initiativeId(), room->questionId(), round->respondents[i].id, Answer::atLevel(int(i)), {}, {}});
        }
        QSignalSpy changes(document, &AssessmentDocument::changed);
        QVERIFY(document->file().setAnswers(votes, room->roundId()));
        QTRY_COMPARE(changes.count(), 1);
        QTest::qWait(50);
        QCOMPARE(changes.count(), 1);
        const auto change = changes.at(0).at(0).value<storage::Change>();
        QCOMPARE(change.kind, storage::Change::Kind::Answer);
        QCOMPARE(change.questionId, room->questionId());
        for (const AnswerRecord& vote : votes) {
            const AnswerRecord* stored =
                document->answer(room->roundId(), vote.initiativeId, vote.questionId, vote.respondentId);
            QVERIFY(stored);
            QCOMPARE(stored->answer.level, vote.answer.level);
        }
        QCOMPARE(label(QStringLiteral("answeredCountLabel"))->text(), RoomController::answeredText(room->tally()));
    }

    void closingTheFileOrTheWindowStopsTheServer()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        quint16 port = workshop->phoneVoting()->server()->port();
        QVERIFY(canConnect(port));
        m_window->closeFile();
        QVERIFY(!workshop->phoneVoting()->isRunning());
        QVERIFY(!canConnect(port));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".session")));

        QVERIFY(m_window->openFile(m_path, false));
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        port = workshop->phoneVoting()->server()->port();
        m_window->close();
        QVERIFY(!workshop->phoneVoting()->isRunning());
        QVERIFY(!canConnect(port));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".session")));
    }

    void anAddressThatLeavesTheComputerIsToldUntilItIsBack()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        PhoneVoting* voting = workshop->phoneVoting();
        QLabel* lost = label(QStringLiteral("phoneVotingAddressLostLabel"));
        QVERIFY(!lost->isVisibleTo(m_window.get()));
        voting->setAddressSource([] { return QStringList{QStringLiteral("192.0.2.7")}; });
        QVERIFY(!voting->addressAvailable());
        QVERIFY(lost->isVisibleTo(m_window.get()));
        QVERIFY(lost->text().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(voting->isRunning()); // the Wi-Fi may come back: nothing is stopped
        voting->setAddressSource([] { return QStringList{kLoopback}; });
        QVERIFY(voting->addressAvailable());
        QVERIFY(!lost->isVisibleTo(m_window.get()));
    }

    // The app stopped without ending the session (a crash, a flat battery): started again on
    // the same file and round, voting resumes with the same code, and the phones reattach.
    void aSessionLeftBehindResumesWithItsCode()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        const QString code = workshop->phoneVoting()->code();
        const QString journal = PhoneVoting::journalPath(m_path);
        QCOMPARE(journal, m_path + QStringLiteral(".session"));
        QFile kept(journal);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray left = kept.readAll();
        kept.close();
        workshop->stopPhoneVoting();
        QVERIFY(!QFile::exists(journal));
        QFile restored(journal); // what a killed app leaves behind
        QVERIFY(restored.open(QIODevice::WriteOnly));
        restored.write(left);
        restored.close();
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        QVERIFY(workshop->phoneVoting()->server()->resumed());
        QCOMPARE(workshop->phoneVoting()->code(), code);
    }

    void movingToAnotherRoundStopsVotingAndSaysSo()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        const quint16 port = workshop->phoneVoting()->server()->port();
        const auto& rounds = m_window->document()->assessment().rounds;
        QVERIFY(rounds.size() >= 2);
        QuestionnairePage* page = m_window->questionnairePage();
        QVERIFY(page->roundId() != rounds.front().round.id);
        page->showInitiative(m_window->document()->assessment().initiatives.front().id, rounds.front().round.id);
        QCOMPARE(page->roomController()->roundId(), rounds.front().round.id);
        // The phones would otherwise vote into the round the room left.
        QVERIFY(!workshop->phoneVoting()->isRunning());
        QVERIFY(!canConnect(port));
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("phoneVotingProblemBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("another round")));
    }

    void aReadOnlyFileCannotStartVoting()
    {
        QVERIFY(m_window->openFile(m_path, true));
        WorkshopMenu* workshop = openRoom();
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("startPhoneVotingAction"))->isEnabled());
        QString error;
        QVERIFY(!workshop->startPhoneVoting(kLoopback, 0, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
        QVERIFY(!workshop->phoneVoting()->isRunning());
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".session")));
    }

    void aPortInUseIsToldPlainly()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QString error;
        QVERIFY(!workshop->startPhoneVoting(kLoopback, taken.serverPort(), &error));
        QVERIFY2(error.contains(QString::number(taken.serverPort())), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("127.0.0.1")));
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("phoneVotingProblemBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), error);
        QVERIFY(!workshop->phoneVoting()->isRunning());
        // An address that is not this computer's is refused too.
        QVERIFY(!workshop->startPhoneVoting(QStringLiteral("192.0.2.1"), 0, &error));
        QVERIFY(error.contains(QStringLiteral("192.0.2.1")));
    }

    void theDialogOffersLoopbackAndRemembersTheChoice()
    {
        const auto interfaces = PhoneVotingDialog::interfaces();
        QVERIFY(!interfaces.empty());
        QCOMPARE(interfaces.back().address, kLoopback);
        for (const auto& each : interfaces) {
            QCOMPARE(QHostAddress(each.address).protocol(), QAbstractSocket::IPv4Protocol);
            QVERIFY(QHostAddress(each.address) != QHostAddress(QHostAddress::AnyIPv4));
        }
        {
            PhoneVotingDialog dialog;
            QCOMPARE(dialog.port(), quint16(0));
            QVERIFY(dialog.findChild<QSpinBox*>()->text().size() > 0);
            dialog.setAddress(kLoopback);
            dialog.setPort(45678);
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        PhoneVotingDialog again;
        QCOMPARE(again.address(), kLoopback);
        QCOMPARE(again.port(), quint16(45678));
        // An address the computer no longer has falls back to the first one offered.
        again.setAddress(QStringLiteral("192.0.2.1"));
        QCOMPARE(again.address(), interfaces.front().address);
    }

    // Without its module (not installed, or a library it needs missing) phone voting is refused
    // with the module's file named, from the menu and from a call, and nothing starts.
    void aMissingVotingModuleIsToldAndNothingStarts()
    {
        QVERIFY(m_window->openFile(m_path, false));
        WorkshopMenu* workshop = openRoom();
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        modules::setModuleDirectory(empty.path());
        const QString module = empty.filePath(QStringLiteral("lastmile-voting.so"));

        bool asked = false; // the address dialog has nothing to offer without the module
        QTimer::singleShot(0, this, [&asked] {
            if (auto* dialog = qobject_cast<PhoneVotingDialog*>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->reject();
            }
        });
        m_window->findChild<QAction*>(QStringLiteral("startPhoneVotingAction"))->trigger();
        QVERIFY(!asked);
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("phoneVotingProblemBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(module), qPrintable(box->text()));
        delete box;

        QString error;
        QVERIFY(!workshop->startPhoneVoting(kLoopback, 0, &error));
        modules::setModuleDirectory(QString());
        QVERIFY2(error.contains(module) && error.contains(QStringLiteral("the file is missing")), qPrintable(error));
        QVERIFY(!workshop->phoneVoting()->isRunning());
        QVERIFY(!workshop->phoneVoting()->server());
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".session")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("startPhoneVotingAction"))->isEnabled());
        // With the module back, it starts.
        QVERIFY2(workshop->startPhoneVoting(kLoopback, 0, &error), qPrintable(error));
    }

    // Screenshots for docs/screenshots, when LASTMILE_SCREENSHOT_DIR names a folder: the
    // projector at 1920×1080 and the facilitator's window while the room joins and votes.
    void screenshotsOfTheProjectorAndThePanel()
    {
        const QString folder = qEnvironmentVariable("LASTMILE_SCREENSHOT_DIR");
        if (folder.isEmpty()) {
            QSKIP("LASTMILE_SCREENSHOT_DIR is not set");
        }
        m_window->resize(1500, 900);
        QVERIFY(m_window->openFile(m_path, false));
        m_window->show();
        WorkshopMenu* workshop = openRoom();
        QVERIFY(workshop->startPhoneVoting(kLoopback, 0));
        modules::PhoneVotingServer* server = workshop->phoneVoting()->server();
        RoomController* room = m_window->questionnairePage()->roomController();
        const QUrl address(QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
        std::vector<std::unique_ptr<test::PhoneClient>> phones;
        const RoundData* round = m_window->document()->round(room->roundId());
        for (std::size_t i = 0; i < 3 && i < round->respondents.size(); ++i) {
            phones.push_back(std::make_unique<test::PhoneClient>(address, server->code()));
            phones.back()->connectAs(round->respondents[i].id);
        }
        QTRY_COMPARE(server->members().size(), phones.size());
        phones.front()->vote(room->questionId(), "2");
        QTRY_COMPARE(phones.front()->acknowledgements(), 1);
        HandPhone typed(server->port());
        QVERIFY(typed.greet(server->code()));
        typed.typeName(QStringLiteral("Jonas Becker"));
        QTRY_COMPARE(server->waiting().size(), std::size_t(1));

        m_window->setPresentationMode(true);
        PresentationWindow* projector = m_window->presentationWindow();
        projector->setWindowState(Qt::WindowNoState);
        projector->resize(1920, 1080);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QTest::qWait(300);
        QVERIFY(projector->isShowingJoin());
        QVERIFY(projector->grab().save(QDir(folder).filePath(QStringLiteral("presentation-1080p-phones.png"))));
        QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("phone-voting-panel.png"))));
    }

private:
    // The questionnaire on the first initiative, with its first question open for the room.
    WorkshopMenu* openRoom()
    {
        QuestionnairePage* page = m_window->questionnairePage();
        const AssessmentDocument* document = m_window->document();
        const auto& initiatives = document->assessment().initiatives;
        const auto& rounds = document->assessment().rounds;
        if (!initiatives.empty() && !rounds.empty()) {
            page->showInitiative(initiatives.front().id, rounds.back().round.id);
        }
        return m_window->findChild<WorkshopMenu*>();
    }

    QLabel* label(const QString& name) const { return m_window->findChild<QLabel*>(name); }
    QListWidget* list(const QString& name) const { return m_window->findChild<QListWidget*>(name); }

    // How many answers the file itself holds for one respondent and question.
    int answersInFile(std::int64_t roundId, std::int64_t initiativeId, const std::string& question,
                      std::int64_t respondent) const
    {
        auto file = storage::AssessmentFile::open(m_path.toStdString(), storage::OpenMode::ReadOnly);
        if (!file) {
            return -1;
        }
        RoundData round;
        round.round.id = roundId;
        if (!(*file)->loadAnswers(round)) {
            return -1;
        }
        return int(std::count_if(round.answers.begin(), round.answers.end(), [&](const AnswerRecord& record) {
            return record.initiativeId == initiativeId && record.questionId == question &&
                   record.respondentId == respondent;
        }));
    }

    static bool canConnect(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(2000);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(PhoneVotingTest)
#include "phone_voting_test.moc"
