#pragma once
// The project store's and the media engine's errors in the user's language. Both write
// their messages in English (timeline/ and media/ have no translations), so the kinds a
// user meets get translated sentences here; the rest keep their own words.

#include <QString>

#include <exception>

namespace shotcraft::media {
class MediaError;
}
namespace shotcraft::timeline {
class StoreError;
}

namespace shotcraft::app {

// Why the store refused, without the file's name: the sentence around it names the file.
QString storeErrorText(const timeline::StoreError& error);
QString mediaErrorText(const media::MediaError& error);
// The same for any failure: a store or media error translated, others in their own words.
QString failureText(const std::exception& error);

}  // namespace shotcraft::app
