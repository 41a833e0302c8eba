// SPDX-License-Identifier: Apache-2.0
#include "render_fixtures.h"

#include "core/bank_loader.h"
#include "samples/demo_assessment.h"

#include <catch2/catch.hpp>

namespace lastmile::test {

Assessment demoAssessment()
{
    const BankLoadResult bank = loadBankFile(LASTMILE_CORE_BANK);
    REQUIRE(bank.bank.has_value());
    return makeDemoAssessment(*bank.bank, "2026-09-20");
}

ReportModel demoReport(const Assessment& assessment, const ReportOptions& options)
{
    const RoundData* round = latestRound(assessment);
    REQUIRE(round != nullptr);
    ReportOptions withToday = options;
    withToday.today = "2026-09-20";
    return buildReport(assessment, *round, roundBefore(assessment, *round), withToday);
}

HeatmapData demoHeatmap(const Assessment& assessment, bool compare)
{
    const RoundData* round = latestRound(assessment);
    REQUIRE(round != nullptr);
    return buildHeatmap(assessment, *round, compare ? roundBefore(assessment, *round) : nullptr);
}

} // namespace lastmile::test
