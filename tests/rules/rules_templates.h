// The four states of the permission table's event as closed database files (open, a sheet
// signed off, locked, revealed), each copied before a case runs, and the files the cases import.
#pragma once

#include <doctest/doctest.h>

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>

#include "../cli/run_plumb.h"
#include "core/id_number.h"
#include "rules_people.h"
#include "services/appeals.h"
#include "services/demo.h"
#include "services/judge_kit.h"
#include "services/result_state.h"
#include "services/settings_keys.h"
#include "services/signoff.h"

namespace plumb::test {

namespace fs = std::filesystem;

// PINs hashed at libsodium's lowest cost: the table is about who may act, not about how long
// a PIN takes to check (set_judge_pin uses the real cost).
inline std::string cheap_hash(const std::string& secret) {
    char out[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_MIN,
                              crypto_pwhash_MEMLIMIT_MIN) == 0);
    return out;
}

inline std::string valid_id(const std::string& first17) {
    return first17 + id_check_digit(first17);
}

// The four states as closed database files, and what the cases need to know of them.
struct Templates {
    Scratch dir;
    std::map<State, fs::path> db;
    std::string c3_at_02;   // J01's current C3 at workstation 02
    std::string other_c3;   // a different valid C3
    std::string appeal_id;  // pending in the locked and revealed states
    fs::path marks_csv, timing_csv, theory_csv, roster_csv;

    Templates() {
        REQUIRE(sodium_init() >= 0);
        const fs::path open = dir / "open.plumb";
        {
            CompetitionSession s = create_demo(open, DemoOptions{8, 11, false});
            Change c = s.store().begin(Actor{{}, "organiser", "roles for the table test"});
            c.set_secret(keys::kOrganiserPassword, cheap_hash("org-password-1"));
            c.set_setting(keys::kRoles, "on");
            for (const auto& [judge, pin] : std::map<std::string, std::string>{
                     {"J01", "111111"}, {"J02", "222222"}, {"J06", "666666"}, {"J07", "777777"}})
                c.set_secret(keys::pin(judge), cheap_hash(pin));
            EventState b("bricklaying"), r("rebar");
            b.chief_judge = "J02";
            r.chief_judge = "J06";
            c.set_event_state(b);
            c.set_event_state(r);
            c.commit();
            const auto ws02 = s.store().contestant_at("bricklaying", "02").value();
            c3_at_02 = s.store().current_mark("J01", ws02.registration_no, "C3").value();
            other_c3 = c3_at_02 == "1" ? "2" : "1";
            write_files(s);
            // A laptop in service, for the row that retires it.
            export_kit(s, Login{"organiser", Role::Organiser}, "bricklaying", "B1", dir / "b1.kit");
        }
        db[State::Open] = open;
        const Login organiser{"organiser", Role::Organiser}, chief{"J02", Role::Judge};
        db[State::SignedOff] = derive(open, "signed.plumb", [&](CompetitionSession& s) {
            sign_off(s, Login{"J01", Role::Judge}, "bricklaying", "01", "J01");
        });
        const auto lock_and_appeal = [&](CompetitionSession& s) {
            lock_results(s, chief, "bricklaying", "all sheets in");
            appeal_id = lodge_appeal(s, organiser,
                                     {"bricklaying", "01", "C3", "J01", other_c3, "team leader"},
                                     "score too low");
        };
        db[State::Locked] = derive(open, "locked.plumb", lock_and_appeal);
        // From the locked file, so that both hold the same pending appeal.
        db[State::Revealed] =
            derive(db[State::Locked], "revealed.plumb",
                   [&](CompetitionSession& s) { reveal_event(s, chief, "bricklaying"); });
    }

    fs::path derive(const fs::path& from, const std::string& to,
                    const std::function<void(CompetitionSession&)>& change) {
        fs::copy_file(from, dir / to);
        CompetitionSession s = CompetitionSession::open(dir / to);
        change(s);
        return dir / to;
    }

    void write_files(const CompetitionSession& s) {
        marks_csv = dir / "marks.csv";
        std::ofstream(marks_csv) << "event,workstation,judge,aspect,value\nbricklaying,02,J01,C3,"
                                 << c3_at_02 << "\n";
        timing_csv = dir / "timing.csv";
        std::ofstream(timing_csv) << "event,workstation,minutes\nbricklaying,01,150\n";
        theory_csv = dir / "theory.csv";
        const std::string reg01 = s.store().contestant_at("bricklaying", "01")->registration_no;
        std::ofstream(theory_csv) << "registration_no,score\n" << reg01 << ",61.5\n";
        roster_csv = dir / "roster.csv";
        std::ofstream(roster_csv) << "报名号,姓名,身份证号,工种,工位号\nZY801,新选手,"
                                  << valid_id("41080219900101123") << ",砌筑工,08\n";
    }
};

}  // namespace plumb::test
