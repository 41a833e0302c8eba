// SPDX-License-Identifier: Apache-2.0
// Eight clients sync edits to one engagement at the same time; a ledger kept here checks that
// every edit was merged or reported as a conflict, none lost.
#include "repo_fixtures.h"
#include "repository/row_set.h"
#include "storage/storage_fixtures.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

using namespace lastmile;
using namespace lastmile::test;

namespace {

struct Edit
{
    std::string key; // the answer's row key
    std::string note;
    bool accepted = false;   // in the repository when its sync committed
    bool conflicted = false; // reported as a conflict, its value kept in the conflict record
};

std::string answerKey(std::int64_t round, const AnswerRecord& answer)
{
    return std::to_string(round) + "/" + std::to_string(answer.initiativeId) + "/" + answer.questionId + "/" +
           std::to_string(answer.respondentId);
}

} // namespace

TEST_CASE("eight clients syncing one engagement at once, 1,000 rounds of edits: every edit merged or a conflict")
{
    constexpr int kClients = 8;
    constexpr int kRoundsEach = 125;
    const std::string database = initializedRepository();
    auto owner = connectAs(database, kAlice);
    repository::EngagementContent content;
    content.assessment = smallAssessment(2, 3);
    const auto id = owner->addEngagement(content);
    REQUIRE(id.ok());
    REQUIRE(sharedPgServer().psql(database, "INSERT INTO lastmile.engagement_member (engagement_id, member) VALUES ('" +
                                                *id + "', 'bob')") == 0);

    std::mutex ledgerLock;
    std::vector<Edit> ledger;
    std::atomic<int> failures{0};
    std::vector<std::thread> clients;
    for (int client = 0; client < kClients; ++client) {
        clients.emplace_back([&, client] {
            auto connected =
                repository::Repository::connect(sharedPgServer().uri(database, client % 2 ? kBob : kAlice));
            if (!connected) {
                ++failures;
                return;
            }
            auto pulled = (*connected)->pull(*id);
            if (!pulled) {
                ++failures;
                return;
            }
            repository::PulledEngagement copy = std::move(*pulled);
            std::mt19937 random(static_cast<unsigned>(client + 1));
            for (int round = 0; round < kRoundsEach; ++round) {
                RoundData& data = copy.content.assessment.rounds.front();
                AnswerRecord& answer = data.answers[random() % data.answers.size()];
                Edit edit{answerKey(data.round.id, answer),
                          "client " + std::to_string(client) + " round " + std::to_string(round)};
                answer.note = edit.note;
                auto synced = (*connected)->sync(*id, copy.base, copy.content, {});
                if (!synced) {
                    ++failures;
                    return;
                }
                for (const repository::ConflictReport& conflict : synced->conflicts) {
                    if (conflict.key == edit.key && conflict.local.find(edit.note) != std::string::npos) {
                        edit.conflicted = true;
                    }
                }
                for (const AnswerRecord& merged : synced->merged.content.assessment.rounds.front().answers) {
                    if (answerKey(data.round.id, merged) == edit.key && merged.note == edit.note) {
                        edit.accepted = true;
                    }
                }
                copy = std::move(synced->merged);
                const std::lock_guard<std::mutex> hold(ledgerLock);
                ledger.push_back(std::move(edit));
            }
        });
    }
    for (std::thread& client : clients) {
        client.join();
    }
    REQUIRE(failures == 0);
    REQUIRE(ledger.size() == kClients * kRoundsEach);

    // Every edit was merged or kept as a conflict, never both, never neither.
    std::size_t conflicts = 0;
    std::map<std::string, std::set<std::string>> acceptedNotes;
    for (const Edit& edit : ledger) {
        INFO(edit.key << " " << edit.note);
        CHECK(edit.accepted != edit.conflicted);
        conflicts += edit.conflicted ? 1 : 0;
        if (edit.accepted) {
            acceptedNotes[edit.key].insert(edit.note);
        }
    }
    // Each conflicted edit's value is in the repository's conflict records.
    CHECK(psqlAs(database, kAlice,
                 "SELECT count(DISTINCT local_value->>'note') FROM lastmile.conflict WHERE local_value->>'note' LIKE "
                 "'client %'") == std::to_string(conflicts) + "\n");
    // The final value of every edited answer is one that was accepted.
    auto final = owner->engagement(*id);
    REQUIRE(final.ok());
    for (const AnswerRecord& answer : final->assessment.rounds.front().answers) {
        const std::string key = answerKey(final->assessment.rounds.front().round.id, answer);
        if (acceptedNotes.count(key)) {
            INFO(key);
            CHECK(acceptedNotes[key].count(answer.note) == 1);
        }
    }
    // The server's data is whole: no answer without its respondent, every answer with its own uuid, and
    // the revision counters counted every accepted change.
    CHECK(psqlAs(database, "",
                 "SELECT count(*) FROM lastmile.answer a LEFT JOIN lastmile.respondent r ON r.engagement_id = "
                 "a.engagement_id AND r.id = a.respondent_id AND r.round_id = a.round_id WHERE r.id IS NULL") == "0\n");
    CHECK(psqlAs(database, "", "SELECT count(*) = count(DISTINCT uuid) FROM lastmile.answer") == "t\n");
    std::size_t accepted = 0;
    for (const auto& entry : acceptedNotes) {
        accepted += entry.second.size();
    }
    CHECK(psqlAs(database, "", "SELECT sum(rev - 1) >= " + std::to_string(accepted) + " FROM lastmile.answer") ==
          "t\n");
}
