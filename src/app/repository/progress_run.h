// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/working_copy_file.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QWidget;

namespace lastmile::app {

// One repository operation (pull, sync, resolve) on a worker thread of its own, with a
// window-modal progress dialog over `parent`: a bar that follows the operation's progress and
// Cancel, which makes the progress callback return false (the operation then changes nothing).
// The work starts once the event loop turns, so the dialog is up before anything happens.
// Deletes itself when done.
class ProgressRun : public QObject
{
    Q_OBJECT

public:
    // Runs `body` on the worker, then `finished` on the UI thread (not when `parent` is gone).
    static ProgressRun* start(QWidget* parent, const QString& label,
                              std::function<void(const repository::Progress&)> body, std::function<void()> finished);
    ~ProgressRun() override;

    QProgressDialog* dialog() const { return m_dialog; }
    // What the runs in flight show: for tests, which wait for them or cancel them.
    static QProgressDialog* current();

private:
    ProgressRun(QWidget* parent, const QString& label);
    void report(std::int64_t done, std::int64_t total);

    QProgressDialog* m_dialog = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

// Runs `work` with a progress dialog and hands its result to `done` on the UI thread.
template <typename T>
void runWithProgress(QWidget* parent, const QString& label, std::function<T(const repository::Progress&)> work,
                     std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    ProgressRun::start(
        parent, label,
        [work = std::move(work), result](const repository::Progress& progress) { result->emplace(work(progress)); },
        [done = std::move(done), result] { done(std::move(**result)); });
}

// Runs `work` on a thread of its own, without a dialog, and hands its result to `done` on the UI
// thread while `receiver` still exists. The thread is not waited for: a server that does not
// answer holds only it (libpq gives up after PGCONNECT_TIMEOUT).
void runInBackground(QObject* receiver, std::function<std::function<void()>()> work);

template <typename T> void runInBackground(QObject* receiver, std::function<T()> work, std::function<void(T)> done)
{
    runInBackground(receiver, [work = std::move(work), done = std::move(done)]() -> std::function<void()> {
        auto result = std::make_shared<T>(work());
        return [done, result] { done(std::move(*result)); };
    });
}

} // namespace lastmile::app
