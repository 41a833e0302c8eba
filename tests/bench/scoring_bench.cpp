// SPDX-License-Identifier: Apache-2.0
// In-process figures: loading and scoring the large workload.
#include "bench_fixtures.h"
#include "core/bank_loader.h"
#include "storage/assessment_file.h"

#include <benchmark/benchmark.h>

using namespace lastmile;

static void ScoreRoundLarge(benchmark::State& state)
{
    const Assessment& assessment = bench::largeAssessment();
    for (auto _ : state) {
        auto scores = scoreRound(assessment, assessment.rounds.back());
        benchmark::DoNotOptimize(scores);
    }
}
BENCHMARK(ScoreRoundLarge)->Unit(benchmark::kMillisecond);

static void OpenLarge(benchmark::State& state)
{
    const std::string& path = bench::largeFile();
    for (auto _ : state) {
        auto file = storage::AssessmentFile::open(path, storage::OpenMode::ReadOnly);
        benchmark::DoNotOptimize(file);
    }
}
BENCHMARK(OpenLarge)->Unit(benchmark::kMillisecond);

static void OpenLoadAndScoreLarge(benchmark::State& state)
{
    const std::string& path = bench::largeFile();
    for (auto _ : state) {
        auto file = storage::AssessmentFile::open(path, storage::OpenMode::ReadOnly);
        auto assessment = (*file)->load();
        std::vector<InitiativeScore> scores;
        for (const RoundData& round : assessment->rounds) {
            scores = scoreRound(*assessment, round);
        }
        benchmark::DoNotOptimize(scores);
    }
}
BENCHMARK(OpenLoadAndScoreLarge)->Unit(benchmark::kMillisecond);

// The library's row of a file: the latest round's stored scores, one row per initiative.
static void LibrarySummaryLarge(benchmark::State& state)
{
    const std::string& path = bench::largeFile();
    for (auto _ : state) {
        auto summary = storage::AssessmentFile::readSummary(path);
        if (!summary) {
            state.SkipWithError("readSummary failed");
        }
        benchmark::DoNotOptimize(summary);
    }
}
BENCHMARK(LibrarySummaryLarge)->Unit(benchmark::kMillisecond);
