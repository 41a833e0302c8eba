// SPDX-License-Identifier: Apache-2.0
// Kills a writing process at random moments, many times: every answer it reported as saved
// must be in the file afterwards, and the file must pass integrity_check every time.
#include "storage/assessment_file.h"
#include "storage_fixtures.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <map>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <tuple>
#include <unistd.h>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

using Key = std::tuple<std::int64_t, std::string, std::int64_t>;

struct Run
{
    std::string output;
    bool finished = false;
    // From the writer's "ready" to the kill.
    std::chrono::microseconds elapsed{0};
};

std::size_t answerLines(const std::string& output)
{
    const std::size_t ready = output.find("ready\n");
    if (ready == std::string::npos) {
        return 0;
    }
    const auto lines = static_cast<std::size_t>(std::count(output.begin() + ready + 6, output.end(), '\n'));
    return output.find("done\n") == std::string::npos ? lines : lines - 1;
}

// Starts the writer and kills it with SIGKILL once `delay` has passed after it said "ready", or,
// with `commits` above zero, as soon as it has reported that many answers saved; returns what it
// printed.
Run runAndKill(const std::string& path, std::chrono::microseconds delay, std::size_t commits = 0)
{
    int channel[2];
    REQUIRE(::pipe(channel) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(channel[1], STDOUT_FILENO);
        ::close(channel[0]);
        ::close(channel[1]);
        ::execl(LASTMILE_CRASH_WRITER, LASTMILE_CRASH_WRITER, path.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(channel[1]);
    Run run;
    char buffer[4096];
    ssize_t got = 0;
    while (run.output.find("ready\n") == std::string::npos && (got = ::read(channel[0], buffer, sizeof buffer)) > 0) {
        run.output.append(buffer, static_cast<std::size_t>(got));
    }
    const auto ready = std::chrono::steady_clock::now();
    if (commits > 0) {
        while (answerLines(run.output) < commits && (got = ::read(channel[0], buffer, sizeof buffer)) > 0) {
            run.output.append(buffer, static_cast<std::size_t>(got));
        }
    } else {
        std::this_thread::sleep_for(delay);
    }
    run.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - ready);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    while ((got = ::read(channel[0], buffer, sizeof buffer)) > 0) {
        run.output.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(channel[0]);
    run.finished = WIFEXITED(status);
    if (run.finished) {
        REQUIRE(WEXITSTATUS(status) == 0);
    }
    return run;
}

void collectReported(const std::string& output, std::map<Key, int>& reported)
{
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line)) {
        if (lines.eof() || line == "done" || line == "ready") {
            continue; // an unfinished last line, or no answer
        }
        std::istringstream fields(line);
        long long initiative = 0;
        long long respondent = 0;
        std::string question;
        int level = 0;
        if (fields >> initiative >> question >> respondent >> level) {
            reported[{initiative, question, respondent}] = level;
        }
    }
}

} // namespace

TEST_CASE("Killing the writer at any moment loses no answer it reported saved")
{
    TempDir dir;
    const std::string path = dir.file("crash.lastmile");
    // 100 initiatives x 12 respondents x 63 questions: far more than any run can write.
    REQUIRE(AssessmentFile::create(path, test::smallAssessment(100, 12)).ok());

    std::map<Key, int> reported;
    // The kills fall anywhere within the time the writer takes for its first three edits, measured
    // here on this machine and build (a sanitized or loaded one is many times slower), and at least
    // within 40 ms: before the first commit, inside one, and between two.
    const Run measured = runAndKill(path, {}, 3);
    REQUIRE_FALSE(measured.finished);
    collectReported(measured.output, reported);
    const auto base = std::max<std::int64_t>(40000, measured.elapsed.count());
    INFO("kills within " << base / 1000 << " ms of the writer's start");

    std::mt19937 random(20261125);
    int kills = 0;
    // A slower moment reports fewer saves per run: the runs go on, each allowed longer before the
    // kill, until 30 kills have happened and at least 20 answers were reported saved.
    for (int attempt = 0; attempt < 300 && (kills < 30 || reported.size() < 20); ++attempt) {
        const auto window = base * (1 + attempt / 30);
        const auto delay = std::chrono::microseconds(random() % window);
        const Run run = runAndKill(path, delay);
        collectReported(run.output, reported);
        kills += run.finished ? 0 : 1;

        auto file = AssessmentFile::open(path, OpenMode::ReadWrite); // rolls back an interrupted edit
        REQUIRE(file.ok());
        const auto findings = (*file)->verify();
        REQUIRE(findings.ok());
        REQUIRE(findings->empty());
        if (run.finished) {
            break;
        }
    }
    CHECK(kills >= 30);
    REQUIRE(reported.size() >= 20);

    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto assessment = (*file)->load();
    REQUIRE(assessment.ok());
    std::map<Key, int> stored;
    for (const AnswerRecord& record : assessment->rounds[0].answers) {
        stored[{record.initiativeId, record.questionId, record.respondentId}] = record.answer.level;
    }
    for (const auto& [key, level] : reported) {
        INFO(std::get<1>(key));
        REQUIRE(stored.count(key) == 1);
        CHECK(stored[key] == level);
    }
}
