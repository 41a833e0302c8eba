// SPDX-License-Identifier: Apache-2.0
// The row-by-row merge, without a server: each rule and each kind of conflict.
#include "repository/merge.h"
#include "storage/storage_fixtures.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::repository;
using nlohmann::json;

namespace {

struct Sides
{
    RowSet base;
    RowSet local;
    RowSet remote;

    Sides()
    {
        EngagementContent content;
        content.assessment = test::smallAssessment(2, 2);
        base = rowsOf(content);
        local = base;
        remote = base;
    }

    std::map<RowKey, std::string> baseDigests() const
    {
        std::map<RowKey, std::string> digests;
        for (const auto& [key, values] : base) {
            digests[key] = digestOf(values);
        }
        return digests;
    }

    MergeResult merge() const { return mergeRows(baseDigests(), local, remote); }
};

RowKey firstAnswer(const RowSet& rows)
{
    return rows.lower_bound({"answer", ""})->first;
}

} // namespace

TEST_CASE("rows round-trip through the engagement they describe")
{
    EngagementContent content;
    content.assessment = test::smallAssessment(3, 2);
    content.agendas.push_back({content.assessment.rounds[0].round.id, {{1, "pp_pilot_count", 30}}, 0, true});
    const RowSet rows = rowsOf(content);
    std::string problem;
    const auto back = contentOf(rows, problem);
    REQUIRE(back.has_value());
    CHECK(rowsOf(*back) == rows);
    CHECK(back->agendas == content.agendas);
    CHECK(digestOf(rows.at({"engagement", ""})) == digestOf(rows.at({"engagement", ""})));
    CHECK(digestOf(json{{"a", 1}}) != digestOf(json{{"a", 2}}));
    CHECK(digestOf(json{{"a", 1}}).size() == 16);
}

TEST_CASE("the digests computed straight from an engagement equal those of its rows")
{
    EngagementContent content;
    content.assessment = test::smallAssessment(3, 3);
    content.assessment.targets.push_back({2, "process_debt", 33.3});
    content.assessment.branding.logo = {0, 1, 2, 0xfe, 0xff};
    content.assessment.branding.logoMime = "image/png";
    content.assessment.initiatives[1].archived = true;
    content.agendas.push_back(
        {content.assessment.rounds[0].round.id, {{1, "pp_pilot_count", 30}, {2, "pp_x", 0}}, 1, true});
    const RowDigests direct = digestsOf(content);
    const RowDigests viaRows = digestsOf(rowsOf(content));
    CHECK(direct.size() == viaRows.size());
    for (const auto& [key, digest] : viaRows) {
        INFO(key);
        REQUIRE(direct.count(key) == 1);
        CHECK(direct.at(key) == digest);
    }
    // A value that only differs in type or split is a different row.
    CHECK(digestOf(json{{"a", "1"}}) != digestOf(json{{"a", 1}}));
    CHECK(digestOf(json{{"a", "x;b=s1:y"}}) != digestOf(json{{"a", "x"}, {"b", "y"}}));
}

TEST_CASE("a change on one side only wins, in either direction")
{
    Sides sides;
    const RowKey answer = firstAnswer(sides.base);
    sides.local[answer]["note"] = "changed here";
    sides.remote[{"engagement", ""}]["notes"] = "changed there";
    const MergeResult result = sides.merge();
    CHECK(result.conflicts.empty());
    CHECK(result.merged.at(answer).at("note") == "changed here");
    CHECK(result.merged.at({"engagement", ""}).at("notes") == "changed there");
    CHECK(result.fromLocal == std::vector<RowKey>{answer});
    CHECK(result.fromRemote == std::vector<RowKey>{{"engagement", ""}});
}

TEST_CASE("the same change on both sides is no conflict")
{
    Sides sides;
    const RowKey answer = firstAnswer(sides.base);
    sides.local[answer]["level"] = 0;
    sides.remote[answer]["level"] = 0;
    const MergeResult result = sides.merge();
    CHECK(result.conflicts.empty());
    CHECK(result.merged.at(answer).at("level") == 0);
}

TEST_CASE("different changes to one row on both sides are a conflict that keeps both values")
{
    Sides sides;
    const RowKey answer = firstAnswer(sides.base);
    sides.local[answer]["note"] = "mine";
    sides.remote[answer]["note"] = "theirs";
    const MergeResult result = sides.merge();
    REQUIRE(result.conflicts.size() == 1);
    const Conflict& conflict = result.conflicts.front();
    CHECK(conflict.kind == Conflict::Kind::BothChanged);
    CHECK(conflict.table == "answer");
    CHECK(conflict.key == answer.second);
    CHECK(conflict.local->at("note") == "mine");
    CHECK(conflict.remote->at("note") == "theirs");
    CHECK_FALSE(conflict.keptLocal);
    CHECK(result.merged.at(answer).at("note") == "theirs");
}

TEST_CASE("deleting on one side and editing on the other is a conflict that keeps the edit")
{
    Sides sides;
    const RowKey answer = firstAnswer(sides.base);
    SECTION("deleted here, edited there")
    {
        sides.local.erase(answer);
        sides.remote[answer]["note"] = "edited there";
        const MergeResult result = sides.merge();
        REQUIRE(result.conflicts.size() == 1);
        CHECK(result.conflicts[0].kind == Conflict::Kind::DeletedHere);
        CHECK_FALSE(result.conflicts[0].local.has_value());
        CHECK(result.merged.at(answer).at("note") == "edited there");
    }
    SECTION("edited here, deleted there")
    {
        sides.local[answer]["note"] = "edited here";
        sides.remote.erase(answer);
        const MergeResult result = sides.merge();
        REQUIRE(result.conflicts.size() == 1);
        CHECK(result.conflicts[0].kind == Conflict::Kind::DeletedThere);
        CHECK(result.conflicts[0].keptLocal);
        CHECK(result.merged.at(answer).at("note") == "edited here");
    }
    SECTION("deleted on one side, untouched on the other: deleted, no conflict")
    {
        sides.local.erase(answer);
        const MergeResult result = sides.merge();
        CHECK(result.conflicts.empty());
        CHECK_FALSE(result.merged.count(answer));
    }
}

TEST_CASE("a row added on both sides under the same key with different values is a conflict")
{
    Sides sides;
    RowKey answer = firstAnswer(sides.base);
    json added = sides.base.at(answer);
    sides.base.erase(answer);
    added["level"] = 1;
    sides.local[answer] = added;
    added["level"] = 3;
    sides.remote[answer] = added;
    const MergeResult result = sides.merge();
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].kind == Conflict::Kind::BothAdded);
    CHECK(result.merged.at(answer).at("level") == 3);
}

TEST_CASE("an initiative added on both sides under the same id gets a new id here, with its answers")
{
    Sides sides;
    const RowKey initiative{"initiative", "2"};
    const json original = sides.base.at(initiative);
    // Neither side knew initiative 2 at the base: both added one, different ones.
    for (auto it = sides.base.begin(); it != sides.base.end();) {
        const bool belongs =
            it->first == initiative || (it->second.contains("initiative_id") && it->second.at("initiative_id") == 2);
        it = belongs ? sides.base.erase(it) : std::next(it);
    }
    sides.remote[initiative]["name"] = "Theirs";
    sides.local[initiative]["name"] = "Mine";
    json answered = sides.local.at(firstAnswer(sides.local));
    answered["initiative_id"] = 2;
    sides.local[{"answer", keyOf("answer", answered)}] = answered;
    std::size_t localAnswers = 0;
    for (const auto& [key, values] : sides.local) {
        localAnswers += key.first == "answer" && values.at("initiative_id") == 2 ? 1 : 0;
    }
    REQUIRE(localAnswers > 0);
    const MergeResult result = sides.merge();
    REQUIRE(result.renumbered.size() == 1);
    CHECK(std::get<0>(result.renumbered[0]) == "initiative");
    const std::string newKey = std::get<2>(result.renumbered[0]);
    CHECK(newKey == "3");
    CHECK(result.merged.at(initiative).at("name") == "Theirs");
    CHECK(result.merged.at({"initiative", newKey}).at("name") == "Mine");
    std::size_t moved = 0;
    for (const auto& [key, values] : result.merged) {
        moved += key.first == "answer" && values.at("initiative_id") == 3 ? 1 : 0;
    }
    CHECK(moved == localAnswers);
    CHECK(original.at("id") == 2);
}

TEST_CASE("children of a deleted parent go with it, and changed ones are reported")
{
    Sides sides;
    const RowKey initiative{"initiative", "1"};
    sides.remote.erase(initiative);
    for (auto it = sides.remote.begin(); it != sides.remote.end();) {
        const bool child = it->second.contains("initiative_id") && it->second.at("initiative_id") == 1;
        it = child ? sides.remote.erase(it) : std::next(it);
    }
    // Here, one of its answers was changed meanwhile.
    RowKey changed;
    for (auto& [key, values] : sides.local) {
        if (key.first == "answer" && values.at("initiative_id") == 1) {
            values["note"] = "answered at the workshop";
            changed = key;
            break;
        }
    }
    const MergeResult result = sides.merge();
    CHECK_FALSE(result.merged.count(initiative));
    for (const auto& [key, values] : result.merged) {
        CHECK_FALSE((values.contains("initiative_id") && values.at("initiative_id") == 1));
    }
    bool reported = false;
    for (const Conflict& conflict : result.conflicts) {
        if (conflict.key == changed.second) {
            reported = true;
            CHECK((conflict.kind == Conflict::Kind::DeletedThere || conflict.kind == Conflict::Kind::ParentGone));
            CHECK(conflict.local->at("note") == "answered at the workshop");
        }
    }
    CHECK(reported);
}
