// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"
#include "core/band.h"
#include "core/problem.h"

#include <QCoreApplication>
#include <QString>

namespace lastmile::text {

// The user's words for what the core layer reports as codes (bands, stages, action states, bank
// and import problems), translatable with Qt Linguist. Shared by render, the command line and the
// desktop app. Depends on core only; the words for storage's errors are text::StorageMessages
// (src/storage_text).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)

public:
    // "/frictions/2/weight: the weight must be a number above 0 (found -1)"
    static QString problem(const Problem& problem);

    static QString band(Band band);
    static QString stage(Stage stage);
    static QString actionStatus(ActionStatus status);
};

// "FILE: reason", the one line a failing command prints (line breaks inside become spaces).
QString fileMessage(const QString& file, const QString& reason);

} // namespace lastmile::text
