// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch_channel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace lastmile::app {

class MainWindow;

// The windows of the running program. Every file opens in one window: a launch (the first, or
// a later one through LaunchChannel) brings the window that shows the file already to the
// front, else opens the file in a window that shows the library, else in a new window.
class WindowSet : public QObject
{
    Q_OBJECT

public:
    explicit WindowSet(QObject* parent = nullptr);
    ~WindowSet() override;

    // Called on every new window before it opens anything (start-up measuring sets its error
    // reporter this way).
    void setWindowSetup(std::function<void(MainWindow*)> setup);

    // A new window on the library, not shown yet; it deletes itself when closed.
    MainWindow* newWindow();
    // Opens the files of `request` as above, or a new window without files, and shows and
    // raises what it opened. A file that cannot be opened is reported in the window meant for
    // it; a window made only for it is closed again when others remain. Returns the windows
    // that now show the request's files (or the new window).
    QList<MainWindow*> open(const LaunchRequest& request);

    QList<MainWindow*> windows() const; // open windows, oldest first

private:
    MainWindow* windowShowing(const QString& path) const;
    MainWindow* libraryWindow() const;
    static void bringToFront(MainWindow* window);

    QList<QPointer<MainWindow>> m_windows;
    std::function<void(MainWindow*)> m_setup;
};

} // namespace lastmile::app
