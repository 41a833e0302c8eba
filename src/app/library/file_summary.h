// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scoring.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace lastmile::app {

// What the library shows of one assessment file: read from the file, or why it cannot be.
struct FileSummary
{
    QString path;
    qint64 modified = 0; // ms since the epoch; with the size, tells whether a summary is current
    qint64 size = -1;
    bool readable = false;
    QString error; // why the file cannot be read, in the user's words (without the file name)

    QString organization;
    QString roundName; // the last round
    QString roundDate;
    int initiativeCount = 0;
    std::optional<double> readiness; // the portfolio readiness of the last round
    double coverage = 0.0;           // mean coverage of the initiatives in the last round, 0..1
    bool lowCoverage = false;        // coverage under the scoring rule's floor: insufficient evidence
    std::vector<FrictionScore> frictions;
    QStringList frictionNames; // in the order of frictions

    // When the file is a working copy of an engagement in a team repository: the repository's
    // address (without a password) and the engagement's uuid; both empty otherwise.
    QString repository;
    QString engagement;
};

// Summarizes the file at `path` from the scores stored in it (storage::AssessmentFile::readSummary),
// read-only; never changes the file. Safe to call off the UI thread. When `cancelled` returns
// true the read gives up soon and the summary holds an error.
FileSummary readFileSummary(const QString& path, const std::function<bool()>& cancelled = {});

} // namespace lastmile::app

Q_DECLARE_METATYPE(lastmile::app::FileSummary)
