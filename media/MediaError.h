#pragma once
// The one exception type media/ throws: its message is written for the user.

#include <stdexcept>
#include <string>

namespace shotcraft::media {

class MediaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace shotcraft::media
