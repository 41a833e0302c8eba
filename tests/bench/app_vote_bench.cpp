// SPDX-License-Identifier: Apache-2.0
// Phone voting inside the app (docs/performance.md, "Phone voting"): the demo open in the main
// window with the questionnaire and the projector showing, phone voting started from the
// Workshop menu on loopback, and one simulated phone per respondent of the round. The server
// runs on the GUI thread, as in the app, so every vote's acknowledgement waits for the durable
// commit and for the document and views to follow it. Two figures, p50, p99 and max:
//   one    a vote sent -> its acknowledgement, one phone at a time;
//   burst  every phone votes at once -> the last acknowledgement.
// Prints JSON; never fails on a figure. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "app/assessment_document.h"
#include "app/main_window.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/workshop/phone_voting.h"
#include "app/workshop/room_controller.h"
#include "app/workshop/workshop_menu.h"
#include "app/workspace.h"
#include "modules/voting_module.h"
#include "phone_client.h"
#include "vote_timing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace lastmile;
using bench::summary;
using bench::waitUntil;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // the settings of a real user stay untouched
    QApplication app(argc, argv);
    const int votes = argc > 1 ? std::atoi(argv[1]) : 200;
    const int bursts = argc > 2 ? std::atoi(argv[2]) : 40;

    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/app-vote-bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("demo.lastmile"));
    QString error;
    if (!app::Workspace::writeDemo(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    app::MainWindow window;
    window.resize(1500, 900);
    if (!window.openFile(path, false)) {
        return 1;
    }
    window.show();
    const app::AssessmentDocument* document = window.document();
    app::QuestionnairePage* page = window.questionnairePage();
    page->showInitiative(document->assessment().initiatives.front().id, document->assessment().rounds.back().round.id);
    window.setPresentationMode(true);
    auto* workshop = window.findChild<app::WorkshopMenu*>();
    if (!workshop->startPhoneVoting(QStringLiteral("127.0.0.1"), 0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    modules::PhoneVotingServer* server = workshop->phoneVoting()->server();
    app::RoomController* room = page->roomController();
    const std::string question = room->questionId();
    const QUrl address(QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
    std::vector<std::unique_ptr<test::PhoneClient>> phones;
    int acks = 0;
    for (const Respondent& respondent : document->round(room->roundId())->respondents) {
        phones.push_back(std::make_unique<test::PhoneClient>(address, server->code()));
        QObject::connect(phones.back().get(), &test::PhoneClient::voteAcknowledged, &app, [&] { ++acks; });
        phones.back()->connectAs(respondent.id);
    }
    if (!waitUntil([&] { return server->members().size() == phones.size(); })) {
        std::fprintf(stderr, "the phones did not all join\n");
        return 1;
    }
    const auto pause = [] { waitUntil([] { return false; }, 110); }; // under each phone's rate cap
    std::vector<double> one, burst;
    QElapsedTimer clock;
    for (int n = 0; n < votes; ++n) {
        acks = 0;
        clock.start();
        phones[static_cast<std::size_t>(n) % phones.size()]->vote(question, std::to_string(n % 5));
        waitUntil([&] { return acks == 1; });
        one.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        pause();
    }
    for (int b = 0; b < bursts; ++b) {
        acks = 0;
        clock.start();
        for (auto& phone : phones) {
            phone->vote(question, std::to_string((b + 1) % 5));
        }
        waitUntil([&] { return acks == static_cast<int>(phones.size()); });
        burst.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        pause();
    }
    const QJsonObject result{{QStringLiteral("phones"), static_cast<int>(phones.size())},
                             {QStringLiteral("one"), summary(one)},
                             {QStringLiteral("burst"), summary(burst)}};
    std::printf("%s", QJsonDocument(result).toJson().constData());
    phones.clear();
    workshop->stopPhoneVoting();
    return 0;
}
