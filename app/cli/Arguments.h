#pragma once
// A small command-line parser: positionals, "--name value", "--name v1 v2" and flags,
// with one-line errors for unknown or incomplete options.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace shotcraft::cli {

// A mistake in how the command was called (exit code 2).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    // `valueCounts` maps each accepted option ("--seed") to how many values follow it
    // (0 for a flag).
    Arguments(const std::vector<std::string>& args, const std::map<std::string, int>& valueCounts);

    const std::vector<std::string>& positionals() const { return positionals_; }
    bool has(const std::string& option) const { return values_.count(option) > 0; }
    std::optional<std::string> value(const std::string& option) const;
    std::vector<std::string> values(const std::string& option) const;
    std::string valueOr(const std::string& option, const std::string& fallback) const;
    // Parsed numbers; UsageError names the option when the text is not a number.
    std::optional<long long> integer(const std::string& option) const;
    std::optional<double> number(const std::string& option) const;

private:
    std::vector<std::string> positionals_;
    std::map<std::string, std::vector<std::string>> values_;
};

}  // namespace shotcraft::cli
