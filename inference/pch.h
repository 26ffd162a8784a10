// Precompiled header for inference/: torch is the expensive include.
#pragma once
#include <torch/script.h>
#include <torch/torch.h>
