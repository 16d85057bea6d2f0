// Chinese prize, status and date words for exported documents.
#include "io/export_words.h"

#include <ctime>

#include "os/os_calls.h"

namespace plumb {

namespace {

bool parse_iso(const std::string& iso, int& y, int& m, int& d) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
    try {
        y = std::stoi(iso.substr(0, 4));
        m = std::stoi(iso.substr(5, 2));
        d = std::stoi(iso.substr(8, 2));
    } catch (const std::exception&) {
        return false;
    }
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

const char* const kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

// 1..31 the way dates are read: 十, 十九, 二十, 二十一, 三十一.
std::string small_number(int n) {
    if (n < 10) return kDigits[n];
    std::string out = n >= 20 ? std::string(kDigits[n / 10]) + "十" : "十";
    if (n % 10) out += kDigits[n % 10];
    return out;
}

}  // namespace

std::string award_zh(const std::string& award) {
    if (award == "first") return "一等奖";
    if (award == "second") return "二等奖";
    if (award == "third") return "三等奖";
    if (award == "merit") return "优秀奖";
    return "";
}

std::string status_zh(const std::string& status) {
    if (status == "complete") return "完成";
    if (status == "incomplete") return "未完成";
    if (status == "absent") return "缺考";
    if (status == "withdrawn") return "退赛";
    if (status == "disqualified") return "取消资格";
    return status;
}

std::string date_zh(const std::string& iso) {
    int y = 0, m = 0, d = 0;
    if (!parse_iso(iso, y, m, d)) return "";
    return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

std::string date_cn(const std::string& iso) {
    int y = 0, m = 0, d = 0;
    if (!parse_iso(iso, y, m, d)) return "";
    std::string out;
    for (char c : iso.substr(0, 4)) out += kDigits[c - '0'];
    return out + "年" + small_number(m) + "月" + small_number(d) + "日";
}

std::string quoted_titles(const std::vector<std::string>& titles) {
    std::string out;
    for (const std::string& t : titles) out += (out.empty() ? "“" : "、“") + t + "”";
    return out;
}

std::string local_time_now() {
    const std::tm tm = os::local_calendar(std::time(nullptr));
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

}  // namespace plumb
