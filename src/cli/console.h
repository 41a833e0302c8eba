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

// The number an option gives, written with a dot whatever the locale, when it is a plain number
// (finite, not subnormal: core/numbers.h) from `minimum` to `maximum`; nullopt otherwise, for the
// command to refuse the option (not the file).
std::optional<double> numberArgument(const QString& text, double minimum, double maximum);

} // namespace lastmile::cli
