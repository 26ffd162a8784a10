// libFuzzer entry: any bytes given to VideoReader (and the still reader) must end in a
// frame or a MediaError, never a crash, a hang or a leak.

#include "media/MediaError.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // An in-memory file that FFmpeg opens by path, like any user file.
    const int fd = memfd_create("fuzz", 0);
    if (fd < 0) return 0;
    if (write(fd, data, size) != static_cast<ssize_t>(size)) {
        close(fd);
        return 0;
    }
    const std::string path = "/proc/self/fd/" + std::to_string(fd);
    try {
        shotcraft::media::VideoReader reader(path);
        const std::int64_t n = reader.frameCount();
        for (std::int64_t i : {n - 1, std::int64_t(0), n / 2}) {
            try {
                reader.readFrame(i, {shotcraft::media::SampleType::UInt8, true});
            } catch (const shotcraft::media::MediaError&) {
            }
        }
    } catch (const shotcraft::media::MediaError&) {
    }
    close(fd);
    return 0;
}
