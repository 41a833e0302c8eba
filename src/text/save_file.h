// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace lastmile::text {

// Writes `bytes` to `path` through QSaveFile (a temporary file beside it, renamed over it when
// complete): the file appears whole or not at all, and a file already at `path` keeps its old
// content when writing fails. Returns an empty string on success, else the system's reason
// (without the path). The one way every layer above writes a whole file.
QString saveAtomically(const QString& path, const QByteArray& bytes);

// The same, with the content written part by part by `write` into the temporary file, so that
// it is never whole in memory. `write` returns false to abandon the file: nothing is left behind,
// a file at `path` keeps its content, `*abandoned` (if given) is set and the result is empty. A
// write that fails is remembered by the file and reported when it would be renamed.
QString saveAtomically(const QString& path, const std::function<bool(QIODevice& file)>& write,
                       bool* abandoned = nullptr);

} // namespace lastmile::text
