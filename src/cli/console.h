// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/question_bank.h"
#include "storage/assessment_file.h"

#include <QByteArray>
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

// Writes `bytes` to `path` atomically (QSaveFile): the old file, if any, stays until the new one
// is complete. Returns an error text, or an empty string on success.
QString writeFileAtomically(const QString& path, const QByteArray& bytes);

// The bank shipped inside the program.
std::optional<QuestionBank> shippedBank();

std::string toStd(const QString& text);

// The number an option gives, written with a dot whatever the locale, when it is a plain number
// (finite, not subnormal: core/numbers.h) from `minimum` to `maximum`; nullopt otherwise, for the
// command to refuse the option (not the file).
std::optional<double> numberArgument(const QString& text, double minimum, double maximum);

} // namespace lastmile::cli
