// The roster CSV (选手名单): contestants, checked against the competition and who is registered.
#pragma once

#include <string>
#include <vector>

#include "core/competition.h"
#include "io/csv.h"

namespace plumb {

// Reads contestants from a roster table. Columns, English or Chinese, in any order:
// registration_no/报名号, name/姓名, id_number/身份证号, trade/工种 (required), gender/性别,
// employer/单位, phone/电话, workstation/工位号 (optional). Returns them in file order with
// gender filled in (男/女), the ID number's x uppercased and event set to the event code.
// Throws ImportError listing every problem; `existing` are the contestants already registered.
std::vector<Contestant> parse_roster(const CsvTable& table, const Competition& competition,
                                     const std::vector<Contestant>& existing);

// The event whose code or scheme name (Chinese or English) is `text`, ASCII case ignored.
const Event* find_trade(const Competition& competition, const std::string& text);
// "bricklaying 砌筑工, rebar 钢筋工, ..." for messages about an unknown trade.
std::string known_trades(const Competition& competition);

// Workstation labels name the same place when equal, or both numbers of equal value
// ("05" and "5"), since Excel drops leading zeros.
bool same_workstation(const std::string& a, const std::string& b);

// The contestant of `event` at `workstation`, or nullptr.
const Contestant* find_at_workstation(const std::vector<Contestant>& contestants,
                                      const std::string& event, const std::string& workstation);

}  // namespace plumb
