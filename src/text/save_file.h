// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace lastmile::text {

// Writes `bytes` to `path` through QSaveFile (a temporary file beside it, renamed over it when
// complete): the file appears whole or not at all, and a file already at `path` keeps its old
// content when writing fails. Returns an empty string on success, else the system's reason
// (without the path). The one way every layer above writes a whole file.
QString saveAtomically(const QString& path, const QByteArray& bytes);

} // namespace lastmile::text
