// SPDX-License-Identifier: Apache-2.0
#include "export_result.h"

#include <QSaveFile>

namespace lastmile::render {

ExportResult saveAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ExportResult::failed(file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ExportResult::failed(reason);
    }
    if (!file.commit()) {
        return ExportResult::failed(file.errorString());
    }
    return ExportResult::written();
}

} // namespace lastmile::render
