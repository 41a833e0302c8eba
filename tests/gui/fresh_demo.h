// SPDX-License-Identifier: Apache-2.0
// The demo engagement written afresh for a test: the GUI tests that open it start each case on
// the same, untouched file.
#pragma once

#include "app/workspace.h"

#include <QFile>
#include <QTemporaryDir>

namespace lastmile::testing {

// Writes the demo to DIR/demo.lastmile, replacing any copy a previous case left (made writable
// first, in case it was marked read-only), and returns its path; an empty string with the
// reason in `error` when it cannot.
inline QString writeFreshDemo(const QTemporaryDir& dir, QString* error)
{
    const QString path = dir.filePath(QStringLiteral("demo.lastmile"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::remove(path);
    return app::Workspace::writeDemo(path, error) ? path : QString();
}

} // namespace lastmile::testing
