// The roster CSV (选手名单): contestants, checked against the competition and who is registered.
#pragma once

#include <string>
#include <vector>

#include "core/competition.h"
#include "core/workstation.h"
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

}  // namespace plumb
