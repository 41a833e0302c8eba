// SPDX-License-Identifier: Apache-2.0
#include "round_loader.h"

#include <algorithm>

namespace lastmile::app {

RoundLoader::RoundLoader(QString path, Deliver deliver, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_deliver(std::move(deliver))
{
    auto reader = storage::RoundReader::open(m_path.toStdString());
    if (reader) {
        m_reader = std::move(*reader);
    } else {
        m_openError = reader.error();
    }
    m_thread = std::thread([this] { run(); });
}

RoundLoader::~RoundLoader()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    if (m_reader) {
        m_reader->cancel();
    }
    m_wake.notify_all();
    m_thread.join();
}

void RoundLoader::request(std::int64_t roundId)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (std::find(m_queue.begin(), m_queue.end(), roundId) != m_queue.end()) {
            return;
        }
        m_queue.push_back(roundId);
    }
    m_wake.notify_all();
}

void RoundLoader::run()
{
    for (;;) {
        std::int64_t roundId = 0;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                return;
            }
            roundId = m_queue.front();
            m_queue.pop_front();
        }
        auto answers = std::make_shared<storage::Result<storage::RoundAnswers>>(
            m_reader ? m_reader->read(roundId) : storage::Result<storage::RoundAnswers>(m_openError));
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping) {
                return;
            }
        }
        // Runs on this object's thread; dropped with the object if it is gone by then.
        QMetaObject::invokeMethod(
            this, [this, roundId, answers] { m_deliver(roundId, std::move(*answers)); }, Qt::QueuedConnection);
    }
}

} // namespace lastmile::app
