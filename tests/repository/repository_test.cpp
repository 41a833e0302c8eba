// SPDX-License-Identifier: Apache-2.0
// The repository against a real PostgreSQL server: set-up, adding and reading engagements, and
// who sees what, enforced by the server's row-level security.
#include "repo_fixtures.h"
#include "repository/repository_schema.h"
#include "repository/row_set.h"
#include "storage/assessment_file.h"
#include "storage/interchange.h"
#include "storage/storage_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::test;
using repository::ErrorCode;

namespace {

repository::EngagementContent sampleContent(const std::string& organization)
{
    repository::EngagementContent content;
    content.assessment = smallAssessment(3, 3);
    content.assessment.organization.name = organization;
    content.assessment.branding.logoMime = "image/png";
    content.assessment.branding.logo = {0x89, 'P', 'N', 'G', 0, 1, 2, '\\', '\t', '\n'};
    const RoundData& round = content.assessment.rounds.front();
    Agenda agenda;
    agenda.roundId = round.round.id;
    agenda.items = {{content.assessment.initiatives[0].id, round.bank.frictions[0].questions[0].id, 90},
                    {content.assessment.initiatives[1].id, round.bank.frictions[1].questions[0].id, 0}};
    agenda.position = 1;
    agenda.anonymousReveal = true;
    content.agendas.push_back(agenda);
    return content;
}

// The JSON export of `assessment` after it went through a .lastmile file, as the command line
// exports it (the file orders answers by its keys).
std::string exportedThroughFile(const Assessment& assessment)
{
    TempDir folder;
    const auto created = storage::AssessmentFile::create(folder.file("copy.lastmile"), assessment);
    REQUIRE(created.ok());
    const auto loaded = (*created)->load();
    REQUIRE(loaded.ok());
    return storage::exportAssessmentJson(*loaded);
}

} // namespace

TEST_CASE("repo init creates the repository once and upgrades nothing the second time")
{
    const std::string database = freshDatabase();
    auto admin = connectAs(database);
    const auto before = admin->list();
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == ErrorCode::NotInitialized);

    const auto first = admin->initialize();
    REQUIRE(first.ok());
    CHECK(*first == 0);
    const auto second = admin->initialize();
    REQUIRE(second.ok());
    CHECK(*second == repository::kRepositorySchemaVersion);
    CHECK(psqlAs(database, "", "SELECT max(version) FROM lastmile.schema_version") ==
          std::to_string(repository::kRepositorySchemaVersion) + "\n");
    const auto listed = admin->list();
    REQUIRE(listed.ok());
    CHECK(listed->empty());
}

TEST_CASE("a repository of a newer version is refused, not changed")
{
    const std::string database = initializedRepository();
    REQUIRE(psqlAs(database, "", "INSERT INTO lastmile.schema_version (version) VALUES (99)").empty());
    auto admin = connectAs(database);
    const auto listed = admin->list();
    REQUIRE_FALSE(listed.ok());
    CHECK(listed.error().code == ErrorCode::NewerVersion);
    CHECK(listed.error().detail == "99");
    const auto init = admin->initialize();
    REQUIRE_FALSE(init.ok());
    CHECK(init.error().code == ErrorCode::NewerVersion);
}

TEST_CASE("an engagement added and read back is the same assessment, agendas included")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    const repository::EngagementContent content = sampleContent("Acme Plant");
    const auto id = alice->addEngagement(content);
    REQUIRE(id.ok());

    const auto read = alice->engagement(*id);
    REQUIRE(read.ok());
    CHECK(storage::exportAssessmentJson(read->assessment) == exportedThroughFile(content.assessment));
    CHECK(read->agendas == content.agendas);
    CHECK(read->assessment.branding.logo == content.assessment.branding.logo);

    const auto listed = alice->list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const repository::EngagementSummary& summary = listed->front();
    CHECK(summary.id == *id);
    CHECK(summary.name == "Acme Plant");
    CHECK(summary.createdBy == kAlice);
    CHECK(summary.revision == 1);
    CHECK(summary.rounds == 1);
    CHECK(alice->resolve("Acme Plant").ok());
    CHECK(*alice->resolve("Acme Plant") == *id);
}

TEST_CASE("a pull's base is every row with the digest of its values, its uuid and its revision")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    repository::EngagementContent content = sampleContent("Acme");
    content.assessment.targets.push_back({2, content.assessment.rounds[0].bank.frictions[1].id, 12.5});
    content.assessment.initiatives[1].name = "Tab\there, back\\slash, line\nbreak, \\N, Ümlaut";
    content.assessment.rounds[0].answers[0].note = "\t\\N\r\x01 end";
    std::vector<storage::BaseRow> pushed;
    const auto id =
        alice->addEngagement(content, [&](const std::string&, const repository::PulledEngagement& now, std::string&) {
            pushed = now.base;
            return true;
        });
    REQUIRE(id.ok());
    const auto pulled = alice->pull(*id);
    REQUIRE(pulled.ok());
    CHECK(pulled->content.assessment.initiatives[1].name == content.assessment.initiatives[1].name);
    const std::vector<AnswerRecord>& answers = pulled->content.assessment.rounds[0].answers;
    CHECK(std::any_of(answers.begin(), answers.end(), [&](const AnswerRecord& answer) {
        return answer.note == content.assessment.rounds[0].answers[0].note;
    }));
    CHECK(storage::exportAssessmentJson(pulled->content.assessment) == exportedThroughFile(content.assessment));
    CHECK(pulled->content.agendas == content.agendas);

    // The same rows as the push read them back one table at a time, and every row of the server.
    std::vector<storage::BaseRow> base = pulled->base;
    const auto byKey = [](const storage::BaseRow& a, const storage::BaseRow& b) {
        return std::tie(a.table, a.key) < std::tie(b.table, b.key);
    };
    std::sort(base.begin(), base.end(), byKey);
    std::sort(pushed.begin(), pushed.end(), byKey);
    CHECK(base == pushed);
    const repository::RowDigests digests = repository::digestsOf(repository::rowsOf(content));
    CHECK(base.size() == digests.size());
    for (const storage::BaseRow& row : base) {
        INFO(row.table << " " << row.key);
        CHECK(digests.at(repository::digestKey(row.table, row.key)) == row.digest);
        CHECK(row.uuid.size() == 36);
        CHECK(row.revision == 1);
        CHECK(row.revisedBy == kAlice);
        CHECK(row.revisedAt.size() == 20);
    }
}

TEST_CASE("every editable row has a uuid and a revision the server bumps on each change")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    const auto id = alice->addEngagement(sampleContent("Acme"));
    REQUIRE(id.ok());
    CHECK(psqlAs(database, kAlice, "SELECT count(DISTINCT uuid) = count(*) FROM lastmile.answer") == "t\n");
    CHECK(psqlAs(database, kAlice, "SELECT DISTINCT rev || ' ' || rev_by FROM lastmile.initiative") == "1 alice\n");
    int status = -1;
    psqlAs(database, kBob, "SELECT 1", &status);
    REQUIRE(status == 0);
    psqlAs(database, kAlice, "UPDATE lastmile.initiative SET owner = 'Dana' WHERE id = 1", &status);
    REQUIRE(status == 0);
    psqlAs(database, kAlice, "UPDATE lastmile.initiative SET owner = 'Eve' WHERE id = 1", &status);
    REQUIRE(status == 0);
    CHECK(psqlAs(database, kAlice, "SELECT rev || ' ' || rev_by FROM lastmile.initiative WHERE id = 1") == "3 alice\n");
    // An update that changes nothing is not a revision.
    psqlAs(database, kAlice, "UPDATE lastmile.initiative SET owner = 'Eve' WHERE id = 1", &status);
    CHECK(psqlAs(database, kAlice, "SELECT rev FROM lastmile.initiative WHERE id = 1") == "3\n");
}

TEST_CASE("a consultant sees only the engagements they are a member of, as the server enforces")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    auto bob = connectAs(database, kBob);
    const auto alices = alice->addEngagement(sampleContent("Alice's client"));
    const auto bobs = bob->addEngagement(sampleContent("Bob's client"));
    REQUIRE(alices.ok());
    REQUIRE(bobs.ok());

    const auto bobSees = bob->list();
    REQUIRE(bobSees.ok());
    REQUIRE(bobSees->size() == 1);
    CHECK(bobSees->front().id == *bobs);
    const auto pulled = bob->engagement(*alices);
    REQUIRE_FALSE(pulled.ok());
    CHECK(pulled.error().code == ErrorCode::UnknownEngagement);

    // Straight SQL as bob, bypassing Lastmile's code: the server hides alice's rows.
    CHECK(psqlAs(database, kBob, "SELECT count(*) FROM lastmile.answer WHERE engagement_id = '" + *alices + "'") ==
          "0\n");
    int status = -1;
    psqlAs(database, kBob, "UPDATE lastmile.initiative SET owner = 'x' WHERE engagement_id = '" + *alices + "'",
           &status);
    CHECK(psqlAs(database, kAlice, "SELECT count(*) FROM lastmile.initiative WHERE owner = 'x'") == "0\n");
    psqlAs(database, kBob,
           "INSERT INTO lastmile.initiative (engagement_id, id, position, name, stage) VALUES ('" + *alices +
               "', 99, 99, 'Injected', 'idea')",
           &status);
    CHECK(status != 0);
    // Only a member can add members; a consultant cannot add themself.
    const auto selfInvite = bob->addMember(*alices, kBob);
    REQUIRE_FALSE(selfInvite.ok());
    CHECK(selfInvite.error().code == ErrorCode::Denied);

    REQUIRE(alice->addMember(*alices, kBob).ok());
    const auto afterInvite = bob->list();
    REQUIRE(afterInvite.ok());
    CHECK(afterInvite->size() == 2);
    CHECK(bob->engagement(*alices).ok());
}

TEST_CASE("a reviewer reads every engagement and can change none")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    auto bob = connectAs(database, kBob);
    REQUIRE(alice->addEngagement(sampleContent("One")).ok());
    const auto two = bob->addEngagement(sampleContent("Two"));
    REQUIRE(two.ok());

    auto rita = connectAs(database, kRita);
    const auto listed = rita->list();
    REQUIRE(listed.ok());
    CHECK(listed->size() == 2);
    CHECK(rita->engagement(*two).ok());

    const auto added = rita->addEngagement(sampleContent("Three"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Denied);
    for (const std::string& sql : std::vector<std::string>{
             "UPDATE lastmile.answer SET note = 'x'", "DELETE FROM lastmile.answer",
             "UPDATE lastmile.engagement SET name = 'x'", "DELETE FROM lastmile.engagement",
             "INSERT INTO lastmile.engagement_member (engagement_id, member) VALUES ('" + *two + "', 'rita')"}) {
        int status = 0;
        psqlAs(database, kRita, sql, &status);
        INFO(sql);
        CHECK(status != 0);
    }
    CHECK(psqlAs(database, "", "SELECT count(*) FROM lastmile.answer WHERE note = 'x'") == "0\n");
    CHECK(psqlAs(database, "", "SELECT count(*) FROM lastmile.engagement") == "2\n");
}

TEST_CASE("a refused engagement leaves nothing behind")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    repository::EngagementContent content = sampleContent("Broken");
    // The last answer names an initiative the engagement does not have: the whole push fails.
    content.assessment.rounds[0].answers.back().initiativeId = 999;
    const auto added = alice->addEngagement(content);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Invalid);
    CHECK(psqlAs(database, "", "SELECT count(*) FROM lastmile.engagement") == "0\n");
    CHECK(psqlAs(database, "", "SELECT count(*) FROM lastmile.initiative") == "0\n");
    // The connection is still usable afterwards.
    CHECK(alice->addEngagement(sampleContent("Fine")).ok());
}

TEST_CASE("a server restart during a session is reported as a lost connection, and nothing half-done stays")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    REQUIRE(alice->addEngagement(sampleContent("Before")).ok());
    sharedPgServer().restart();
    const auto added = alice->addEngagement(sampleContent("During"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Lost);
    auto again = connectAs(database, kAlice);
    const auto listed = again->list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().name == "Before");
}

TEST_CASE("connecting to a server that is not there says so")
{
    const auto connected = repository::Repository::connect("postgresql:///none?host=/nonexistent-folder&user=x");
    REQUIRE_FALSE(connected.ok());
    CHECK(connected.error().code == ErrorCode::Connect);
    CHECK_FALSE(connected.error().detail.empty());
}

TEST_CASE("addresses are shown without their passwords")
{
    using repository::displayAddress;
    CHECK(displayAddress("postgresql://alice:s3cret@db.example:5432/firm?sslmode=require") ==
          "postgresql://alice@db.example:5432/firm?sslmode=require");
    CHECK(displayAddress("postgres://alice@db/firm?password=s3cret&sslmode=require") ==
          "postgres://alice@db/firm?sslmode=require");
    CHECK(displayAddress("postgresql://db/firm?sslmode=require&password=s3cret") ==
          "postgresql://db/firm?sslmode=require");
    CHECK(displayAddress("host=db dbname=firm password='a b\\'c' user=alice") == "host=db dbname=firm user=alice");
    CHECK(displayAddress("host=db password=s3cret") == "host=db");
    CHECK(displayAddress("service=firm") == "service=firm");
}
