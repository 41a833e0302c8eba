// SPDX-License-Identifier: Apache-2.0
#include "library_reader.h"

namespace lastmile::app {

LibraryReader::LibraryReader(QObject* parent) : QObject(parent), m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<lastmile::app::FileSummary>();
    m_thread.setObjectName(QStringLiteral("LibraryReader"));
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

LibraryReader::~LibraryReader()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
    m_context.reset();
}

int LibraryReader::read(const QStringList& paths)
{
    const int generation = ++m_generation;
    QMetaObject::invokeMethod(m_context.get(), [this, generation, paths] {
        for (const QString& path : paths) {
            if (m_stopping || m_generation != generation) {
                return;
            }
            // Quitting or a newer read makes SQLite give up on the file being read, so neither
            // waits for a large file.
            const auto abandoned = [this, generation] { return m_stopping || m_generation != generation; };
            FileSummary summary = readFileSummary(path, abandoned);
            if (abandoned()) {
                return;
            }
            // Emitted from the worker thread: receivers in the UI thread get it queued.
            emit summaryRead(generation, summary);
        }
    });
    return generation;
}

} // namespace lastmile::app
