// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/question_bank.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using lastmile::test::FrictionSpec;

TEST_CASE("A bank finds its frictions and questions by id")
{
    const QuestionBank bank = test::makeBank({
        FrictionSpec{"pilot_proliferation", {{"pp.count", 1.0}, {"pp.owner", 2.0}}},
        FrictionSpec{"efficiency_trap", {{"et.rollback", 3.0}}},
    });
    CHECK(bank.questionCount() == 3);
    CHECK(QuestionBank{}.questionCount() == 0);

    REQUIRE(bank.findFriction("efficiency_trap") != nullptr);
    CHECK(bank.findFriction("efficiency_trap") == &bank.frictions[1]);
    CHECK(bank.findFriction("process_debt") == nullptr);

    REQUIRE(bank.findQuestion("pp.owner") != nullptr);
    CHECK(bank.findQuestion("pp.owner") == &bank.frictions[0].questions[1]);
    CHECK(bank.findQuestion("pp.owner")->weight == 2.0);
    CHECK(bank.findQuestion("et.rollback") == &bank.frictions[1].questions[0]);
    CHECK(bank.findQuestion("missing") == nullptr);

    CHECK(bank.frictionOfQuestion("et.rollback") == &bank.frictions[1]);
    CHECK(bank.frictionOfQuestion("pp.count") == &bank.frictions[0]);
    CHECK(bank.frictionOfQuestion("missing") == nullptr);
}

TEST_CASE("A friction's actions are indexed by band")
{
    const QuestionBank bank = test::makeBank({FrictionSpec{"process_debt", {{"pd.map", 1.0}}}});
    const Friction& friction = bank.frictions[0];
    for (Band band : kBands) {
        REQUIRE(friction.actionsFor(band).size() == 1);
        CHECK(friction.actionsFor(band)[0].id == "process_debt." + std::string(bandId(band)));
    }
}

TEST_CASE("A new bank has the default five-point scale and the current format version")
{
    const QuestionBank bank;
    CHECK(bank.formatVersion == kBankFormatVersion);
    CHECK(bank.scale[0] == "Not in place");
    CHECK(bank.scale[4] == "Fully in place");
}
