#pragma once
// Captions for world scenes in the wording of WORLD.md: several paraphrases per clip,
// and the model's vocabulary (every word a caption can contain).

#include "inference/world/WorldScene.h"

#include <cstdint>
#include <string>
#include <vector>

namespace shotcraft::world {

// The canonical caption, e.g. "a small red circle moving left on a black background".
std::string canonicalCaption(const WorldScene& scene);
// `count` paraphrases chosen with `seed`: long, sentence and terse forms with synonyms.
std::vector<std::string> captions(const WorldScene& scene, std::uint64_t seed, int count = 4);
// Every word any caption can contain, sorted.
std::vector<std::string> worldVocabulary();

}  // namespace shotcraft::world
