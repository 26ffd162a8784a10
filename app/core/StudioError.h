#pragma once
// An error the studio shows to the user as it is (a missing source, a bad import, a
// failed export): the message is written for people, not for logs.

#include <QString>

#include <stdexcept>
#include <string>

namespace shotcraft::app {

class StudioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    // A message already translated for the user's language.
    explicit StudioError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

}  // namespace shotcraft::app
