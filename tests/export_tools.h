// Reading exported files back with the tools a person would use: pdfinfo, pdftotext
// (poppler-utils) and openpyxl (Debian's python3-openpyxl, hence /usr/bin/python3).
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace plumb::test {

// What a shell command prints on stdout.
inline std::string command_output(const std::string& cmd) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe) return out;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
    return out;
}

inline std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Pages of a PDF according to pdfinfo; -1 when it cannot read the file.
inline int pdf_pages(const std::filesystem::path& pdf) {
    const std::string info =
        command_output("pdfinfo " + shell_quote(pdf.string()) + " 2>/dev/null");
    const auto at = info.find("Pages:");
    if (at == std::string::npos) return -1;
    return std::stoi(info.substr(at + 6));
}

// The text of one page (1-based) or of all pages (0).
inline std::string pdf_text(const std::filesystem::path& pdf, int page = 0) {
    std::string range;
    if (page > 0) range = " -f " + std::to_string(page) + " -l " + std::to_string(page);
    return command_output("pdftotext -enc UTF-8" + range + " " + shell_quote(pdf.string()) +
                          " - 2>/dev/null");
}

// Runs a Python script with openpyxl available; returns what it prints.
inline std::string python(const std::string& script) {
    return command_output("/usr/bin/python3 -c " + shell_quote(script) + " 2>&1");
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// Flips one bit of the byte at `offset` (a tampered file).
inline void flip_byte(const std::filesystem::path& file, std::streamoff offset) {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(offset);
    char c = 0;
    f.get(c);
    f.seekp(offset);
    f.put(static_cast<char>(c ^ 0x01));
}

}  // namespace plumb::test
