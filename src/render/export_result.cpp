// SPDX-License-Identifier: Apache-2.0
#include "export_result.h"

#include "text/save_file.h"

namespace lastmile::render {

ExportResult saveAtomically(const QString& path, const QByteArray& bytes)
{
    const QString error = text::saveAtomically(path, bytes);
    return error.isEmpty() ? ExportResult::written() : ExportResult::failed(error);
}

ExportResult saveAtomically(const QString& path, const std::function<ExportResult(QIODevice& file)>& write)
{
    ExportResult result;
    bool abandoned = false;
    const QString error = text::saveAtomically(
        path,
        [&write, &result](QIODevice& file) {
            result = write(file);
            return result.ok();
        },
        &abandoned);
    if (abandoned) {
        return result;
    }
    return error.isEmpty() ? ExportResult::written() : ExportResult::failed(error);
}

} // namespace lastmile::render
