// SPDX-License-Identifier: Apache-2.0
#include "report_worker.h"

#include <QThread>

namespace lastmile::app {

ReportWorker::ReportWorker(QObject* parent) : QObject(parent) {}

ReportWorker::~ReportWorker()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportWorker::start(Job job)
{
    if (m_thread) {
        return false;
    }
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    m_thread = QThread::create([job = std::move(job), cancelled, receiver = this]() {
        auto last = std::make_shared<int>(-1);
        const render::ExportProgress progress = [receiver, cancelled, last](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 0;
            if (percent != *last) { // at most a hundred updates to the UI thread
                *last = percent;
                QMetaObject::invokeMethod(
                    receiver, [receiver, done, total] { emit receiver->progressed(done, total); },
                    Qt::QueuedConnection);
            }
            return !cancelled->load();
        };
        const render::ExportResult result = cancelled->load() ? render::ExportResult::cancelled() : job(progress);
        QMetaObject::invokeMethod(
            receiver,
            [receiver, result] {
                QThread* thread = receiver->m_thread;
                thread->wait();
                delete thread;
                receiver->m_thread = nullptr;
                emit receiver->finished(result.status, result.error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void ReportWorker::cancel()
{
    if (m_cancelled) {
        m_cancelled->store(true);
    }
}

} // namespace lastmile::app
