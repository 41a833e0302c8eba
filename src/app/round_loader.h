// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/round_reader.h"

#include <QObject>
#include <QString>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace lastmile::app {

// Reads rounds' answers of an open file on a thread of its own, through a read-only connection
// of its own (storage::RoundReader), one round at a time in the order they were asked for. Each
// result comes back to `deliver` on the thread that made the loader, in a later turn of its
// event loop. Destroying the loader stops the read under way (within about a thousand SQLite
// steps) and joins the thread: nothing is left running and nothing is delivered afterwards.
class RoundLoader : public QObject
{
    Q_OBJECT

public:
    using Deliver = std::function<void(std::int64_t roundId, storage::Result<storage::RoundAnswers> answers)>;

    RoundLoader(QString path, Deliver deliver, QObject* parent = nullptr);
    ~RoundLoader() override;

    // Queues round `roundId` to be read; a round already waiting in the queue is not queued again.
    void request(std::int64_t roundId);

private:
    void run();

    QString m_path;
    Deliver m_deliver;
    std::unique_ptr<storage::RoundReader> m_reader; // used by the thread only, but cancel()
    storage::StorageError m_openError;              // when the reader could not be opened
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::int64_t> m_queue; // under m_mutex
    bool m_stopping = false;          // under m_mutex
    std::thread m_thread;
};

} // namespace lastmile::app
