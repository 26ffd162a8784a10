#pragma once
// --seed N, as the generate and project commands read it.

#include "app/cli/Arguments.h"

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace shotcraft::cli {

// A seed as written on the command line; throws UsageError for anything but a whole
// number that fits 64 bits.
inline std::uint64_t seedFromText(const std::string& text) {
    char* end = nullptr;
    errno = 0;
    const unsigned long long seed = std::strtoull(text.c_str(), &end, 10);
    if (text.empty() || *end || errno == ERANGE || text[0] == '-') {
        throw UsageError("--seed expects a whole number from 0 to 18446744073709551615, not '" + text + "'");
    }
    return seed;
}

}  // namespace shotcraft::cli
