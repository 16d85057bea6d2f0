// A small hand-built competition and roster shared by the CSV importer tests.
#pragma once

#include <string>
#include <vector>

#include "core/competition.h"
#include "io/csv.h"
#include "io/file_bytes.h"
#include "io/import_errors.h"

namespace plumb::test {

inline Decimal D(const char* text) {
    return Decimal::parse(text).value();
}

inline Aspect aspect(const char* id, const char* name, AspectType type, const char* max) {
    Aspect a;
    a.id = id;
    a.name = name;
    a.type = type;
    a.max = D(max);
    return a;
}

// Bricklaying has one aspect of every type; the other trades one aspect each.
inline MarkingScheme bricklaying_scheme() {
    Aspect plumb = aspect("A1", "墙面垂直度", AspectType::Points, "10");
    plumb.points = 2;
    plumb.target = D("0");
    plumb.tolerance = D("3");
    plumb.deduction = D("5");
    plumb.value_min = D("-50");
    plumb.value_max = D("50");
    Aspect joint = aspect("A2", "灰缝厚度", AspectType::Difference, "5");
    joint.target = D("10");
    joint.tolerance = D("2");
    joint.deduction = D("1");
    joint.value_min = D("0");
    joint.value_max = D("30");
    Aspect axis = aspect("B1", "轴线位置", AspectType::PassFail, "5");
    Aspect mortar = aspect("B2", "砂浆饱满度", AspectType::Choice, "5");
    mortar.options = {{"≥90%", D("0")}, {"80-90%", D("2")}, {"<80%", D("5")}};
    Aspect look = aspect("C1", "整体观感", AspectType::Judgement, "10");
    Aspect safety = aspect("S1", "安全文明施工", AspectType::Deduction, "0");
    safety.deduction = D("2");
    safety.cap = D("10");
    safety.max_count = 5;
    MarkingScheme s{"bricklaying", "砌筑工", "Bricklaying", 3, {}};
    s.criteria = {Criterion{"A", "砌体质量", "Masonry quality", {plumb, joint}},
                  Criterion{"B", "施工工艺", "Workmanship", {axis, mortar}},
                  Criterion{"C", "观感", "Appearance", {look}},
                  Criterion{"S", "安全", "Safety", {safety}}};
    return s;
}

inline Event event(const char* code, MarkingScheme scheme) {
    Event e;
    e.code = code;
    e.scheme = std::move(scheme);
    e.time_limit_minutes = 150;
    return e;
}

inline MarkingScheme simple_scheme(const char* code, const char* name, const char* name_en) {
    MarkingScheme s{code, name, name_en, 3, {}};
    s.criteria = {
        Criterion{"A", "质量", "Quality", {aspect("A1", "观感", AspectType::Judgement, "100")}}};
    return s;
}

// The four trades of the demo competition, with its scheme names.
inline Competition demo_competition() {
    Competition c;
    c.name = "征云杯全市农民工技能大赛";
    c.events = {event("bricklaying", bricklaying_scheme()),
                event("rebar", simple_scheme("rebar", "钢筋工", "Rebar")),
                event("tiling", simple_scheme("tiling", "镶贴工", "Tiling")),
                event("carpentry", simple_scheme("carpentry", "手工木工", "Carpentry"))};
    c.judges = {Judge{"J01", "王建国", "", {"bricklaying"}},
                Judge{"J02", "李明", "", {"bricklaying", "rebar"}},
                Judge{"J03", "赵刚", "", {"tiling"}}};
    return c;
}

inline Contestant contestant(const char* reg, const char* name, const char* id, const char* event,
                             const char* workstation) {
    Contestant c;
    c.registration_no = reg;
    c.name = name;
    c.id_number = id;
    c.event = event;
    c.workstation = workstation;
    return c;
}

// The contestants of tests/data/csv/roster-good.csv, as registered.
inline std::vector<Contestant> registered() {
    return {contestant("2019001", "张建华", "410802197803120116", "bricklaying", "01"),
            contestant("2019002", "李国强", "41080319850721037X", "bricklaying", "02"),
            contestant("2019003", "王卫东", "410811199001050510", "bricklaying", "03"),
            contestant("2019004", "赵志刚", "41082119821130023X", "rebar", "01"),
            contestant("2019005", "刘洪涛", "410882197508180716", "rebar", "02"),
            contestant("2019006", "陈永胜", "410823198810090417", "rebar", "03"),
            contestant("2019007", "杨秀英", "410802199302141129", "tiling", "01"),
            contestant("2019008", "孙海军", "41081119800601133X", "tiling", "02"),
            contestant("2019009", "周丽娟", "410883198609231528", "tiling", "03"),
            contestant("2019010", "吴德明", "41082519790407095X", "carpentry", "01"),
            contestant("2019011", "郑小平", "410802199105281712", "carpentry", "02"),
            contestant("2019012", "马俊峰", "41082219840816061X", "carpentry", "03")};
}

inline CsvTable data_table(const std::string& name) {
    return parse_csv(read_file_bytes(std::string(TEST_DATA_DIR) + "/csv/" + name), name);
}

// What an import refused, one "file:line: field: reason" per line; "" when it succeeded.
template <class F>
std::string refusal(F&& import) {
    try {
        import();
    } catch (const ImportError& e) {
        return e.what();
    }
    return "";
}

}  // namespace plumb::test
