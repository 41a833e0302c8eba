// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace lastmile::render {

// Told how far an export has got; returns false to cancel it.
using ExportProgress = std::function<bool(int done, int total)>;

// What became of an export. A cancelled or failed export leaves nothing behind: an existing file
// at the path keeps its old content, and no temporary file remains.
struct ExportResult
{
    enum class Status { Written, Cancelled, Failed };
    Status status = Status::Written;
    QString error; // the reason of a failure, for "FILE: reason"

    bool ok() const { return status == Status::Written; }
    static ExportResult written() { return {}; }
    static ExportResult cancelled() { return {Status::Cancelled, {}}; }
    static ExportResult failed(const QString& error) { return {Status::Failed, error}; }
};

// Writes `bytes` to `path` with text::saveAtomically: the file appears complete or not at all.
ExportResult saveAtomically(const QString& path, const QByteArray& bytes);
// Writes `path` the same way, part by part: `write` writes the content into the temporary file
// and returns what became of it. Unless that is Written, nothing is left behind and its result is
// returned as it is (Cancelled, or Failed with its reason).
ExportResult saveAtomically(const QString& path, const std::function<ExportResult(QIODevice& file)>& write);

} // namespace lastmile::render
