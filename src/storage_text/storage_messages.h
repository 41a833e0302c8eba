// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/assessment_file.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QString>

namespace lastmile::text {

// The user's words for what the storage layer reports as codes, translatable with Qt Linguist.
// Shared by the command line, the desktop app and the voting server's front ends; the words for
// core's codes (bands, stages, bank problems) are text::Messages, which needs no storage.
class StorageMessages
{
    Q_DECLARE_TR_FUNCTIONS(StorageMessages)

public:
    // What went wrong and what to do, in plain words for anyone, without the file name and
    // without technical detail: "not a Lastmile file; check that you chose the right file, …".
    static QString storageError(const storage::StorageError& error);
    // The technical detail behind it, for the command line and logs ("it is not an SQLite
    // database", a system message); empty when the plain sentence says everything.
    static QString storageErrorDetail(const storage::StorageError& error);
    // storageError(), then the detail in brackets when there is one: what the command line prints.
    static QString storageErrorWithDetail(const storage::StorageError& error);
    // One finding of AssessmentFile::verify(): "integrity check failed: …".
    static QString finding(const storage::Finding& finding);
};

} // namespace lastmile::text
