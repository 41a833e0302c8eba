// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/question_bank.h"
#include "storage/assessment_file.h"

#include <QString>
#include <memory>
#include <optional>

namespace lastmile::cli {

void printOut(const QString& text);   // a line to stdout
void printError(const QString& text); // a line to stderr

// Prints "FILE: reason" for a storage error and returns BadInput.
int reportStorageError(const storage::StorageError& error);
int reportFailure(const QString& file, const QString& reason);

// True, after printing "OUT: the folder "DIR" does not exist", when the folder a new or
// replaced output file `path` would go in is missing.
bool reportMissingFolder(const QString& path);

// The bank shipped inside the program in the language it speaks (text::shippedBank).
std::optional<QuestionBank> shippedBank();

std::string toStd(const QString& text);

// "Writing report.pdf… 42%" on stderr, redrawn in place as a long write advances, and erased
// when it ends. Only when stderr is a terminal: a script, a pipe or a log sees nothing, and
// stdout is never touched.
class ProgressLine
{
public:
    explicit ProgressLine(const QString& fileName);
    ~ProgressLine(); // erases the line
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // `done` of `total` steps; true (the command goes on), for render::ExportProgress.
    bool update(int done, int total);

private:
    QString m_label;
    int m_percent = -1; // last shown
    qsizetype m_width = 0;
    bool m_terminal;
};

// The number an option gives, written with a dot whatever the locale, when it is a plain number
// (finite, not subnormal: core/numbers.h) from `minimum` to `maximum`; nullopt otherwise, for the
// command to refuse the option (not the file).
std::optional<double> numberArgument(const QString& text, double minimum, double maximum);

} // namespace lastmile::cli
