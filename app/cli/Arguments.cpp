#include "app/cli/Arguments.h"

#include <cerrno>
#include <cstdlib>

namespace shotcraft::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::map<std::string, int>& valueCounts) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() > 2 && arg.rfind("--", 0) == 0) {
            std::string name = arg;
            std::vector<std::string> inline_;
            if (auto eq = arg.find('='); eq != std::string::npos) {
                name = arg.substr(0, eq);
                inline_.push_back(arg.substr(eq + 1));
            }
            auto known = valueCounts.find(name);
            if (known == valueCounts.end()) throw UsageError("unknown option " + name);
            std::vector<std::string> collected = inline_;
            while (static_cast<int>(collected.size()) < known->second) {
                if (++i >= args.size()) {
                    throw UsageError(name + " needs " + std::to_string(known->second) +
                                     (known->second == 1 ? " value" : " values"));
                }
                collected.push_back(args[i]);
            }
            if (static_cast<int>(collected.size()) != known->second) {
                throw UsageError(name + " takes no value");
            }
            values_[name] = collected;
        } else {
            positionals_.push_back(arg);
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& option) const {
    auto it = values_.find(option);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.front();
}

std::vector<std::string> Arguments::values(const std::string& option) const {
    auto it = values_.find(option);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Arguments::valueOr(const std::string& option, const std::string& fallback) const {
    return value(option).value_or(fallback);
}

std::optional<long long> Arguments::integer(const std::string& option) const {
    auto text = value(option);
    if (!text) return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const long long parsed = std::strtoll(text->c_str(), &end, 10);
    if (text->empty() || *end != '\0' || errno == ERANGE) {
        throw UsageError(option + " expects a whole number, not '" + *text + "'");
    }
    return parsed;
}

std::optional<double> Arguments::number(const std::string& option) const {
    auto text = value(option);
    if (!text) return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const double parsed = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || errno == ERANGE) {
        throw UsageError(option + " expects a number, not '" + *text + "'");
    }
    return parsed;
}

}  // namespace shotcraft::cli
