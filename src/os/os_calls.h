// The few operating-system calls that differ between Linux and Windows, behind named wrappers.
#pragma once

#include <ctime>
#include <filesystem>
#include <string>
#include <system_error>

// Every caller outside src/core goes through these instead of <unistd.h>, <fcntl.h>, fsync,
// rename over an existing file or the _r time functions; docs/windows.md says what runs where.
// src/store/file_locks.cpp stays Linux-only by design (see docs/windows.md).
namespace plumb::os {

// This process's id, to make temporary file names unique between programs.
long process_id();

// Whether a process with this id is running now (kill(pid, 0); OpenProcess on Windows). An id
// may have been given again to another program: true then says only "do not touch its files".
bool process_running(long pid);

// Creates an empty `file` only if nothing is there yet (O_EXCL, CREATE_NEW): of two programs
// creating the same file at once, one gets true, the other false with `error` set.
bool create_new_file(const std::filesystem::path& file, std::error_code& error);

// Writes `bytes` to `file` (created or truncated) and flushes it to the disk before returning
// (fsync, FlushFileBuffers); false with `error` set when any step fails.
bool write_to_disk(const std::filesystem::path& file, const std::string& bytes,
                   std::error_code& error);

// Flushes an already written, closed file to the disk.
bool flush_to_disk(const std::filesystem::path& file, std::error_code& error);

// Moves `from` onto `to`, replacing `to` if it exists, in one step (rename; MoveFileExW with
// MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH on Windows).
bool replace_file(const std::filesystem::path& from, const std::filesystem::path& to,
                  std::error_code& error);

// Calendar fields of a time in UTC and in the local time zone (gmtime_r/localtime_r, gmtime_s/
// localtime_s on Windows).
std::tm utc_calendar(std::time_t t);
std::tm local_calendar(std::time_t t);

// The full path of the running program (/proc/self/exe, GetModuleFileNameW); empty if unknown.
std::filesystem::path running_program();

}  // namespace plumb::os
