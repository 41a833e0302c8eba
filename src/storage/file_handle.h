// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage_error.h"

#include <string>
#include <sys/types.h>

namespace lastmile::storage {

// A descriptor on a .lastmile file, kept for as long as Lastmile has the file open.
//
// On POSIX systems, closing any descriptor of a file drops every fcntl lock the process holds
// on it — including SQLite's own locks of another connection to the same file in this process.
// So Lastmile opens one descriptor per open file, reads the header through it, takes its
// writer lock (flock, which is separate from SQLite's fcntl locks) on it, and closes it only
// when no handle on the same file is left in the process; until then it is parked.
class FileHandle
{
public:
    // Opens `path` for reading.
    static Result<FileHandle> open(const std::string& path);

    // Takes the writer lock, refusing with InUse when another handle, in this or another
    // process, holds it. Released when the handle goes.
    Status lockExclusive(const std::string& path);
    void unlock();

    FileHandle(FileHandle&& other) noexcept;
    FileHandle& operator=(FileHandle&& other) noexcept;
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    ~FileHandle();

    int fd() const { return m_fd; }

private:
    FileHandle(int fd, dev_t device, ino_t inode, bool locked);
    void release();

    int m_fd = -1;
    dev_t m_device = 0;
    ino_t m_inode = 0;
    bool m_locked = false;
};

} // namespace lastmile::storage
