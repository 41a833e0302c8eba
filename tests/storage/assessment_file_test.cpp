// SPDX-License-Identifier: Apache-2.0
#include "storage/assessment_file.h"
#include "storage/schema.h"
#include "storage_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

std::unique_ptr<AssessmentFile> createSmall(const std::string& path)
{
    auto created = AssessmentFile::create(path, test::smallAssessment());
    REQUIRE(created.ok());
    return std::move(*created);
}

} // namespace

TEST_CASE("A new file holds exactly what it was created with")
{
    TempDir dir;
    const Assessment original = test::smallAssessment();
    auto file = createSmall(dir.file("a.lastmile"));
    const auto loaded = file->load();
    REQUIRE(loaded.ok());
    CHECK(loaded->organization.name == original.organization.name);
    REQUIRE(loaded->initiatives.size() == 2);
    CHECK(loaded->initiatives[1].owner == "Owner 2");
    REQUIRE(loaded->rounds.size() == 1);
    const RoundData& round = loaded->rounds[0];
    CHECK(round.bank.questionCount() == test::coreBank().questionCount());
    CHECK(round.answers.size() == original.rounds[0].answers.size());
    CHECK(round.consensus.size() == 1);
    CHECK(round.consensus[0].answer == Answer::atLevel(2));
    CHECK(loaded->actions.size() == 1);
    CHECK(loaded->actions[0].status == ActionStatus::InProgress);
    CHECK(loaded->targets.size() == 1);
    CHECK(loaded->branding == original.branding);
}

TEST_CASE("A file identifies itself as Lastmile and carries the schema version")
{
    TempDir dir;
    createSmall(dir.file("a.lastmile")).reset();
    const auto rows = test::tableRows(dir.file("a.lastmile"), "pragma_application_id");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == std::to_string(kApplicationId) + "|");
    CHECK(test::tableRows(dir.file("a.lastmile"), "pragma_user_version")[0] == std::to_string(kSchemaVersion) + "|");
}

TEST_CASE("Creating never overwrites an existing file")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    test::writeBytes(path, "precious");
    const auto created = AssessmentFile::create(path, test::smallAssessment());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::AlreadyExists);
    CHECK(test::readBytes(path) == "precious");
}

TEST_CASE("A file that breaks the rules is not created at all")
{
    TempDir dir;
    Assessment bad = test::smallAssessment();
    bad.rounds[0].answers.push_back(
        {99, bad.rounds[0].bank.frictions[0].questions[0].id, 1, Answer::atLevel(1), "", ""}); // no initiative 99
    const auto created = AssessmentFile::create(dir.file("bad.lastmile"), bad);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("setAnswers stores several respondents' answers in one transaction, all or none")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    const std::string question = test::coreBank().frictions[1].questions[0].id;
    auto file = createSmall(path);
    std::vector<Change> changes;
    file->setChangeListener([&](const Change& change) { changes.push_back(change); });
    REQUIRE(file->setAnswers(
                    {{2, question, 1, Answer::atLevel(1), "", ""}, {2, question, 2, Answer::dontKnow(), "", ""}}, 1)
                .ok());
    CHECK(changes.size() == 2);
    // A batch with one refused answer (respondent 99 is not in the round) changes nothing.
    const auto before = test::tableRows(path, "answer");
    const Status refused = file->setAnswers(
        {{2, question, 1, Answer::atLevel(4), "", ""}, {2, question, 99, Answer::atLevel(4), "", ""}}, 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::UnknownId);
    CHECK(test::tableRows(path, "answer") == before);
    CHECK(changes.size() == 2);
}

TEST_CASE("An answer is in the file once setAnswer returns, and replaces the earlier one")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    const std::string question = test::coreBank().frictions[1].questions[0].id;
    {
        auto file = createSmall(path);
        std::vector<Change> changes;
        file->setChangeListener([&](const Change& change) { changes.push_back(change); });
        REQUIRE(file->setAnswer({2, question, 1, Answer::atLevel(1), "first", ""}, 1).ok());
        REQUIRE(file->setAnswer({2, question, 1, Answer::atLevel(4), "second", "minutes"}, 1).ok());
        REQUIRE(changes.size() == 2);
        CHECK(changes[1].initiativeId == 2);
        CHECK(changes[1].questionId == question);
    }
    auto reopened = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(reopened.ok());
    const auto loaded = (*reopened)->load();
    int found = 0;
    for (const AnswerRecord& record : loaded->rounds[0].answers) {
        if (record.initiativeId == 2 && record.questionId == question) {
            ++found;
            CHECK(record.answer == Answer::atLevel(4));
            CHECK(record.note == "second");
            CHECK(record.evidence == "minutes");
        }
    }
    CHECK(found == 1);
}

TEST_CASE("Answers that name nothing, or impossible levels, are refused and change nothing")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto file = createSmall(path);
    const std::string question = test::coreBank().frictions[0].questions[5].id;
    const auto before = test::tableRows(path, "answer");

    CHECK(file->setAnswer({1, "no_such_question", 1, Answer::atLevel(1), "", ""}, 1).error().code ==
          ErrorCode::UnknownId);
    CHECK(file->setAnswer({42, question, 1, Answer::atLevel(1), "", ""}, 1).error().code == ErrorCode::UnknownId);
    CHECK(file->setAnswer({1, question, 7, Answer::atLevel(1), "", ""}, 1).error().code == ErrorCode::UnknownId);
    CHECK(file->setAnswer({1, question, 1, Answer::atLevel(1), "", ""}, 5).error().code == ErrorCode::UnknownId);
    CHECK(file->setAnswer({1, question, 1, Answer::atLevel(5), "", ""}, 1).error().code == ErrorCode::Invalid);
    CHECK(file->setAnswer({1, question, 1, Answer::atLevel(-1), "", ""}, 1).error().code == ErrorCode::Invalid);
    CHECK(test::tableRows(path, "answer") == before);
}

TEST_CASE("Consensus answers are set, replaced and cleared")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto file = createSmall(path);
    const std::string question = test::coreBank().frictions[2].questions[0].id;
    REQUIRE(file->setConsensus({1, question, Answer::notApplicable("manual plant"), "why"}, 1).ok());
    auto loaded = file->load();
    REQUIRE(loaded->rounds[0].consensus.size() == 2);
    REQUIRE(file->clearConsensus(1, 1, question).ok());
    loaded = file->load();
    CHECK(loaded->rounds[0].consensus.size() == 1);
    REQUIRE(file->clearAnswer(1, 1, test::coreBank().frictions[0].questions[0].id, 1).ok());
    CHECK(file->load()->rounds[0].answers.size() == test::smallAssessment().rounds[0].answers.size() - 1);
}

TEST_CASE("A file opened read-only cannot be changed")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    createSmall(path).reset();
    const std::string bytes = test::readBytes(path);
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    CHECK((*file)->isReadOnly());
    const std::string question = test::coreBank().frictions[0].questions[5].id;
    CHECK((*file)->setAnswer({1, question, 1, Answer::atLevel(1), "", ""}, 1).error().code == ErrorCode::ReadOnlyFile);
    CHECK((*file)->setConsensus({1, question, Answer::atLevel(1), ""}, 1).error().code == ErrorCode::ReadOnlyFile);
    file = StorageError{};
    CHECK(test::readBytes(path) == bytes);
}

TEST_CASE("A second writer is refused while the file is open for writing; readers are not")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto writer = createSmall(path);
    const auto second = AssessmentFile::open(path, OpenMode::ReadWrite);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::InUse);
    CHECK(AssessmentFile::open(path, OpenMode::ReadOnly).ok());
    writer.reset();
    CHECK(AssessmentFile::open(path, OpenMode::ReadWrite).ok());
}

TEST_CASE("A file marked read-only is refused for writing but opens for reading")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    createSmall(path).reset();
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    const auto writable = AssessmentFile::open(path, OpenMode::ReadWrite);
    REQUIRE_FALSE(writable.ok());
    CHECK(writable.error().code == ErrorCode::ReadOnlyLocation);
    CHECK(AssessmentFile::open(path, OpenMode::ReadOnly).ok());
}

TEST_CASE("Save a copy writes a consistent file and never overwrites")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto file = createSmall(path);
    REQUIRE(file->saveCopyAs(dir.file("copy.lastmile")).ok());
    auto copy = AssessmentFile::open(dir.file("copy.lastmile"), OpenMode::ReadOnly);
    REQUIRE(copy.ok());
    for (const char* table :
         {"organization", "initiative", "round", "respondent", "answer", "consensus", "action", "target", "branding"}) {
        CHECK(test::tableRows(path, table) == test::tableRows(dir.file("copy.lastmile"), table));
    }
    const auto again = file->saveCopyAs(dir.file("copy.lastmile"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
}

TEST_CASE("A sound file passes the full check; answers to questions outside the bank are found")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    createSmall(path).reset();
    {
        auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
        REQUIRE(file.ok());
        const auto findings = (*file)->verify();
        REQUIRE(findings.ok());
        CHECK(findings->empty());
    }
    test::rawExec(path, "INSERT INTO answer (round_id, initiative_id, question_id, respondent_id, kind, level) "
                        "VALUES (1, 1, 'zz_unknown', 1, 'level', 2)");
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto findings = (*file)->verify();
    REQUIRE(findings->size() == 1);
    CHECK(findings->front().kind == Finding::Kind::UnknownQuestion);
    CHECK(findings->front().detail == "zz_unknown");
}

TEST_CASE("A file opened read-only can still be saved as a copy")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    createSmall(path).reset();
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    REQUIRE((*file)->saveCopyAs(dir.file("copy.lastmile")).ok());
    CHECK(test::tableRows(dir.file("copy.lastmile"), "answer") == test::tableRows(path, "answer"));
    CHECK(AssessmentFile::open(dir.file("copy.lastmile"), OpenMode::ReadWrite).ok());
}

TEST_CASE("A new file in a folder that does not exist is refused")
{
    TempDir dir;
    const auto created = AssessmentFile::create(dir.file("no/such/folder/a.lastmile"), test::smallAssessment());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::NotFound);
}

TEST_CASE("A round's answers can be read on their own, equal to a full load")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto file = createSmall(path);
    REQUIRE(file->addRound({0, "Second", ""}, test::coreBank(), 1).ok());
    const auto full = file->load();
    auto partial = file->loadWithoutAnswers();
    REQUIRE(partial.ok());
    REQUIRE(partial->rounds.size() == 2);
    CHECK(partial->rounds[0].answers.empty());
    CHECK(partial->rounds[0].consensus.empty());
    CHECK(partial->rounds[1].respondents.size() == full->rounds[1].respondents.size());
    REQUIRE(file->loadAnswers(partial->rounds[0]).ok());
    CHECK(partial->rounds[0].answers.size() == full->rounds[0].answers.size());
    CHECK(partial->rounds[0].consensus.size() == full->rounds[0].consensus.size());
    CHECK(partial->rounds[0].answers.front().note == full->rounds[0].answers.front().note);
}
