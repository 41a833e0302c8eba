// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"
#include "core/band.h"
#include "core/problem.h"
#include "storage/assessment_file.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QString>

namespace lastmile::text {

// The user's words for what the core and storage layers report as codes, translatable with
// Qt Linguist. Shared by the command line and the desktop app.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)

public:
    // What went wrong and what to do, in plain words for anyone, without the file name and
    // without technical detail: "not a Lastmile file; check that you chose the right file, …".
    static QString storageError(const storage::StorageError& error);
    // The technical detail behind it, for the command line and logs ("it is not an SQLite
    // database", a system message); empty when the plain sentence says everything.
    static QString storageErrorDetail(const storage::StorageError& error);
    // storageError(), then the detail in brackets when there is one: what the command line prints.
    static QString storageErrorWithDetail(const storage::StorageError& error);
    // "/frictions/2/weight: the weight must be a number above 0 (found -1)"
    static QString problem(const Problem& problem);
    static QString finding(const storage::Finding& finding);

    static QString band(Band band);
    static QString stage(Stage stage);
    static QString actionStatus(ActionStatus status);
};

// "FILE: reason", the one line a failing command prints (line breaks inside become spaces).
QString fileMessage(const QString& file, const QString& reason);

} // namespace lastmile::text
