// SPDX-License-Identifier: Apache-2.0
// Saving one answer, durably, through the storage layer against plain SQLite doing the same
// insert with the same journal and sync settings: the floor the storage layer is held to.
#include "bench_fixtures.h"
#include "storage/assessment_file.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <benchmark/benchmark.h>
#include <filesystem>
#include <unistd.h>

using namespace lastmile;

namespace {

std::string freshCopy(const char* name)
{
    const std::string path = (std::filesystem::temp_directory_path() /
                              (std::string("lastmile-bench-") + name + "-" + std::to_string(::getpid()) + ".lastmile"))
                                 .string();
    std::filesystem::remove(path);
    Assessment small = bench::largeAssessment();
    small.initiatives.resize(10);
    small.rounds.resize(1);
    small.rounds[0].answers.clear();
    small.rounds[0].consensus.clear();
    small.actions.clear();
    small.targets.clear();
    if (!storage::AssessmentFile::create(path, small)) {
        std::abort();
    }
    return path;
}

struct Key
{
    std::int64_t initiative;
    std::string question;
    std::int64_t respondent;
};

std::vector<Key> keys(const RoundData& round)
{
    std::vector<Key> all;
    for (std::int64_t initiative = 1; initiative <= 10; ++initiative) {
        for (const Friction& friction : round.bank.frictions) {
            for (const Question& question : friction.questions) {
                for (const Respondent& respondent : round.respondents) {
                    all.push_back({initiative, question.id, respondent.id});
                }
            }
        }
    }
    return all;
}

} // namespace

static void SaveAnswerThroughStorage(benchmark::State& state)
{
    const std::string path = freshCopy("storage");
    auto file = storage::AssessmentFile::open(path, storage::OpenMode::ReadWrite);
    const RoundData& round = bench::largeAssessment().rounds.front();
    const std::vector<Key> all = keys(round);
    std::size_t next = 0;
    for (auto _ : state) {
        const Key& key = all[next++ % all.size()];
        const storage::Status saved = (*file)->setAnswer(
            {key.initiative, key.question, key.respondent, Answer::atLevel(int(next % 5)), "", ""}, round.round.id);
        if (!saved) {
            state.SkipWithError("setAnswer failed");
        }
    }
    file = storage::StorageError{};
    std::filesystem::remove(path);
}
BENCHMARK(SaveAnswerThroughStorage)->Iterations(1000)->Unit(benchmark::kMicrosecond);

static void SaveAnswerPlainSqlite(benchmark::State& state)
{
    const std::string path = freshCopy("sqlite");
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = EXTRA; PRAGMA foreign_keys = ON");
    SQLite::Statement upsert(db, "INSERT INTO answer (round_id, initiative_id, question_id, respondent_id, kind, "
                                 "level, reason, note, evidence) VALUES (?, ?, ?, ?, 'level', ?, '', '', '') "
                                 "ON CONFLICT (round_id, initiative_id, question_id, respondent_id) DO UPDATE "
                                 "SET kind = excluded.kind, level = excluded.level");
    const RoundData& round = bench::largeAssessment().rounds.front();
    const std::vector<Key> all = keys(round);
    std::size_t next = 0;
    for (auto _ : state) {
        const Key& key = all[next++ % all.size()];
        upsert.bind(1, round.round.id);
        upsert.bind(2, key.initiative);
        upsert.bind(3, key.question);
        upsert.bind(4, key.respondent);
        upsert.bind(5, int(next % 5));
        upsert.exec();
        upsert.reset();
    }
    std::filesystem::remove(path);
}
BENCHMARK(SaveAnswerPlainSqlite)->Iterations(1000)->Unit(benchmark::kMicrosecond);
