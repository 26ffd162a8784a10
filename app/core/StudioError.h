#pragma once
// An error the studio shows to the user as it is (a missing source, a bad import, a
// failed export): the message is written for people, not for logs.

#include <stdexcept>
#include <string>

namespace shotcraft::app {

class StudioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace shotcraft::app
