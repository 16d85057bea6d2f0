// GB 11643 resident ID numbers.
#include <doctest/doctest.h>

#include "core/id_number.h"

using namespace plumb;

TEST_CASE("the standard's own example 11010519491231002X is valid") {
    CHECK(id_check_digit("11010519491231002") == 'X');
    CHECK(id_number_problem("11010519491231002X").empty());
    CHECK(id_number_problem("11010519491231002x").empty());
    CHECK(id_gender("11010519491231002X") == "女");  // 17th digit 2: even
}

TEST_CASE("check digits computed by hand") {
    // 41080219850312301?: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // 4*7+1*9+0*10+8*5+0*8+2*4+1*2+9*1+8*6+5*3+0*7+3*9+1*10+2*5+3*8+0*4+1*2
    // = 28+9+0+40+0+8+2+9+48+15+0+27+10+10+24+0+2 = 232; 232 mod 11 = 1 -> '0'
    CHECK(id_check_digit("41080219850312301") == '0');
    CHECK(id_number_problem("410802198503123010").empty());
    CHECK(id_gender("410802198503123010") == "男");
}

TEST_CASE("wrong ID numbers say why") {
    CHECK(id_number_problem("410802198503123011") == "check digit should be 0, not 1");
    CHECK(id_number_problem("41080219850312301") == "must have 18 characters, has 17");
    CHECK(id_number_problem("4108021985031230A0") == "character 17 is not a digit");
    CHECK(id_number_problem("410802198502303010").find("not a real date") != std::string::npos);
}
