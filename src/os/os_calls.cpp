// POSIX and Windows versions of the wrappers in os_calls.h.
#include "os/os_calls.h"

#ifdef _WIN32
#include <algorithm>

#define WIN32_LEAN_AND_MEAN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace plumb::os {

#ifdef _WIN32

namespace {

std::error_code last_error() {
    return {static_cast<int>(::GetLastError()), std::system_category()};
}

// Opens for writing with `disposition` (CREATE_NEW, CREATE_ALWAYS, OPEN_EXISTING).
HANDLE open_for_writing(const std::filesystem::path& file, DWORD disposition) {
    return ::CreateFileW(file.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr,
                         disposition, FILE_ATTRIBUTE_NORMAL, nullptr);
}

}  // namespace

long process_id() {
    return static_cast<long>(::GetCurrentProcessId());
}

bool process_running(long pid) {
    if (pid <= 0) return false;
    const HANDLE h = ::OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(pid));
    if (!h) return ::GetLastError() == ERROR_ACCESS_DENIED;  // there, but not ours to open
    const bool running = ::WaitForSingleObject(h, 0) == WAIT_TIMEOUT;
    ::CloseHandle(h);
    return running;
}

bool create_new_file(const std::filesystem::path& file, std::error_code& error) {
    const HANDLE h = open_for_writing(file, CREATE_NEW);
    if (h == INVALID_HANDLE_VALUE) {
        error = last_error();
        return false;
    }
    ::CloseHandle(h);
    return true;
}

bool write_to_disk(const std::filesystem::path& file, const std::string& bytes,
                   std::error_code& error) {
    const HANDLE h = open_for_writing(file, CREATE_ALWAYS);
    if (h == INVALID_HANDLE_VALUE) {
        error = last_error();
        return false;
    }
    std::size_t done = 0;
    bool ok = true;
    while (ok && done < bytes.size()) {
        const DWORD chunk =
            static_cast<DWORD>(std::min<std::size_t>(bytes.size() - done, 1u << 30));
        DWORD written = 0;
        ok = ::WriteFile(h, bytes.data() + done, chunk, &written, nullptr) != 0;
        done += written;
    }
    ok = ok && ::FlushFileBuffers(h) != 0;
    if (!ok) error = last_error();
    ::CloseHandle(h);
    return ok;
}

bool flush_to_disk(const std::filesystem::path& file, std::error_code& error) {
    const HANDLE h = open_for_writing(file, OPEN_EXISTING);
    if (h == INVALID_HANDLE_VALUE) {
        error = last_error();
        return false;
    }
    const bool ok = ::FlushFileBuffers(h) != 0;
    if (!ok) error = last_error();
    ::CloseHandle(h);
    return ok;
}

bool replace_file(const std::filesystem::path& from, const std::filesystem::path& to,
                  std::error_code& error) {
    if (::MoveFileExW(from.c_str(), to.c_str(),
                      MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0)
        return true;
    error = last_error();
    return false;
}

std::tm utc_calendar(std::time_t t) {
    std::tm tm{};
    ::gmtime_s(&tm, &t);
    return tm;
}

std::tm local_calendar(std::time_t t) {
    std::tm tm{};
    ::localtime_s(&tm, &t);
    return tm;
}

std::filesystem::path running_program() {
    std::wstring buf(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = ::GetModuleFileNameW(nullptr, buf.data(), static_cast<DWORD>(buf.size()));
        if (n == 0) return {};
        if (n < buf.size()) return std::filesystem::path(buf.substr(0, n));
        buf.resize(buf.size() * 2);
    }
}

#else

namespace {

std::error_code last_error() {
    return {errno, std::generic_category()};
}

}  // namespace

long process_id() {
    return static_cast<long>(::getpid());
}

bool process_running(long pid) {
    if (pid <= 0) return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;  // EPERM: another user's
}

bool create_new_file(const std::filesystem::path& file, std::error_code& error) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = last_error();
        return false;
    }
    ::close(fd);
    return true;
}

bool write_to_disk(const std::filesystem::path& file, const std::string& bytes,
                   std::error_code& error) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = last_error();
        return false;
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = last_error();
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok) error = last_error();
    ::close(fd);
    return ok;
}

bool flush_to_disk(const std::filesystem::path& file, std::error_code& error) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = last_error();
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok) error = last_error();
    ::close(fd);
    return ok;
}

bool replace_file(const std::filesystem::path& from, const std::filesystem::path& to,
                  std::error_code& error) {
    if (::rename(from.c_str(), to.c_str()) == 0) return true;
    error = last_error();
    return false;
}

std::tm utc_calendar(std::time_t t) {
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    return tm;
}

std::tm local_calendar(std::time_t t) {
    std::tm tm{};
    ::localtime_r(&t, &tm);
    return tm;
}

std::filesystem::path running_program() {
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : p;
}

#endif

}  // namespace plumb::os
