// SQLite's locks on a private open file description per file, and the WAL's identity on disk.
//
// SQLite's unix VFS locks with POSIX record locks, which belong to the process: closing *any*
// descriptor of the file, opened by anyone in the process, drops them all. SQLite copes with
// its own descriptors (it defers closing them while locks are held) but not with a file dialog
// or a thumbnailer that opens and closes the file on a thread of its own. Here the VFS's
// "open", "close" and "fcntl" system calls are replaced: every lock SQLite takes on a file is
// taken as an open-file-description (OFD) lock through one descriptor duplicated from SQLite's
// first descriptor of that file. All SQLite connections of the process share it, as they share
// a POSIX lock, so SQLite's own bookkeeping still holds; nothing else in the process knows it,
// so nobody else can close it, and closing other descriptors of the file does not touch OFD
// locks. It is closed when SQLite closes its last descriptor of the file, by which time SQLite
// holds no lock on it. OFD locks conflict with other processes' POSIX locks like POSIX locks
// do, so programs using plain SQLite (the sqlite3 shell) and Plumbline still wait for each other.
#include "store/file_locks.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdarg>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>

namespace plumb {

namespace {

using Open = int (*)(const char*, int, int);
using Close = int (*)(int);
using Fcntl = int (*)(int, int, ...);
Open real_open = nullptr;
Close real_close = nullptr;
Fcntl real_fcntl = nullptr;

using FileId = std::pair<dev_t, ino_t>;
struct OpenFile {
    std::set<int> descriptors;  // SQLite's
    int lock_fd = -1;           // ours, duplicated from one of them at the first lock
};

std::mutex files_mutex;
std::map<FileId, OpenFile> files;  // guarded by files_mutex
std::map<int, FileId> file_of;     // SQLite's descriptor -> its file; guarded by files_mutex

int sqlite_open(const char* path, int flags, int mode) {
    const int fd = real_open(path, flags, mode);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return fd;
    const FileId id{st.st_dev, st.st_ino};
    std::lock_guard<std::mutex> guard(files_mutex);
    files[id].descriptors.insert(fd);
    file_of[fd] = id;
    return fd;
}

int sqlite_close(int fd) {
    {
        std::lock_guard<std::mutex> guard(files_mutex);
        const auto known = file_of.find(fd);
        if (known != file_of.end()) {
            const auto file = files.find(known->second);
            file->second.descriptors.erase(fd);
            if (file->second.descriptors.empty()) {
                if (file->second.lock_fd >= 0) real_close(file->second.lock_fd);
                files.erase(file);
            }
            file_of.erase(known);
        }
    }
    return real_close(fd);
}

// The descriptor SQLite's locks on `fd`'s file are taken through.
int lock_descriptor(int fd) {
    std::lock_guard<std::mutex> guard(files_mutex);
    const auto known = file_of.find(fd);
    if (known == file_of.end()) return fd;  // not opened through SQLite's open: its own lock
    OpenFile& file = files[known->second];
    if (file.lock_fd < 0) file.lock_fd = real_fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return file.lock_fd >= 0 ? file.lock_fd : fd;
}

int sqlite_fcntl(int fd, int cmd, ...) {
    va_list args;
    va_start(args, cmd);
    void* arg = va_arg(args, void*);
    va_end(args);
    int ofd = 0;
    if (cmd == F_SETLK) ofd = F_OFD_SETLK;
    if (cmd == F_SETLKW) ofd = F_OFD_SETLKW;
    if (cmd == F_GETLK) ofd = F_OFD_GETLK;
    if (ofd == 0) return real_fcntl(fd, cmd, arg);
    static_cast<struct flock*>(arg)->l_pid = 0;  // OFD commands require it
    return real_fcntl(lock_descriptor(fd), ofd, arg);
}

template <class F>
F replace(sqlite3_vfs* vfs, const char* name, F with) {
    const auto real = reinterpret_cast<F>(vfs->xGetSystemCall(vfs, name));
    if (!real ||
        vfs->xSetSystemCall(vfs, name, reinterpret_cast<sqlite3_syscall_ptr>(with)) != SQLITE_OK)
        throw std::runtime_error(std::string("SQLite's '") + name + "' cannot be replaced");
    return real;
}

void install() {
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (!vfs || vfs->iVersion < 3 || !vfs->xGetSystemCall || !vfs->xSetSystemCall)
        throw std::runtime_error("SQLite's default file system cannot be configured");
    real_fcntl = replace<Fcntl>(vfs, "fcntl", &sqlite_fcntl);
    real_close = replace<Close>(vfs, "close", &sqlite_close);
    real_open = replace<Open>(vfs, "open", &sqlite_open);
}

// Before main(): no connection can be opened with the process's POSIX locks first.
[[maybe_unused]] const bool installed_at_start = [] {
    use_own_file_locks();
    return true;
}();

}  // namespace

void use_own_file_locks() {
    static std::once_flag once;
    std::call_once(once, install);
}

WalIdentity wal_identity(const std::string& db_path) {
    struct stat st {};
    if (::stat((db_path + "-wal").c_str(), &st) != 0) return {};
    return {static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino),
            true};
}

}  // namespace plumb
