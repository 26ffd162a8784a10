#include "media/ColorManager.h"

#include "media/MediaError.h"
#include "media/ResourcePaths.h"

#include <OpenColorIO/OpenColorIO.h>

#include <map>
#include <mutex>
#include <utility>

namespace OCIO = OCIO_NAMESPACE;

namespace shotcraft::media {

class ColorManager::Impl {
public:
    OCIO::ConstConfigRcPtr config;
    mutable std::mutex mutex;
    mutable std::map<std::pair<std::string, std::string>, OCIO::ConstCPUProcessorRcPtr> cache;

    OCIO::ConstCPUProcessorRcPtr colorSpaceProcessor(const std::string& from, const std::string& to) const {
        return cached(
            {from, to}, [&] { return config->getProcessor(from.c_str(), to.c_str()); },
            "cannot convert color from '" + from + "' to '" + to + "'");
    }

    OCIO::ConstCPUProcessorRcPtr displayProcessor(const std::string& from, const std::string& display,
                                                  const std::string& view) const {
        return cached(
            {from, "display:" + display + "/" + view},
            [&] {
                return config->getProcessor(from.c_str(), display.c_str(), view.c_str(), OCIO::TRANSFORM_DIR_FORWARD);
            },
            "cannot show '" + from + "' on display '" + display + "' / view '" + view + "'");
    }

private:
    // The float CPU processor for `key`, made once by `make`; OCIO errors become
    // MediaErrors that start with `failure`.
    template <class Make>
    OCIO::ConstCPUProcessorRcPtr cached(const std::pair<std::string, std::string>& key, Make&& make,
                                        const std::string& failure) const {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(key); it != cache.end()) return it->second;
        try {
            auto cpu =
                make()->getOptimizedCPUProcessor(OCIO::BIT_DEPTH_F32, OCIO::BIT_DEPTH_F32, OCIO::OPTIMIZATION_DEFAULT);
            cache.emplace(key, cpu);
            return cpu;
        } catch (const OCIO::Exception& e) {
            throw MediaError(failure + ": " + e.what());
        }
    }
};

namespace {

// Runs `processor` over an image's RGB channels, in float.
Image applyToImage(const Image& image, const OCIO::ConstCPUProcessorRcPtr& processor) {
    Image floats = image.converted(SampleType::Float32, image.channels());
    OCIO::PackedImageDesc desc(floats.data(), floats.width(), floats.height(), floats.channels());
    processor->apply(desc);  // alpha passes through untouched
    return floats.converted(image.sampleType(), image.channels());
}

}  // namespace

ColorManager::ColorManager(const std::string& configPath) : impl_(std::make_unique<Impl>()) {
    try {
        impl_->config = OCIO::Config::CreateFromFile(configPath.c_str());
        impl_->config->validate();
    } catch (const OCIO::Exception& e) {
        throw MediaError("cannot load the color config '" + configPath + "': " + e.what());
    }
}

ColorManager::~ColorManager() = default;

std::string ColorManager::defaultConfigPath() {
    return resourcePath("ocio/config.ocio");
}

std::vector<std::string> ColorManager::colorSpaces() const {
    std::vector<std::string> names;
    for (int i = 0; i < impl_->config->getNumColorSpaces(); ++i) {
        names.emplace_back(impl_->config->getColorSpaceNameByIndex(i));
    }
    return names;
}

std::vector<std::string> ColorManager::displays() const {
    std::vector<std::string> names;
    for (int i = 0; i < impl_->config->getNumDisplays(); ++i) {
        names.emplace_back(impl_->config->getDisplay(i));
    }
    return names;
}

std::vector<std::string> ColorManager::views(const std::string& display) const {
    std::vector<std::string> names;
    for (int i = 0; i < impl_->config->getNumViews(display.c_str()); ++i) {
        names.emplace_back(impl_->config->getView(display.c_str(), i));
    }
    return names;
}

std::string ColorManager::defaultDisplay() const {
    return impl_->config->getDefaultDisplay();
}

std::string ColorManager::defaultView(const std::string& display) const {
    return impl_->config->getDefaultView(display.c_str());
}

bool ColorManager::hasColorSpace(const std::string& name) const {
    return impl_->config->getColorSpace(name.c_str()) != nullptr;
}

std::string ColorManager::workingSpace() const {
    auto space = impl_->config->getColorSpace(OCIO::ROLE_SCENE_LINEAR);
    return space ? space->getName() : std::string();
}

void ColorManager::convertPixels(float* rgb, long pixelCount, const std::string& from, const std::string& to) const {
    OCIO::PackedImageDesc desc(rgb, pixelCount, 1, 3);
    impl_->colorSpaceProcessor(from, to)->apply(desc);
}

Image ColorManager::convert(const Image& image, const std::string& from, const std::string& to) const {
    if (!hasColorSpace(from)) throw MediaError("unknown color space '" + from + "'");
    if (!hasColorSpace(to)) throw MediaError("unknown color space '" + to + "'");
    if (from == to) return image;
    return applyToImage(image, impl_->colorSpaceProcessor(from, to));
}

Image ColorManager::toDisplay(const Image& image, const std::string& from, const std::string& display,
                              const std::string& view) const {
    if (!hasColorSpace(from)) throw MediaError("unknown color space '" + from + "'");
    return applyToImage(image, impl_->displayProcessor(from, display, view));
}

}  // namespace shotcraft::media
