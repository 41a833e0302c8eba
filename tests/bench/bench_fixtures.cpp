// SPDX-License-Identifier: Apache-2.0
#include "bench_fixtures.h"

#include "samples/synthetic_assessment.h"
#include "storage/assessment_file.h"

#include <cstdlib>
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
