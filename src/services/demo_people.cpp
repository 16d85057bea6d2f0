// Plausible contestants of a Jiaozuo construction-trades contest.
#include "services/demo_people.h"

#include <cstdio>
#include <vector>

#include "core/id_number.h"

namespace plumb::demo {

namespace {

const std::vector<std::string> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",   "徐",  "孙", "胡",
    "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑",   "谢",  "韩", "唐",
    "冯", "于", "董", "程", "曹", "袁", "邓", "许", "沈", "曾",   "彭",  "吕", "苏",
    "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "司马", "欧阳"};
const std::vector<std::string> kMaleGiven = {
    "建国", "军",   "伟",   "强",   "磊",   "洋",   "勇",   "杰",   "涛",   "明",  "超",   "华",
    "平",   "刚",   "辉",   "鹏",   "飞",   "峰",   "波",   "斌",   "亮",   "龙",  "海",   "春生",
    "东",   "文",   "志强", "新民", "利",   "庆",   "永刚", "德胜", "宝山", "成",  "红旗", "卫东",
    "国庆", "振华", "金龙", "铁柱", "长江", "保国", "小军", "书林", "跃进", "留柱"};
const std::vector<std::string> kFemaleGiven = {"丽",   "芳",   "霞",   "娟", "秀英",
                                               "桂兰", "红梅", "玉兰", "艳", "小燕"};
const std::vector<std::string> kEmployers = {
    "征云建设集团有限公司",       "焦作市第一建筑工程有限公司", "河南宏达建设工程有限公司",
    "焦作市城建集团有限公司",     "中建七局第三建筑有限公司",   "河南鑫源建筑劳务有限公司",
    "焦作市山阳建筑安装有限公司", "武陟县恒通建设有限公司",     "沁阳市华兴建筑工程有限公司",
    "温县宏远建筑劳务有限公司",   "博爱县建工集团有限公司",     "孟州市城乡建设有限公司"};
// Jiaozuo's districts and counties, and a few home counties of migrant workers elsewhere in Henan.
const std::vector<std::string> kAreas = {"410802", "410803", "410804", "410811",
                                         "410821", "410822", "410823", "410825",
                                         "410882", "410883", "411323", "411625"};

template <typename T>
const T& any(std::mt19937_64& rng, const std::vector<T>& v) {
    return v[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(v.size()) - 1))];
}

}  // namespace

int pick(std::mt19937_64& rng, int lo, int hi) {
    return lo + static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

bool chance(std::mt19937_64& rng, double p) {
    return static_cast<double>(rng() % 1'000'000) < p * 1'000'000;
}

Person make_person(std::mt19937_64& rng) {
    Person p;
    const bool male = chance(rng, 0.9);
    p.gender = male ? "男" : "女";
    p.name = any(rng, kSurnames) + any(rng, male ? kMaleGiven : kFemaleGiven);
    char body[18];
    const int sequence = pick(rng, 0, 499) * 2 + (male ? 1 : 0);
    std::snprintf(body, sizeof body, "%s%04d%02d%02d%03d", any(rng, kAreas).c_str(),
                  pick(rng, 1966, 2000), pick(rng, 1, 12), pick(rng, 1, 28), sequence % 1000);
    p.id_number = std::string(body, 17) + id_check_digit(std::string_view(body, 17));
    p.employer = any(rng, kEmployers);
    char phone[12];
    static const char* kPrefixes[] = {"13", "15", "18", "17"};
    std::snprintf(phone, sizeof phone, "%s%09d", kPrefixes[pick(rng, 0, 3)],
                  pick(rng, 0, 999'999'999));
    p.phone = phone;
    return p;
}

}  // namespace plumb::demo
