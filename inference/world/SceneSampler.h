#pragma once
// Draws random world scenes from a seed (training data, tests, eval), keeping objects in
// frame for the clip's aspect, and knows the attribute combinations held out of training.

#include "inference/world/WorldScene.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace shotcraft::world {

struct SceneSamplerOptions {
    float aspect = 1.0f;  // width / height of the clip to render
    float twoObjectProbability = 0.3f;
    bool excludeHeldOut = true;  // never produce a held-out (color, shape) pair
};

WorldScene sampleScene(std::uint64_t seed, const SceneSamplerOptions& options = {});

// (color, shape) pairs that training never shows; the eval prompts use them.
const std::vector<std::pair<Color, Shape>>& heldOutPairs();
bool isHeldOut(Color color, Shape shape);
bool containsHeldOut(const WorldScene& scene);

// Places an object's start so that it stays in frame over its motion and the camera's
// drift (its value at the clip's end); `lane` is -1 for anywhere, 0 or 1 to keep two
// objects apart (top/bottom or left/right).
void placeObject(WorldObject& object, int lane, float aspect, float cameraDrift, std::uint64_t seed);

// The same scene (objects, motions, background, camera, style: everything its captions
// say) with the objects placed anew and another star field, from `seed`. Two objects keep
// their lanes and stay apart; where no new placement keeps them apart the scene's own is kept.
WorldScene placedAnew(const WorldScene& scene, std::uint64_t seed, float aspect);

}  // namespace shotcraft::world
