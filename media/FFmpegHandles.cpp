#include "media/FFmpegHandles.h"

#include <cstdlib>
#include <mutex>
#include <new>

namespace shotcraft::media::ff {

Frame makeFrame() {
    Frame frame(av_frame_alloc());
    if (!frame) throw std::bad_alloc();
    return frame;
}

Packet makePacket() {
    Packet packet(av_packet_alloc());
    if (!packet) throw std::bad_alloc();
    return packet;
}

std::string errorText(int code) {
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return buffer;
}

void quietLogging() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (!std::getenv("SHOTCRAFT_FFMPEG_LOG")) av_log_set_level(AV_LOG_QUIET);
    });
}

}  // namespace shotcraft::media::ff
