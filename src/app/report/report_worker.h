// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "render/export_result.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace lastmile::app {

// Runs one long report job (an export, a preview) off the UI thread. Progress and the result
// come back as signals on the thread that owns the worker; cancel() makes the job's progress
// callback return false, and the writers then leave nothing behind.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    // The job gets a progress callback to call as it advances; it must own copies of the data it
    // reads, since the document goes on changing while it runs.
    using Job = std::function<render::ExportResult(const render::ExportProgress& progress)>;

    explicit ReportWorker(QObject* parent = nullptr);
    ~ReportWorker() override; // cancels a running job and waits for it

    bool isRunning() const { return m_thread != nullptr; }
    // Starts `job`; false (and nothing started) while another job runs.
    bool start(Job job);
    void cancel();

signals:
    void progressed(int done, int total);
    // The job ended: written, cancelled or failed (with the reason).
    void finished(render::ExportResult::Status status, const QString& error);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace lastmile::app
