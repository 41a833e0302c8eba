// SPDX-License-Identifier: Apache-2.0
// In-process figures: loading and scoring the large workload.
#include "bench_fixtures.h"
#include "core/bank_loader.h"
#include "samples/synthetic_assessment.h"
#include "storage/assessment_file.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace lastmile::bench {

const Assessment& largeAssessment()
{
    static const Assessment assessment = makeSyntheticAssessment(coreBank(), {100, 12, 4, 1});
    return assessment;
}

const std::string& largeFile()
{
    static const std::string path = [] {
        const std::string file =
            (std::filesystem::temp_directory_path() / ("lastmile-bench-" + std::to_string(::getpid()) + ".lastmile"))
                .string();
        if (!storage::AssessmentFile::create(file, largeAssessment())) {
            throw std::runtime_error("cannot write the large workload");
        }
        std::atexit([] { std::filesystem::remove(largeFile()); });
        return file;
    }();
    return path;
}

} // namespace lastmile::bench

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
