// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace lastmile::app {

// The start page: recent files and the files of the default folder, each with organization,
// last round, readiness and a one-row heat strip; New, Open, Open demo.
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(QWidget* parent = nullptr);

    // Reads the recent files and the default folder again.
    void refresh();

signals:
    void openRequested(const QString& path, bool readOnly);
    void newRequested();
    void openFileRequested(); // the user wants to pick a file
    void openDemoRequested();
};

} // namespace lastmile::app
