#pragma once
// Errors of the project store, with a message written for the user.

#include <stdexcept>
#include <string>

namespace shotcraft::timeline {

class StoreError : public std::runtime_error {
public:
    enum class Kind { Io = 1, NotAProject, Corrupt, NewerFormat, Locked, ReadOnly, Full, Other };
    StoreError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

}  // namespace shotcraft::timeline
