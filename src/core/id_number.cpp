// GB 11643-1999 resident ID numbers: ISO 7064 MOD 11-2 check character, birth date check.
#include "core/id_number.h"

#include "core/translate.h"

namespace plumb {

char id_check_digit(std::string_view first17) {
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (std::size_t i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17[i] - '0') * kWeights[i];
    return kCheck[sum % 11];
}

namespace {

bool valid_date(int y, int m, int d) {
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
    static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > kDays[m - 1]) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

int digits(std::string_view s, std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

}  // namespace

std::string id_number_problem(std::string_view id) {
    if (id.size() != 18) return format(tr("must have 18 characters, has %s"), {std::to_string(id.size())});
    for (std::size_t i = 0; i < 17; ++i)
        if (id[i] < '0' || id[i] > '9')
            return format(tr("character %s is not a digit"), {std::to_string(i + 1)});
    char last = id[17];
    if (last == 'x') last = 'X';
    if (!((last >= '0' && last <= '9') || last == 'X'))
        return tr("last character must be a digit or X");
    if (!valid_date(digits(id, 6, 4), digits(id, 10, 2), digits(id, 12, 2)))
        return format(tr("birth date %s is not a real date"), {std::string(id.substr(6, 8))});
    const char expected = id_check_digit(id.substr(0, 17));
    if (last != expected)
        return format(tr("check digit should be %s, not %s"), {std::string(1, expected), std::string(1, last)});
    return {};
}

std::string id_gender(std::string_view id) {
    if (id.size() < 17 || id[16] < '0' || id[16] > '9') return {};
    return ((id[16] - '0') % 2 == 1) ? "男" : "女";
}

}  // namespace plumb
