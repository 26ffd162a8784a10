#pragma once
// The one exception type media/ throws: its message is written for the user, in English.
// The kinds a user meets when importing are marked, so that the studio can say them in
// the user's language (media/ has no translations).

#include <stdexcept>
#include <string>

namespace shotcraft::media {

class MediaError : public std::runtime_error {
public:
    enum class Kind {
        Other,
        Empty,             // the file has 0 bytes
        NotMedia,          // not a video or image this build reads
        UnsupportedCodec,  // a video whose codec has no decoder here; detail() names it
        Damaged,           // readable as media, but its data is broken
    };
    explicit MediaError(const std::string& message, Kind kind = Kind::Other, std::string detail = {})
        : std::runtime_error(message), kind_(kind), detail_(std::move(detail)) {}
    Kind kind() const { return kind_; }
    const std::string& detail() const { return detail_; }

private:
    Kind kind_;
    std::string detail_;
};

}  // namespace shotcraft::media
