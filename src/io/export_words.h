// Words exported documents share: prize names, status names and dates in Chinese.
#pragma once

#include <string>
#include <vector>

namespace plumb {

// "first" -> "一等奖", "second" -> "二等奖", "third" -> "三等奖", "merit" -> "优秀奖", else "".
std::string award_zh(const std::string& award);
// "complete" -> "完成", "incomplete" -> "未完成", "absent" -> "缺考", "withdrawn" -> "退赛",
// "disqualified" -> "取消资格".
std::string status_zh(const std::string& status);
// "2019-10-19" -> "2019年10月19日"; "" for a date that is not YYYY-MM-DD.
std::string date_zh(const std::string& iso);
// "2019-10-19" -> "二〇一九年十月十九日" (as printed on certificates).
std::string date_cn(const std::string& iso);
// Titles quoted the Chinese way and joined: “技术能手”、“技术状元”.
std::string quoted_titles(const std::vector<std::string>& titles);
// The local time now as "YYYY-MM-DD HH:MM" (when a document was generated).
std::string local_time_now();

}  // namespace plumb
