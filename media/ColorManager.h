#pragma once
// Color management through OpenColorIO: input -> working (scene linear) -> model (sRGB)
// and to a display, with the config shipped in resources/ocio/.

#include "media/Image.h"

#include <memory>
#include <string>
#include <vector>

namespace shotcraft::media {

class ColorManager {
public:
    // Loads an OCIO config file; throws MediaError with OCIO's reason when it cannot.
    explicit ColorManager(const std::string& configPath);
    ~ColorManager();
    ColorManager(const ColorManager&) = delete;
    ColorManager& operator=(const ColorManager&) = delete;

    // The config shipped with Shotcraft (see resourcePath()).
    static std::string defaultConfigPath();

    std::vector<std::string> colorSpaces() const;
    std::vector<std::string> displays() const;
    std::vector<std::string> views(const std::string& display) const;
    std::string defaultDisplay() const;
    std::string defaultView(const std::string& display) const;
    bool hasColorSpace(const std::string& name) const;
    std::string workingSpace() const;                   // the config's scene_linear role
    static constexpr const char* kModelSpace = "sRGB";  // what the model sees and makes

    // In-place conversion of interleaved RGB triplets (alpha is left alone by callers).
    void convertPixels(float* rgb, long pixelCount, const std::string& from, const std::string& to) const;
    // Converts an image of any sample type; the result keeps the sample type.
    Image convert(const Image& image, const std::string& from, const std::string& to) const;
    // To the model's space (sRGB), e.g. for a still that seeds a shot.
    Image toModelSpace(const Image& image, const std::string& from) const { return convert(image, from, kModelSpace); }
    // Through a display/view transform (what the viewer shows).
    Image toDisplay(const Image& image, const std::string& from, const std::string& display,
                    const std::string& view) const;

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace shotcraft::media
