// SPDX-License-Identifier: Apache-2.0
#include "file_handle.h"

#include "sqlite_errors.h"

#include <cerrno>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace lastmile::storage {

namespace {

struct OpenFile
{
    int handles = 0;
    std::vector<int> parked; // descriptors waiting for the last handle to go
};

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<std::pair<dev_t, ino_t>, OpenFile>& registry()
{
    static std::map<std::pair<dev_t, ino_t>, OpenFile> files;
    return files;
}

} // namespace

Result<FileHandle> FileHandle::open(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return error == EACCES ? StorageError{ErrorCode::NoPermission, path, {}} : errorFromErrno(error, path);
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd); // nothing of ours is open on it yet, or fstat would not fail
        return errorFromErrno(error, path);
    }
    {
        std::lock_guard<std::mutex> guard(registryMutex());
        ++registry()[{info.st_dev, info.st_ino}].handles;
    }
    return FileHandle(fd, info.st_dev, info.st_ino, false); // from here on, release() closes fd
}

Status FileHandle::lockExclusive(const std::string& path)
{
    if (!m_locked) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            return error == EWOULDBLOCK ? StorageError{ErrorCode::InUse, path, {}} : errorFromErrno(error, path);
        }
        m_locked = true;
    }
    return success();
}

void FileHandle::unlock()
{
    if (m_locked) {
        ::flock(m_fd, LOCK_UN);
        m_locked = false;
    }
}

FileHandle::FileHandle(int fd, dev_t device, ino_t inode, bool locked)
    : m_fd(fd), m_device(device), m_inode(inode), m_locked(locked)
{
}

FileHandle::FileHandle(FileHandle&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_device(other.m_device), m_inode(other.m_inode),
      m_locked(std::exchange(other.m_locked, false))
{
}

FileHandle& FileHandle::operator=(FileHandle&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_device = other.m_device;
        m_inode = other.m_inode;
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

FileHandle::~FileHandle()
{
    release();
}

void FileHandle::release()
{
    if (m_fd < 0) {
        return;
    }
    std::lock_guard<std::mutex> guard(registryMutex());
    if (m_locked) {
        ::flock(m_fd, LOCK_UN); // flock is separate from the fcntl locks SQLite holds
    }
    auto found = registry().find({m_device, m_inode});
    if (found == registry().end() || --found->second.handles > 0) {
        if (found != registry().end()) {
            found->second.parked.push_back(m_fd);
        }
    } else {
        for (int parked : found->second.parked) {
            ::close(parked);
        }
        ::close(m_fd);
        registry().erase(found);
    }
    m_fd = -1;
    m_locked = false;
}

} // namespace lastmile::storage
