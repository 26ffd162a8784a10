#pragma once
// --sampler euler|heun|ancestral, as the generate and eval commands read it.

#include "app/cli/Arguments.h"
#include "inference/GenerationRequest.h"

namespace shotcraft::cli {

// Euler when not given; throws UsageError for any other name.
inline inference::SamplerKind samplerOption(const Arguments& parsed) {
    const auto sampler = inference::samplerNamed(parsed.valueOr("--sampler", "euler"));
    if (!sampler) throw UsageError("--sampler is euler, heun or ancestral");
    return *sampler;
}

}  // namespace shotcraft::cli
