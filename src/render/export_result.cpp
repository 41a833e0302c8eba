// SPDX-License-Identifier: Apache-2.0
#include "export_result.h"

#include "text/save_file.h"

namespace lastmile::render {

ExportResult saveAtomically(const QString& path, const QByteArray& bytes)
{
    const QString error = text::saveAtomically(path, bytes);
    return error.isEmpty() ? ExportResult::written() : ExportResult::failed(error);
}

} // namespace lastmile::render
