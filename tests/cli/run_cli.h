// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace lastmile::test {

struct CliRun
{
    int exitCode = -1;
    std::string out;
    std::string err;

    std::vector<std::string> errLines() const;
};

// Runs lastmile-cli with `arguments` (no shell), in the C locale unless `locale` is given.
CliRun runCli(const std::vector<std::string>& arguments, const std::string& locale = "C.UTF-8");

// Writes the demo engagement to `path` with `lastmile-cli demo` (the test fails if it cannot)
// and returns `path`.
std::string writeDemoFile(const std::string& path);

} // namespace lastmile::test
