// SPDX-License-Identifier: Apache-2.0
// The shipped banks: every language validates and asks the same questions, so that rounds
// answered in either language score and compare alike.
#include "core/bank_loader.h"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

using namespace lastmile;

namespace {

QuestionBank load(const std::string& path)
{
    BankLoadResult loaded = loadBankFile(path);
    std::ostringstream problems;
    for (const Problem& problem : loaded.problems) {
        problems << problem.path << ": " << problem.detail << '\n';
    }
    INFO(path << '\n' << problems.str());
    REQUIRE(loaded.bank);
    return std::move(*loaded.bank);
}

// Every string of the bank a respondent reads, to check that a translation left none in English.
std::vector<std::string> texts(const QuestionBank& bank)
{
    std::vector<std::string> all{bank.name, bank.description};
    all.insert(all.end(), bank.scale.begin(), bank.scale.end());
    for (const Friction& friction : bank.frictions) {
        all.push_back(friction.name);
        all.push_back(friction.description);
        for (const Question& question : friction.questions) {
            all.push_back(question.text);
            all.push_back(question.help);
            all.insert(all.end(), question.levels.begin(), question.levels.end());
        }
        for (const auto& band : friction.actions) {
            for (const RecommendedAction& action : band) {
                all.push_back(action.title);
                all.push_back(action.text);
            }
        }
    }
    return all;
}

} // namespace

TEST_CASE("The German bank validates and has the English bank's structure, ids and weights")
{
    const QuestionBank english = load(LASTMILE_CORE_BANK);
    const QuestionBank german = load(LASTMILE_GERMAN_BANK);
    CHECK(english.language == "en");
    CHECK(german.language == "de");
    CHECK(german.id != english.id); // both can be installed and listed side by side
    CHECK(german.contentVersion == english.contentVersion);
    REQUIRE(german.frictions.size() == english.frictions.size());
    CHECK(german.questionCount() == english.questionCount());
    for (std::size_t f = 0; f < english.frictions.size(); ++f) {
        const Friction& en = english.frictions[f];
        const Friction& de = german.frictions[f];
        INFO(en.id);
        CHECK(de.id == en.id);
        CHECK(de.weight == en.weight);
        REQUIRE(de.questions.size() == en.questions.size());
        for (std::size_t q = 0; q < en.questions.size(); ++q) {
            CHECK(de.questions[q].id == en.questions[q].id);
            CHECK(de.questions[q].weight == en.questions[q].weight);
            CHECK(!de.questions[q].help.empty());
        }
        for (std::size_t band = 0; band < en.actions.size(); ++band) {
            REQUIRE(de.actions[band].size() == en.actions[band].size());
            for (std::size_t a = 0; a < en.actions[band].size(); ++a) {
                CHECK(de.actions[band][a].id == en.actions[band][a].id);
                CHECK(!de.actions[band][a].owner.empty());
            }
        }
    }
}

TEST_CASE("The German bank leaves no text of the English bank untranslated")
{
    const std::vector<std::string> english = texts(load(LASTMILE_CORE_BANK));
    const std::set<std::string> englishTexts(english.begin(), english.end());
    for (const std::string& text : texts(load(LASTMILE_GERMAN_BANK))) {
        INFO(text);
        CHECK(englishTexts.count(text) == 0);
    }
}
