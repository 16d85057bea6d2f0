// The refusal of a kit's or packet's content: well-formed Boost, but not a whole kit or packet.
#pragma once

#include <stdexcept>

namespace plumb::exchange {

class ContentError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace plumb::exchange
