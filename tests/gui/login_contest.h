// A competition for the login tests: the demo definition and the CLI test roster (bricklaying
// at 01..03); with roles, the organiser's password and PINs for J01 and J02 set through the
// services. Prompts for a PIN or the password are answered from a list, then cancelled.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gui_fixture.h"
#include "services/importing.h"
#include "services/roles.h"

namespace plumb::test {

inline constexpr const char* kPassword = "site-office-2019";
inline constexpr const char* kPinJ01 = "481516";
inline constexpr const char* kPinJ02 = "234200";

struct LoginContest {
    std::filesystem::path dir;
    std::unique_ptr<ui::Console> console;
    struct Asked {
        std::string who, error;
    };
    std::vector<Asked> asked;
    std::vector<std::optional<std::string>> answers;  // given in order; then cancel

    explicit LoginContest(bool roles) {
        char tmpl[] = "/tmp/plumb-login-XXXXXX";
        dir = mkdtemp(tmpl);
        const Actor organiser{{}, "organiser", {}};
        auto s = CompetitionSession::init(
            dir / "c.plumb", std::filesystem::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml",
            organiser);
        import_roster(s, unchecked_login("organiser"), std::filesystem::path(TEST_DATA_DIR) / "cli/roster.csv");
        if (roles) {
            const Login by{kOrganiser, Role::Organiser};
            set_organiser_password(s, Login{}, kPassword);
            set_judge_pin(s, by, "J01", kPinJ01);
            set_judge_pin(s, by, "J02", kPinJ02);
        }
        console = std::make_unique<ui::Console>(std::make_unique<CompetitionSession>(std::move(s)));
        console->set_secret_source([this](const std::string& who, const std::string& error) {
            asked.push_back({who, error});
            if (asked.size() > answers.size()) return std::optional<std::string>();
            return answers[asked.size() - 1];
        });
    }
    ~LoginContest() {
        console.reset();
        std::filesystem::remove_all(dir);
    }
    void answer(std::vector<std::optional<std::string>> given) {
        asked.clear();
        answers = std::move(given);
    }
    std::optional<std::string> recorded(const char* judge, const char* reg, const char* aspect) {
        return console->session().store().current_mark(judge, reg, aspect);
    }
    std::vector<AuditRecord> audit(const char* action) {
        return console->session().store().audit_records({action});
    }
};

}  // namespace plumb::test
