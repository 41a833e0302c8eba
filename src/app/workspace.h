// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace lastmile::app {

// Where the user's assessment files live: the default folder (Documents/Lastmile), the demo
// engagement written there on first start, the list of recently opened files and how each file
// was last opened, for review or for editing (QSettings).
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

    // How `path` opens when the user does not choose (the library, Open Recent, Open, a drop):
    // as it was last opened here, review or edit; a file never created nor opened for editing on
    // this machine opens for review. Remembered per file (absolute path) in QSettings.
    static bool opensForReview(const QString& path);
    // Remembers how `path` was opened: for review (true) or for editing (false). A file created
    // on this machine is remembered as opened for editing.
    static void rememberReview(const QString& path, bool review);

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
};

} // namespace lastmile::app
