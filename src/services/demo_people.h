// Generated people for the demo: Chinese names, valid resident ID numbers, employers, phones.
#pragma once

#include <random>
#include <string>

namespace plumb::demo {

struct Person {
    std::string name;
    std::string id_number;
    std::string gender;
    std::string employer;
    std::string phone;
};

Person make_person(std::mt19937_64& rng);
// A uniformly chosen integer in [lo, hi].
int pick(std::mt19937_64& rng, int lo, int hi);
// True with probability p.
bool chance(std::mt19937_64& rng, double p);

}  // namespace plumb::demo
