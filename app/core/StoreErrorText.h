#pragma once
// The project store's errors in the user's language. The store writes its messages in
// English (timeline/ has no translations), so the kinds a user meets get translated
// sentences here; the rest keep the store's own words.

#include <QString>

#include <exception>

namespace shotcraft::timeline {
class StoreError;
}

namespace shotcraft::app {

// Why the store refused, without the file's name: the sentence around it names the file.
QString storeErrorText(const timeline::StoreError& error);
// The same for any failure: a store error translated, others in their own words.
QString failureText(const std::exception& error);

}  // namespace shotcraft::app
