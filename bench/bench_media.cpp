// Decode and encode throughput of the media engine next to the ffmpeg tool on the same
// 1080p H.264 clip, same thread count, same run. Usage: bench_media [threads] [frames]

#include "media/VideoReader.h"
#include "media/VideoWriter.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

using namespace shotcraft::media;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Runs a shell command and returns its wall time in seconds (exits on failure).
double timeCommand(const std::string& command) {
    const auto start = Clock::now();
    if (std::system((command + " >/dev/null 2>&1").c_str()) != 0) {
        std::fprintf(stderr, "bench: command failed: %s\n", command.c_str());
        std::exit(1);
    }
    return secondsSince(start);
}

// Best of `runs` for each side, measured alternately so that both see the same
// background load on a shared machine.
template <class A, class B>
std::pair<double, double> bestOf(int runs, A&& ours, B&& theirs) {
    double a = 1e30;
    double b = 1e30;
    for (int i = 0; i < runs; ++i) {
        a = std::min(a, ours());
        b = std::min(b, theirs());
    }
    return {a, b};
}

void row(const char* what, int frames, double ours, double theirs) {
    std::printf("| %-28s | %8.1f | %8.1f | %5.2f |\n", what, frames / ours, frames / theirs, theirs / ours);
}

}  // namespace

int main(int argc, char** argv) {
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    const int frames = argc > 2 ? std::atoi(argv[2]) : 240;
    const int encodeFrames = std::min(frames, 60);
    const auto dir = std::filesystem::temp_directory_path() / "shotcraft-bench-media";
    std::filesystem::create_directories(dir);
    const std::string clip = (dir / "1080p.mp4").string();
    const std::string t = std::to_string(threads);
    const std::string sws = "-sws_flags bicubic+accurate_rnd+full_chroma_int+full_chroma_inp";

    timeCommand("ffmpeg -y -v error -f lavfi -i testsrc2=size=1920x1080:rate=30 -frames:v " + std::to_string(frames) +
                " -c:v libx264 -preset fast -crf 20 -pix_fmt yuv420p -colorspace bt709 "
                "-color_primaries bt709 -color_trc bt709 " +
                clip);

    // Decode only (to the decoder's own pixel format).
    // Ours includes opening and indexing the file, as the ffmpeg process does.
    const auto [oursDecode, ffmpegDecode] = bestOf(
        5,
        [&] {
            const auto start = Clock::now();
            VideoReader reader(clip, {threads});
            for (int i = 0; i < frames; ++i) reader.decodeFrame(i);
            return secondsSince(start);
        },
        [&] { return timeCommand("ffmpeg -v error -threads " + t + " -i " + clip + " -f null -"); });
    // Decode and convert to packed RGB.
    const auto [oursRgb, ffmpegRgb] = bestOf(
        5,
        [&] {
            const auto start = Clock::now();
            VideoReader reader(clip, {threads});
            for (int i = 0; i < frames; ++i) reader.readFrame(i);
            return secondsSince(start);
        },
        [&] {
            return timeCommand("ffmpeg -v error -threads " + t + " -i " + clip + " " + sws +
                               " -pix_fmt rgb24 -f null -");
        });

    // Encode H.264 (medium, CRF 18) from RGB frames in memory / a raw RGB file.
    std::vector<Image> rgbFrames;
    {
        VideoReader reader(clip, {threads});
        for (int i = 0; i < encodeFrames; ++i) rgbFrames.push_back(reader.readFrame(i));
    }
    const std::string raw = (dir / "frames.rgb").string();
    {
        std::ofstream out(raw, std::ios::binary);
        for (const Image& image : rgbFrames) {
            out.write(reinterpret_cast<const char*>(image.data()), image.byteSize());
        }
    }
    const std::string encoded = (dir / "encoded.mp4").string();
    const auto [oursEncode, ffmpegEncode] = bestOf(
        3,
        [&] {
            VideoWriterSettings settings;
            settings.width = 1920;
            settings.height = 1080;
            settings.fps = {30, 1};
            settings.threads = threads;
            const auto start = Clock::now();
            VideoWriter writer(encoded, settings);
            for (const Image& image : rgbFrames) writer.write(image);
            writer.finish();
            return secondsSince(start);
        },
        [&] {
            return timeCommand("ffmpeg -y -v error -f rawvideo -pix_fmt rgb24 -s 1920x1080 -r 30 -i " + raw +
                               " -sws_flags bicubic+accurate_rnd -c:v libx264 -preset medium "
                               "-crf 18 -pix_fmt yuv420p -threads " +
                               t + " " + encoded);
        });

    std::printf("1080p H.264, %d threads, %d frames decoded, %d encoded (best of runs)\n\n", threads, frames,
                encodeFrames);
    std::printf("| %-28s | %8s | %8s | %5s |\n", "task", "ours f/s", "ffmpeg", "ratio");
    std::printf("|------------------------------|----------|----------|-------|\n");
    row("decode", frames, oursDecode, ffmpegDecode);
    row("decode + RGB24", frames, oursRgb, ffmpegRgb);
    row("encode H.264 medium CRF 18", encodeFrames, oursEncode, ffmpegEncode);
    std::filesystem::remove_all(dir);
    return 0;
}
