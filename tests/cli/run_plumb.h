// Runs the real plumb binary and captures what it prints, for the CLI tests.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include <sys/wait.h>

namespace plumb::test {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A fresh scratch directory per test, removed afterwards.
struct Scratch {
    std::filesystem::path dir;
    Scratch() {
        char tmpl[] = "/tmp/plumb-cli-XXXXXX";
        dir = mkdtemp(tmpl);
    }
    ~Scratch() { std::filesystem::remove_all(dir); }
    std::filesystem::path operator/(const std::string& name) const { return dir / name; }
};

inline std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// plumb ARGS (each already quoted as needed), stdout and stderr captured separately. The tests
// read English: plumb would speak Chinese under a Chinese locale, so the locale is C here unless
// `environment` says otherwise ("LANG=zh_CN.UTF-8").
inline Run run_plumb(const std::string& args, const std::string& environment = "LC_ALL=C.UTF-8") {
    Scratch capture;
    const std::string cmd = "env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + environment +
                            " " + std::string(PLUMB_BINARY) + " " + args + " >" +
                            (capture / "out").string() + " 2>" + (capture / "err").string();
    Run r;
    const int status = std::system(cmd.c_str());
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(capture / "out");
    r.err = slurp(capture / "err");
    return r;
}

inline std::string data(const std::string& rel) {
    return std::string(TEST_DATA_DIR) + "/" + rel;
}
inline std::string demo_competition() {
    return std::string(PLUMB_DATA_DIR) + "/demo/zhengyun-cup.toml";
}

}  // namespace plumb::test
