#pragma once
// Finds Shotcraft's data files (OCIO config, models) from the build tree or an install.

#include <string>

namespace shotcraft::media {

// The absolute path of `relative` (e.g. "ocio/config.ocio") under the first resources
// folder that has it: $SHOTCRAFT_RESOURCES, <exe>/../share/shotcraft, the source tree.
// Returns the source-tree path when none has it, so errors name a sensible place.
std::string resourcePath(const std::string& relative);

}  // namespace shotcraft::media
