#include "media/StillIO.h"

#include "media/MediaError.h"

#include <OpenImageIO/filesystem.h>
#include <OpenImageIO/imageio.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

namespace shotcraft::media {
namespace {

namespace fs = std::filesystem;
using OIIO::ImageInput;
using OIIO::ImageOutput;
using OIIO::ImageSpec;
using OIIO::TypeDesc;

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string extensionOf(const std::string& path) {
    return lowercase(fs::path(path).extension().string());
}

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

// Writes the encoded bytes to `path`, checking the write, the flush and the close:
// OpenImageIO's writers (PNG among them) do not check theirs, so a full disk would leave a
// truncated file that looks written.
void writeBytes(const fs::path& path, const std::vector<unsigned char>& bytes) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) throw MediaError(std::strerror(errno));
    if (std::fwrite(bytes.data(), 1, bytes.size(), file.get()) != bytes.size() || std::fflush(file.get()) != 0) {
        throw MediaError(std::strerror(errno));
    }
    if (std::fclose(file.release()) != 0) throw MediaError(std::strerror(errno));
}

// Maps what a file (through OpenImageIO) says about its color to our config's names.
std::string configColorSpace(const std::string& fileSays) {
    const std::string s = lowercase(fileSays);
    if (s == "srgb" || s == "srgb_texture" || s == "srgb - texture") return "sRGB";
    if (s == "linear" || s == "lin_srgb" || s == "lin_rec709" || s == "scene_linear" || s == "linear rec.709") {
        return "Linear Rec.709";
    }
    if (s == "rec709" || s == "rec.709") return "Rec.709";
    if (s == "acescg" || s == "lin_ap1") return "ACEScg";
    return {};
}

bool nearly(float a, float b) {
    return std::abs(a - b) < 0.002f;
}

// Straight color from premultiplied (RGBA, float): where alpha is 0 the color stays 0.
void unpremultiply(Image& image) {
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const float a = image.sample(x, y, 3);
            if (a <= 0.0f) continue;
            for (int c = 0; c < 3; ++c) image.setSample(x, y, c, image.sample(x, y, c) / a);
        }
    }
}

// A float copy of a straight RGBA image with its color multiplied by alpha.
Image premultiplied(const Image& straight) {
    Image out = straight.converted(SampleType::Float32, 4);
    for (int y = 0; y < out.height(); ++y) {
        for (int x = 0; x < out.width(); ++x) {
            const float a = out.sample(x, y, 3);
            for (int c = 0; c < 3; ++c) out.setSample(x, y, c, out.sample(x, y, c) * a);
        }
    }
    return out;
}

void checkReadable(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw MediaError("file not found: " + path);
    if (fs::is_directory(path, ec)) throw MediaError("'" + path + "' is a folder, not an image");
    if (fs::file_size(path, ec) == 0 && !ec)
        throw MediaError("'" + path + "' is empty (0 bytes)", MediaError::Kind::Empty);
}

std::unique_ptr<ImageInput> openInput(const std::string& path) {
    checkReadable(path);
    // Images hold straight (unassociated) alpha, as video frames do: keep PNG/TIFF/TGA
    // alpha as stored instead of premultiplying it.
    ImageSpec config;
    config.attribute("oiio:UnassociatedAlpha", 1);
    auto input = ImageInput::open(path, &config);
    if (!input) {
        std::string why = OIIO::geterror();
        if (why.empty()) why = "not a readable image";
        throw MediaError("cannot read image '" + path + "': " + why, MediaError::Kind::NotMedia);
    }
    return input;
}

StillInfo infoFromSpec(const ImageSpec& spec, const std::string& format) {
    StillInfo info;
    info.width = spec.width;
    info.height = spec.height;
    info.channels = spec.nchannels;
    info.format = format;
    const int bits = spec.get_int_attribute("oiio:BitsPerSample", 0);
    info.bitsPerSample = bits > 0 ? bits : static_cast<int>(spec.format.size() * 8);
    info.floatingPoint = spec.format.is_floating_point();
    info.hasAlpha = spec.alpha_channel >= 0 || spec.nchannels == 4 || spec.nchannels == 2;

    // A file's explicit statement wins: EXR chromaticities, then OIIO's color space.
    if (const OIIO::ParamValue* chroma =
            spec.find_attribute("chromaticities", OIIO::TypeDesc(OIIO::TypeDesc::FLOAT, 8))) {
        const float* c = static_cast<const float*>(chroma->data());
        if (nearly(c[0], 0.713f) && nearly(c[1], 0.293f) && nearly(c[2], 0.165f) && nearly(c[3], 0.830f)) {
            info.colorSpace = "ACEScg";
        } else if (nearly(c[0], 0.64f) && nearly(c[1], 0.33f) && nearly(c[2], 0.30f) && nearly(c[3], 0.60f)) {
            info.colorSpace = "Linear Rec.709";
        }
        info.colorSpaceFromFile = !info.colorSpace.empty();
    }
    if (info.colorSpace.empty()) {
        const std::string said = spec.get_string_attribute("oiio:ColorSpace");
        info.colorSpace = configColorSpace(said);
        // OpenImageIO labels every PNG/JPEG "sRGB"; only EXR and TIFF say more than the default.
        info.colorSpaceFromFile = !info.colorSpace.empty() && !said.empty() &&
                                  (format == "openexr" || format == "tiff" || spec.find_attribute("png:sRGB") ||
                                   spec.find_attribute("ICCProfile"));
    }
    if (info.colorSpace.empty()) info.colorSpace = info.floatingPoint ? "Linear Rec.709" : "sRGB";
    return info;
}

void checkSize(const StillInfo& info, const std::string& path) {
    const long long pixels = static_cast<long long>(info.width) * info.height;
    if (info.width <= 0 || info.height <= 0) {
        throw MediaError("image '" + path + "' has no pixels", MediaError::Kind::Damaged);
    }
    if (pixels > kMaxStillPixels) {
        throw MediaError("image '" + path + "' is " + std::to_string(info.width) + "x" + std::to_string(info.height) +
                         " (" + std::to_string(pixels / 1000000) + " megapixels); the largest supported is " +
                         std::to_string(kMaxStillPixels / (1024 * 1024)) + " megapixels");
    }
}

TypeDesc typeDescFor(SampleType type) {
    switch (type) {
        case SampleType::UInt8:
            return TypeDesc::UINT8;
        case SampleType::UInt16:
            return TypeDesc::UINT16;
        case SampleType::Float32:
            return TypeDesc::FLOAT;
    }
    return TypeDesc::UINT8;
}

}  // namespace

bool isStillPath(const std::string& path) {
    static const char* const kExtensions[] = {".png", ".jpg", ".jpeg", ".tif",  ".tiff", ".exr", ".hdr",
                                              ".bmp", ".tga", ".dpx",  ".webp", ".ppm",  ".pgm"};
    if (path.find('%') != std::string::npos) return false;
    const std::string ext = extensionOf(path);
    return std::any_of(std::begin(kExtensions), std::end(kExtensions), [&](const char* e) { return ext == e; });
}

StillInfo probeStill(const std::string& path) {
    auto input = openInput(path);
    StillInfo info = infoFromSpec(input->spec(), input->format_name());
    input->close();
    return info;
}

Still readStill(const std::string& path, std::optional<SampleType> type) {
    auto input = openInput(path);
    const ImageSpec& spec = input->spec();
    Still still;
    still.info = infoFromSpec(spec, input->format_name());
    checkSize(still.info, path);
    const SampleType target = type                           ? *type
                              : still.info.floatingPoint     ? SampleType::Float32
                              : still.info.bitsPerSample > 8 ? SampleType::UInt16
                                                             : SampleType::UInt8;
    const int fileChannels = spec.nchannels;
    const bool alpha = still.info.hasAlpha && fileChannels != 3;
    // Formats that store color premultiplied (OpenEXR always, TIFF when it says so) are
    // read as floats and divided back to straight color before any quantizing.
    const bool associated = alpha && spec.get_int_attribute("oiio:UnassociatedAlpha", 0) == 0;
    const SampleType readType = associated ? SampleType::Float32 : target;
    // Read the file's channels as stored, then expand gray and gray+alpha to RGB(A).
    const int readChannels = std::min(fileChannels, 4);
    std::vector<unsigned char> raw(static_cast<std::size_t>(spec.width) * spec.height * readChannels *
                                   bytesPerSample(readType));
    if (!input->read_image(0, 0, 0, readChannels, typeDescFor(readType), raw.data())) {
        throw MediaError("cannot read image '" + path + "': " + input->geterror(), MediaError::Kind::Damaged);
    }
    Image image(spec.width, spec.height, alpha ? 4 : 3, readType);
    const std::size_t sampleBytes = bytesPerSample(readType);
    const std::size_t pixelCount = static_cast<std::size_t>(spec.width) * spec.height;
    for (std::size_t p = 0; p < pixelCount; ++p) {
        const unsigned char* src = raw.data() + p * readChannels * sampleBytes;
        unsigned char* dst = image.data() + p * image.channels() * sampleBytes;
        for (int c = 0; c < image.channels(); ++c) {
            int from = c;
            if (readChannels <= 2)
                from = (c == 3) ? 1 : 0;  // gray (+alpha)
            else if (c == 3)
                from = readChannels - 1;
            std::copy_n(src + from * sampleBytes, sampleBytes, dst + c * sampleBytes);
        }
    }
    if (associated) {
        unpremultiply(image);
        image = image.converted(target, image.channels());
    }
    still.image = std::move(image);
    return still;
}

void writeStill(const std::string& path, const Image& image, const StillWriteOptions& options) {
    if (image.isNull()) throw MediaError("cannot write an empty image to '" + path + "'");
    const std::string ext = extensionOf(path);
    // Write to a temporary name with the same extension (OIIO picks the format by it).
    const fs::path target(path);
    const fs::path temporary = target.parent_path() / ("." + target.stem().string() + ".partial" + ext);
    auto output = ImageOutput::create(path);
    if (!output) throw MediaError("cannot write '" + path + "': unknown image format '" + ext + "'");

    TypeDesc storage = typeDescFor(image.sampleType());
    switch (options.storage) {
        case StillStorage::Auto:
            break;
        case StillStorage::UInt8:
            storage = TypeDesc::UINT8;
            break;
        case StillStorage::UInt16:
            storage = TypeDesc::UINT16;
            break;
        case StillStorage::Half:
            storage = TypeDesc::HALF;
            break;
        case StillStorage::Float32:
            storage = TypeDesc::FLOAT;
            break;
    }
    int channels = image.channels();
    if (channels == 4 && !output->supports("alpha")) {
        throw MediaError("the " + std::string(output->format_name()) + " format cannot store an alpha channel: '" +
                         path + "'");
    }
    // OpenEXR holds premultiplied color by definition; other formats take straight alpha.
    const bool premultiplyForFile = channels == 4 && ext == ".exr";
    const Image premultipliedCopy = premultiplyForFile ? premultiplied(image) : Image();
    const Image& pixels = premultiplyForFile ? premultipliedCopy : image;
    ImageSpec spec(image.width(), image.height(), channels, storage);
    if (channels == 4) spec.alpha_channel = 3;
    if (channels == 4 && !premultiplyForFile) spec.attribute("oiio:UnassociatedAlpha", 1);
    if (!options.colorSpace.empty()) spec.attribute("oiio:ColorSpace", options.colorSpace);
    if (ext == ".exr") {
        // OpenEXR states its primaries and white point as chromaticities.
        static const float kAp1[8] = {0.713f, 0.293f, 0.165f, 0.830f, 0.128f, 0.044f, 0.32168f, 0.33767f};
        static const float kRec709[8] = {0.64f, 0.33f, 0.30f, 0.60f, 0.15f, 0.06f, 0.3127f, 0.3290f};
        const float* chroma = options.colorSpace == "ACEScg"                                         ? kAp1
                              : options.colorSpace.empty() || options.colorSpace == "Linear Rec.709" ? kRec709
                                                                                                     : nullptr;
        if (chroma) spec.attribute("chromaticities", TypeDesc(TypeDesc::FLOAT, 8), chroma);
    }
    if (ext == ".jpg" || ext == ".jpeg") {
        spec.attribute("Compression", "jpeg:" + std::to_string(options.jpegQuality));
    }
    for (const auto& [key, value] : options.metadata) spec.attribute(key, value);

    // Encoded in memory where the writer allows it, so that the bytes reach the disk
    // through writeBytes' checks.
    OIIO::Filesystem::IOVecOutput encoded;
    const bool inMemory = output->supports("ioproxy") && output->set_ioproxy(&encoded);
    if (!output->open(temporary.string(), spec)) {
        throw MediaError("cannot write '" + path + "': " + output->geterror());
    }
    const bool written = output->write_image(typeDescFor(pixels.sampleType()), pixels.data());
    const bool closed = output->close();
    std::error_code ec;
    if (!written || !closed) {
        const std::string why = output->geterror();
        fs::remove(temporary, ec);
        throw MediaError("cannot write '" + path + "': " + (why.empty() ? "write failed" : why));
    }
    if (inMemory) {
        try {
            writeBytes(temporary, encoded.buffer());
        } catch (const MediaError& e) {
            fs::remove(temporary, ec);
            throw MediaError("cannot write '" + path + "': " + e.what());
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        throw MediaError("cannot write '" + path + "': " + ec.message());
    }
}

}  // namespace shotcraft::media
