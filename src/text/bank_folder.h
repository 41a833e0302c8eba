// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/bank_loader.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lastmile::text {

// The folder of the user's installed question banks, shared by the app and the command line:
// <generic data location>/Lastmile/question-banks (e.g. ~/.local/share/Lastmile/question-banks).
QString bankFolder();

// A bank the user can choose: the shipped one, or one installed in the bank folder.
struct BankEntry
{
    QString path; // ":/question-banks/lastmile-core.json" for a shipped bank
    bool shipped = false;
    BankLoadResult result; // the bank, or why it no longer loads
};

// The shipped banks first (English, then the translations), then the installed banks by file name.
std::vector<BankEntry> availableBanks();

// The banks compiled into the program, one per language and all with the same question ids:
// ":/question-banks/lastmile-core.json" (English) and ":/question-banks/lastmile-core-de.json".
QStringList shippedBankPaths();
// The shipped bank written in `language` ("de"), else the English one; nullopt only if the
// program was built without it.
std::optional<QuestionBank> shippedBank(const QString& language);

// Validates the bank at `source` and copies it into the bank folder as <bank id>.json,
// replacing an installed bank with the same id. A bank with problems is never installed:
// `problems` lists them all. Returns the installed path, or empty with `problems` or `error` set.
QString installBank(const QString& source, Problems* problems, QString* error);

} // namespace lastmile::text
