// SPDX-License-Identifier: Apache-2.0
// Child process of the crash test: records every missing answer of the first round, one edit at
// a time, and prints a line for each only after setAnswer has returned (committed).
#include "storage/assessment_file.h"

#include <cstdio>
#include <set>
#include <tuple>

using namespace lastmile;
using namespace lastmile::storage;

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_writer FILE\n");
        return 2;
    }
    auto file = AssessmentFile::open(argv[1], OpenMode::ReadWrite);
    if (!file) {
        std::fprintf(stderr, "crash_writer: cannot open %s (%d)\n", argv[1], static_cast<int>(file.error().code));
        return 3;
    }
    const auto assessment = (*file)->load();
    if (!assessment || assessment->rounds.empty()) {
        return 3;
    }
    const RoundData& round = assessment->rounds.front();
    std::set<std::tuple<std::int64_t, std::string, std::int64_t>> done;
    for (const AnswerRecord& record : round.answers) {
        done.emplace(record.initiativeId, record.questionId, record.respondentId);
    }
    // The parent starts its clock now, however slow the start was: the next thing is the first edit.
    std::printf("ready\n");
    std::fflush(stdout);
    for (const Initiative& initiative : assessment->initiatives) {
        for (const Friction& friction : round.bank.frictions) {
            for (const Question& question : friction.questions) {
                for (const Respondent& respondent : round.respondents) {
                    if (done.count({initiative.id, question.id, respondent.id}) != 0) {
                        continue;
                    }
                    const int level =
                        static_cast<int>((initiative.id * 7 + respondent.id * 3 + question.id.size()) % 5);
                    const Status saved = (*file)->setAnswer({initiative.id, question.id, respondent.id,
                                                             Answer::atLevel(level), "written by the crash test", ""},
                                                            round.round.id);
                    if (!saved) {
                        std::fprintf(stderr, "crash_writer: setAnswer failed (%d)\n",
                                     static_cast<int>(saved.error().code));
                        return 1;
                    }
                    std::printf("%lld %s %lld %d\n", static_cast<long long>(initiative.id), question.id.c_str(),
                                static_cast<long long>(respondent.id), level);
                    std::fflush(stdout);
                }
            }
        }
    }
    std::printf("done\n");
    return 0;
}
