// The one error type of definition files (competition and marking scheme TOML).
#pragma once

#include <stdexcept>

namespace plumb {

// Thrown for any problem in a definition file; what() is "FILE:LINE: KEY: reason" (LINE may be 0
// when unknown).
class DefinitionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace plumb
