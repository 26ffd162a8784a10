#pragma once
// --device auto|cpu|cuda and --threads N, as every generating command reads them.

#include "app/cli/Arguments.h"
#include "inference/VideoModel.h"

namespace shotcraft::cli {

// Throws UsageError for a device name other than auto, cpu or cuda.
inline inference::DeviceOptions deviceOptions(const Arguments& parsed) {
    inference::DeviceOptions device;
    device.threads = static_cast<int>(parsed.integer("--threads").value_or(0));
    const std::string name = parsed.valueOr("--device", "auto");
    if (name == "cpu")
        device.device = inference::DeviceKind::Cpu;
    else if (name == "cuda")
        device.device = inference::DeviceKind::Cuda;
    else if (name != "auto")
        throw UsageError("--device is auto, cpu or cuda");
    return device;
}

}  // namespace shotcraft::cli
