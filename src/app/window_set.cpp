// SPDX-License-Identifier: Apache-2.0
#include "window_set.h"

#include "assessment_document.h"
#include "main_window.h"

#include <QFileInfo>

namespace lastmile::app {

namespace {

QString canonical(const QString& path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

} // namespace

WindowSet::WindowSet(QObject* parent) : QObject(parent) {}

WindowSet::~WindowSet() = default;

void WindowSet::setWindowSetup(std::function<void(MainWindow*)> setup)
{
    m_setup = std::move(setup);
}

MainWindow* WindowSet::newWindow()
{
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_windows.append(window);
    if (m_setup) {
        m_setup(window);
    }
    return window;
}

QList<MainWindow*> WindowSet::windows() const
{
    QList<MainWindow*> open;
    for (const QPointer<MainWindow>& window : m_windows) {
        if (window) {
            open.append(window);
        }
    }
    return open;
}

MainWindow* WindowSet::windowShowing(const QString& path) const
{
    const QString wanted = canonical(path);
    for (MainWindow* window : windows()) {
        if (window->document() && canonical(window->document()->path()) == wanted) {
            return window;
        }
    }
    return nullptr;
}

MainWindow* WindowSet::libraryWindow() const
{
    for (MainWindow* window : windows()) {
        if (!window->document()) {
            return window;
        }
    }
    return nullptr;
}

void WindowSet::bringToFront(MainWindow* window)
{
    if (window->isMinimized()) {
        window->showNormal();
    } else {
        window->show();
    }
    window->raise();
    window->activateWindow();
}

QList<MainWindow*> WindowSet::open(const LaunchRequest& request)
{
    QList<MainWindow*> shown;
    if (request.files.isEmpty()) {
        MainWindow* window = newWindow();
        bringToFront(window);
        shown.append(window);
        return shown;
    }
    for (const QString& path : request.files) {
        if (MainWindow* window = windowShowing(path)) {
            bringToFront(window);
            shown.append(window);
            continue;
        }
        MainWindow* window = libraryWindow();
        const bool made = window == nullptr;
        if (made) {
            window = newWindow();
        }
        // A file from the file manager or a mail opens as it was last opened here, or for review
        // if it came from elsewhere (Workspace::opensForReview).
        const bool opened = request.readOnly ? window->openFile(path, true) : window->openFileAsRemembered(path);
        if (opened) {
            bringToFront(window);
            shown.append(window);
        } else if (made && windows().size() > 1) {
            window->deleteLater(); // the error has been shown; the other windows remain
        } else {
            bringToFront(window); // on the library, so the program does not vanish
        }
    }
    return shown;
}

} // namespace lastmile::app
