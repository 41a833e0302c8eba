// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace lastmile::app {

// Where the user's assessment files live: the default folder (Documents/Lastmile), the demo
// engagement written there on first start, and the list of recently opened files (QSettings).
class Workspace
{
public:
    static QString defaultFolder();
    static QString demoFileName();

    // On first start (no settings yet), creates the default folder and writes the demo
    // engagement into it. Returns the demo's path if it exists afterwards, else empty.
    static QString ensureDemo(QString* error);
    // Writes the demo engagement to `path` (which must not exist).
    static bool writeDemo(const QString& path, QString* error);

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
};

} // namespace lastmile::app
