// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/bank_loader.h"

#include <QString>
#include <vector>

namespace lastmile::text {

// The folder of the user's installed question banks, shared by the app and the command line:
// <generic data location>/Lastmile/question-banks (e.g. ~/.local/share/Lastmile/question-banks).
QString bankFolder();

// A bank the user can choose: the shipped one, or one installed in the bank folder.
struct BankEntry
{
    QString path; // ":/question-banks/lastmile-core.json" for the shipped bank
    bool shipped = false;
    BankLoadResult result; // the bank, or why it no longer loads
};

// The shipped bank first, then the installed banks by file name.
std::vector<BankEntry> availableBanks();

// Validates the bank at `source` and copies it into the bank folder as <bank id>.json,
// replacing an installed bank with the same id. A bank with problems is never installed:
// `problems` lists them all. Returns the installed path, or empty with `problems` or `error` set.
QString installBank(const QString& source, Problems* problems, QString* error);

} // namespace lastmile::text
