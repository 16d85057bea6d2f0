// A fresh competition for the score-entry tests: the demo definition and the CLI test roster
// (bricklaying at workstations 01..03), no roles; marks read back through the store.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "gui_fixture.h"
#include "services/importing.h"

namespace plumb::test {

struct EntryContest {
    std::filesystem::path dir;
    std::unique_ptr<ui::Console> console;
    EntryContest() {
        char tmpl[] = "/tmp/plumb-entry-XXXXXX";
        dir = mkdtemp(tmpl);
        const Actor organiser{{}, "organiser", {}};
        auto s = CompetitionSession::init(
            dir / "c.plumb", std::filesystem::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml",
            organiser);
        import_roster(s, unchecked_login("organiser"), std::filesystem::path(TEST_DATA_DIR) / "cli/roster.csv");
        console = std::make_unique<ui::Console>(std::make_unique<CompetitionSession>(std::move(s)));
    }
    ~EntryContest() {
        console.reset();
        std::filesystem::remove_all(dir);
    }
    std::optional<std::string> recorded(const char* judge, const char* reg, const char* aspect) {
        return console->session().store().current_mark(judge, reg, aspect);
    }
    std::size_t marks() { return console->session().store().mark_count(); }
};

}  // namespace plumb::test
