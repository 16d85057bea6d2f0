// The file HR imports into worker records: one row per contestant per event, as CSV (UTF-8 with
// BOM) or XLSX. Columns are documented one by one in docs/hr-export.md.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "io/temp_output.h"

namespace plumb {

struct HrRow {
    std::string id_number;
    std::string name;
    std::string gender;
    std::string employer;
    std::string registration_no;
    std::string trade_code;  // the event code
    std::string trade;       // the trade's Chinese name
    std::string competition;
    std::string date;  // YYYY-MM-DD
    int precision = 2;
    std::optional<Decimal> theory;
    std::optional<Decimal> practical;
    std::optional<Decimal> total;
    std::optional<int> rank;
    int ranked_of = 0;
    std::string status;  // Chinese: 完成, 未完成, 缺考, 退赛, 取消资格
    std::string award;   // Chinese: 一等奖 ... 优秀奖, or empty
    std::string titles;  // joined with 、
    std::string certificate_no;
    int revision = 1;
    std::string result_state;  // 已锁定 or 草稿
    std::string grade_action;
};

enum class HrHeaders { Chinese, English };

struct HrColumn {
    const char* zh;
    const char* en;
};
// The columns in file order.
const std::vector<HrColumn>& hr_columns();

std::string hr_csv(const std::vector<HrRow>& rows, HrHeaders headers);
// XLSX, one sheet "HR": ID and certificate numbers as text, the date as a date, marks as numbers
// formatted with their precision. Streams rows (constant memory) for large files.
void write_hr_xlsx(const std::filesystem::path& file, const std::vector<HrRow>& rows,
                   HrHeaders headers);
// The same into `out`, flushed, for its owner to place (TempOutput::commit).
void write_hr_xlsx(TempOutput& out, const std::vector<HrRow>& rows, HrHeaders headers);

}  // namespace plumb
