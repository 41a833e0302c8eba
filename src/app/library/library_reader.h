// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "file_summary.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <atomic>
#include <memory>

namespace lastmile::app {

// Reads file summaries on a worker thread, one file after another, so a folder of large files
// never blocks the window. Each summary arrives through summaryRead (queued to the receiver's
// thread). A newer read() abandons what is left of an older one.
class LibraryReader : public QObject
{
    Q_OBJECT

public:
    explicit LibraryReader(QObject* parent = nullptr);
    ~LibraryReader() override; // cancels the file being read and waits for SQLite to give up (milliseconds)

    // Starts reading `paths`; returns the generation its summaries carry.
    int read(const QStringList& paths);

signals:
    void summaryRead(int generation, const lastmile::app::FileSummary& summary);

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread; the reads run in its event loop
    std::atomic<int> m_generation{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace lastmile::app
