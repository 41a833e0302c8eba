// SPDX-License-Identifier: Apache-2.0
#include "tools.h"

#include <cstdio>
#include <regex>
#include <stdexcept>
#include <sys/wait.h>

namespace lastmile::test {

int runTool(const std::string& command, std::string& output)
{
    output.clear();
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return -1;
    }
    char buffer[65536];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        output.append(buffer, got);
    }
    const int status = ::pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string pdfText(const std::string& path, int firstPage, int lastPage)
{
    std::string command = "pdftotext -enc UTF-8";
    if (firstPage > 0) {
        command += " -f " + std::to_string(firstPage);
    }
    if (lastPage > 0) {
        command += " -l " + std::to_string(lastPage);
    }
    command += " '" + path + "' -";
    std::string text;
    if (runTool(command, text) != 0) {
        throw std::runtime_error("pdftotext failed on " + path);
    }
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

int pdfPageCount(const std::string& path)
{
    std::string info;
    std::smatch match;
    if (runTool("pdfinfo '" + path + "'", info) != 0 ||
        !std::regex_search(info, match, std::regex("Pages:\\s+(\\d+)"))) {
        throw std::runtime_error("pdfinfo cannot read the pages of " + path);
    }
    return std::stoi(match[1]);
}

} // namespace lastmile::test
