// A file written by a library under a temporary name and renamed into place when complete, so a
// failed export never leaves half a file (cairo and libxlsxwriter write to paths themselves).
#pragma once

#include <filesystem>

namespace plumb {

class TempOutput {
public:
    explicit TempOutput(std::filesystem::path file);
    ~TempOutput();  // removes the temporary file unless committed
    TempOutput(const TempOutput&) = delete;
    TempOutput& operator=(const TempOutput&) = delete;

    const std::filesystem::path& path() const { return tmp_; }  // where to write
    const std::filesystem::path& file() const { return file_; }
    // Flushes the temporary file to disk; throws on failure. For a file placed later (commit()).
    void flush();
    // Flushes the temporary file to disk and renames it to the real name; throws on failure.
    void commit();

private:
    std::filesystem::path file_;
    std::filesystem::path tmp_;
    bool committed_ = false;
};

}  // namespace plumb
