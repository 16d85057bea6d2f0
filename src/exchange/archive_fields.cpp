// The read budget of archive loads on this thread.
#include "exchange/archive_fields.h"

namespace plumb::exchange {

namespace {

thread_local std::uint64_t left = 0;

}  // namespace

ReadBudget::ReadBudget(std::uint64_t bytes) {
    left = bytes;
}

ReadBudget::~ReadBudget() {
    left = 0;
}

void ReadBudget::charge(std::uint64_t n, const char* what) {
    if (n > left)
        throw ContentError(std::string("it claims ") + what + " longer than the file could hold");
    left -= n;
}

}  // namespace plumb::exchange
