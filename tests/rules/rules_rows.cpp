// The permission table as docs/rules.md states it, one row per action: not derived from the code
// it checks.
#include "rules_rows.h"

#include "services/console_settings.h"
#include "services/double_entry.h"
#include "services/importing.h"
#include "services/judge_admin.h"
#include "services/laptop_retire.h"
#include "services/marks.h"
#include "services/roster_admin.h"

namespace plumb::test {

std::vector<Row> table() {
    const std::set<Who> organiser{Who::Organiser}, chief{Who::ChiefHere};
    const std::set<Who> organiser_or_chief{Who::Organiser, Who::ChiefHere};
    return {
        {"enter a mark (J01's C3 at 02, corrected)",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             enter_mark(s, by, {"bricklaying", "02", "J01", "C3", t.other_c3, "recheck", {}});
         },
         [](const Templates& t) {
             return "mark {DB} --event bricklaying --workstation 02 --judge J01 --aspect C3 "
                    "--value " +
                    t.other_c3 + " --reason recheck";
         },
         {Who::Organiser, Who::ChiefHere, Who::JudgeHere},
         kWhileOpen},
        {"enter a mark on the signed-off sheet (01)",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             enter_mark(s, by, {"bricklaying", "01", "J01", "A1", "1400", "recheck", {}});
         },
         [](const Templates&) {
             return std::string(
                 "mark {DB} --event bricklaying --workstation 01 --judge J01 "
                 "--aspect A1 --value 1400 --reason recheck");
         },
         {Who::Organiser, Who::ChiefHere, Who::JudgeHere},
         {State::Open}},
        {"import marks",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_marks(s, by, t.marks_csv);
         },
         [](const Templates& t) { return "marks import {DB} " + quote(t.marks_csv.string()); },
         organiser_or_chief, kWhileOpen},
        {"import times",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_timing(s, by, t.timing_csv);
         },
         [](const Templates& t) { return "timing import {DB} " + quote(t.timing_csv.string()); },
         organiser_or_chief, kWhileOpen},
        {"import theory scores",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_theory(s, by, t.theory_csv);
         },
         [](const Templates& t) { return "theory import {DB} " + quote(t.theory_csv.string()); },
         organiser_or_chief, kWhileOpen},
        {"import contestants",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_roster(s, by, t.roster_csv);
         },
         [](const Templates& t) { return "roster import {DB} " + quote(t.roster_csv.string()); },
         organiser, kWhileOpen},
        {"change a status",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             const std::string reg = s.store().contestant_at("bricklaying", "02")->registration_no;
             set_status(s, by, reg, ContestantStatus::Absent, "left the site");
         },
         [](const Templates&) {
             return std::string(
                 "status {DB} --registration {REG02} --status absent --reason "
                 "'left the site'");
         },
         organiser_or_chief, kWhileOpen},
        {"add a contestant",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             Contestant c;
             c.registration_no = "ZY802";
             c.name = "补报选手";
             c.id_number = valid_id("41080219900202123");
             c.event = "bricklaying";
             add_contestant(s, by, c);
         },
         [](const Templates&) {
             return "contestant add {DB} --registration ZY802 --name 补报选手 --id-number " +
                    valid_id("41080219900202123") + " --event bricklaying";
         },
         organiser, kWhileOpen},
        {"correct a contestant's details",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             Contestant c = *s.store().contestant_at("bricklaying", "02");
             c.phone = "13800000000";
             update_contestant(s, by, c, "phone misread");
         },
         [](const Templates&) {
             return std::string(
                 "contestant edit {DB} --registration {REG02} --phone 13800000000 "
                 "--reason 'phone misread'");
         },
         organiser, kWhileOpen},
        {"add a judge",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             add_or_update_judge(s, by, Judge{"J21", "新裁判", "", {"bricklaying"}});
         },
         [](const Templates&) {
             return std::string("judge set {DB} --code J21 --name 新裁判 --event bricklaying");
         },
         organiser, kAlways},
        {"sign off J01's sheet of 02",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             sign_off(s, by, "bricklaying", "02", "J01");
         },
         [](const Templates&) {
             return std::string("signoff {DB} --event bricklaying --workstation 02 --judge J01");
         },
         {Who::JudgeHere},
         kWhileOpen},
        {"reopen J01's sheet of 01",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             reopen(s, by, "bricklaying", "01", "J01", "recheck C3");
         },
         [](const Templates&) {
             return std::string(
                 "reopen {DB} --event bricklaying --workstation 01 --judge J01 "
                 "--reason 'recheck C3'");
         },
         chief,
         {State::SignedOff}},
        {"lock",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             lock_results(s, by, "bricklaying", "all sheets in");
         },
         [](const Templates&) {
             return std::string("lock {DB} --event bricklaying --reason 'all sheets in'");
         },
         chief, kWhileOpen},
        {"reveal",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             reveal_event(s, by, "bricklaying");
         },
         [](const Templates&) { return std::string("reveal {DB} --event bricklaying"); },
         chief,
         {State::Open, State::SignedOff, State::Locked}},
        {"lodge an appeal",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             lodge_appeal(s, by, {"bricklaying", "02", "A1", "", "1400", "team leader"},
                          "tape misread");
         },
         [](const Templates&) {
             return std::string(
                 "appeal lodge {DB} --event bricklaying --workstation 02 --aspect "
                 "A1 --value 1400 --lodged-by 'team leader' --reason 'tape "
                 "misread'");
         },
         organiser_or_chief, kOnceLocked},
        {"decide an appeal",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             decide_appeal(s, by, t.appeal_id, false, "the score stands");
         },
         [](const Templates& t) {
             return "appeal decide {DB} --id " + (t.appeal_id.empty() ? "none" : t.appeal_id) +
                    " --reject --reason 'the score stands'";
         },
         chief, kOnceLocked},
        {"set a judge's PIN",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_judge_pin(s, by, "J03", "333333");
         },
         [](const Templates&) { return std::string("role set {DB} --judge J03 --new-pin 333333"); },
         organiser, kAlways},
        {"name a chief judge",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_chief_judge(s, by, "bricklaying", "J03");
         },
         [](const Templates&) {
             return std::string("role set {DB} --chief J03 --event bricklaying");
         },
         organiser, kAlways},
        {"set the organiser's password",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_organiser_password(s, by, "org-password-2");
         },
         [](const Templates&) {
             return std::string("role set {DB} --organiser --new-password org-password-2");
         },
         organiser, kAlways},
        {"make a judge kit",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             export_kit(s, by, "bricklaying", "L9", s.store().path() + ".kit");
         },
         [](const Templates&) {
             return std::string("kit export {DB} --event bricklaying --device L9 -o {DB}.kit");
         },
         organiser, kWhileOpen},
        {"retire a laptop",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             retire_laptop(s, by, "B1", "lost on site");
         },
         [](const Templates&) {
             return std::string("kit retire {DB} --laptop B1 --reason 'lost on site'");
         },
         organiser, kAlways},
        {"change the console's idle log-out",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_idle_logout_minutes(s, by, 7);
         },
         [](const Templates&) { return std::string("settings set {DB} --idle-logout-minutes 7"); },
         organiser, kAlways},
        {"switch double entry on",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_double_entry(s, by, "bricklaying", true);
         },
         [](const Templates&) {
             return std::string("double-entry set {DB} --event bricklaying --on");
         },
         organiser_or_chief, kWhileOpen},
    };
}

}  // namespace plumb::test
