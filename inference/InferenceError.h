#pragma once
// Errors inference/ reports to users (bad model file, bad request), and cancellation.

#include <stdexcept>
#include <string>

namespace shotcraft::inference {

class InferenceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown out of a sampling loop when its job was cancelled.
class GenerationCancelled : public std::runtime_error {
public:
    GenerationCancelled() : std::runtime_error("cancelled") {}
};

}  // namespace shotcraft::inference
