// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace lastmile::test {

// Runs a shell command; returns its exit status (-1 when it could not run or did not exit) and
// puts what it printed on stdout in `output`.
int runTool(const std::string& command, std::string& output);

// The text of a PDF as poppler's pdftotext extracts it (UTF-8), every run of white space made one
// space, so a phrase broken over lines is still found. Pages from `firstPage` to `lastPage`
// (1-based; 0 means the first or the last page). Throws std::runtime_error when pdftotext fails.
std::string pdfText(const std::string& path, int firstPage = 0, int lastPage = 0);

// The number of pages of a PDF, as poppler's pdfinfo reads it. Throws std::runtime_error when
// pdfinfo fails or names no page count.
int pdfPageCount(const std::string& path);

} // namespace lastmile::test
