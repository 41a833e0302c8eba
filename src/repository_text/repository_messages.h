// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "repository/repository_error.h"
#include "repository/working_copy_file.h"

#include <QCoreApplication>
#include <QString>

namespace lastmile::text {

// The user's words for what the repository reports, translatable with Qt Linguist: shared by
// `lastmile-cli repo` and the app (docs/repository.md).
class RepositoryMessages
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryMessages)

public:
    // What went wrong and what to do, with the server's detail in brackets when there is one;
    // without the address (the caller puts it in front).
    static QString error(const repository::RepoError& error);
    // A failed working-copy operation as one line starting with what it concerns: the file's
    // path, or the repository's address (never with a password).
    static QString copyError(const repository::CopyError& error);

    // A conflict kind ("both_changed", …) as a phrase: "changed here and in the repository".
    static QString conflictKind(const std::string& kind);
    // Which value a sync kept: "the repository's value was kept; yours is kept with the conflict".
    static QString conflictKept(const std::string& kind, bool keptLocal);
    // Which row a conflict is about, in words, named from `assessment` (the working copy) where it
    // can be, else from the row's values or its key: "answer of Priya Natarajan to “…” (AI order
    // management, round “2026-Q1 workshop”)". `values` is one side's JSON, or "".
    static QString conflictRow(const std::string& table, const std::string& key, const std::string& values,
                               const Assessment& assessment);
    // One side's values in words: an answer as "level 3; note: …; evidence: …"; any other row as
    // "column: value; …"; "" (the row deleted or absent) as "no row (deleted)".
    static QString conflictValue(const std::string& table, const std::string& values);
};

} // namespace lastmile::text
