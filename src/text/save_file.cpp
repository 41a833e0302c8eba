// SPDX-License-Identifier: Apache-2.0
#include "save_file.h"

#include <QSaveFile>

namespace lastmile::text {

QString saveAtomically(const QString& path, const QByteArray& bytes)
{
    QString reason;
    bool abandoned = false;
    const QString error = saveAtomically(
        path,
        [&bytes, &reason](QIODevice& file) {
            if (file.write(bytes) == bytes.size()) {
                return true;
            }
            reason = file.errorString();
            return false;
        },
        &abandoned);
    return abandoned ? reason : error;
}

QString saveAtomically(const QString& path, const std::function<bool(QIODevice& file)>& write, bool* abandoned)
{
    if (abandoned) {
        *abandoned = false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    if (!write(file)) {
        file.cancelWriting();
        if (abandoned) {
            *abandoned = true;
        }
        return {};
    }
    if (!file.commit()) {
        return file.errorString();
    }
    return {};
}

} // namespace lastmile::text
