#include "media/VideoReader.h"

#include "media/MediaError.h"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

#include <cmath>
#include <filesystem>
#include <numeric>
#include <system_error>

namespace shotcraft::media {
namespace {

std::string nameOr(const char* name, const char* fallback) {
    return name ? name : fallback;
}

int rotationOf(const AVStream& stream) {
    size_t size = 0;
    const uint8_t* matrix = av_stream_get_side_data(&stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t)) return 0;
    const double counterClockwise = av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
    if (std::isnan(counterClockwise)) return 0;
    int clockwise = -static_cast<int>(std::lround(counterClockwise));
    clockwise = ((clockwise % 360) + 360) % 360;
    // Only quarter turns are applied (as FFmpeg's own autorotation does).
    return (clockwise + 45) / 90 * 90 % 360;
}

}  // namespace

VideoReader::VideoReader(const std::string& path, VideoReaderOptions options) : converter_(options.threads) {
    ff::quietLogging();
    openInput(path);
    openDecoder(options);
    buildIndex();
    fillInfo(path);
    decoded_ = ff::makeFrame();
    packet_ = ff::makePacket();
    seekTo(index_.seekTimestampForFrame(0));
}

VideoReader::~VideoReader() = default;

void VideoReader::openInput(const std::string& path) {
    const bool pattern = path.find('%') != std::string::npos;
    std::error_code ec;
    if (!pattern) {
        if (!std::filesystem::exists(path, ec)) throw MediaError("file not found: " + path);
        if (std::filesystem::is_directory(path, ec)) {
            throw MediaError("'" + path + "' is a folder, not a video file");
        }
        if (std::filesystem::file_size(path, ec) == 0 && !ec) {
            throw MediaError("'" + path + "' is empty (0 bytes)", MediaError::Kind::Empty);
        }
    }
    AVFormatContext* raw = nullptr;
    const int openResult = avformat_open_input(&raw, path.c_str(), nullptr, nullptr);
    if (openResult < 0) {
        throw MediaError("cannot open '" + path + "' as a video: " + ff::errorText(openResult),
                         MediaError::Kind::NotMedia);
    }
    format_.reset(raw);
    const int infoResult = avformat_find_stream_info(format_.get(), nullptr);
    if (infoResult < 0) {
        throw MediaError("cannot read '" + path + "': " + ff::errorText(infoResult), MediaError::Kind::NotMedia);
    }
    streamIndex_ = av_find_best_stream(format_.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (streamIndex_ < 0) throw MediaError("'" + path + "' has no video stream", MediaError::Kind::NotMedia);
    // Ignore every other stream while demuxing.
    for (unsigned i = 0; i < format_->nb_streams; ++i) {
        if (static_cast<int>(i) != streamIndex_) format_->streams[i]->discard = AVDISCARD_ALL;
    }
}

void VideoReader::openDecoder(const VideoReaderOptions& options) {
    const AVStream* stream = format_->streams[streamIndex_];
    const AVCodecParameters* par = stream->codecpar;
    const AVCodec* decoder = avcodec_find_decoder(par->codec_id);
    if (!decoder || par->codec_id == AV_CODEC_ID_NONE) {
        char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
        av_fourcc_make_string(tag, par->codec_tag);
        const std::string name = par->codec_id == AV_CODEC_ID_NONE ? tag : avcodec_get_name(par->codec_id);
        throw MediaError("unsupported video codec '" + name + "'", MediaError::Kind::UnsupportedCodec, name);
    }
    if (par->width < kMinDimension || par->height < kMinDimension) {
        throw MediaError("video is " + std::to_string(par->width) + "x" + std::to_string(par->height) +
                         " pixels; the smallest supported size is " + std::to_string(kMinDimension) + "x" +
                         std::to_string(kMinDimension));
    }
    if (par->width > kMaxDimension || par->height > kMaxDimension) {
        throw MediaError("video is " + std::to_string(par->width) + "x" + std::to_string(par->height) +
                         " pixels; the largest supported size is " + std::to_string(kMaxDimension) + "x" +
                         std::to_string(kMaxDimension));
    }
    codec_.reset(avcodec_alloc_context3(decoder));
    if (!codec_) throw std::bad_alloc();
    if (avcodec_parameters_to_context(codec_.get(), par) < 0) {
        throw MediaError("cannot set up the video decoder");
    }
    codec_->pkt_timebase = stream->time_base;
    codec_->thread_count = options.threads;
    codec_->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    const int result = avcodec_open2(codec_.get(), decoder, nullptr);
    if (result < 0) {
        throw MediaError(std::string("cannot open the ") + decoder->name + " decoder: " + ff::errorText(result));
    }
}

void VideoReader::buildIndex() {
    std::vector<FrameIndex::Packet> packets;
    ff::Packet packet = ff::makePacket();
    int result = 0;
    bool lastIsCut = false;  // the file ends inside the last packet read
    while ((result = av_read_frame(format_.get(), packet.get())) >= 0) {
        if (packet->stream_index == streamIndex_ && !(packet->flags & AV_PKT_FLAG_DISCARD)) {
            FrameIndex::Packet entry;
            const bool hasPts = packet->pts != AV_NOPTS_VALUE;
            const bool hasDts = packet->dts != AV_NOPTS_VALUE;
            if (hasPts || hasDts) {
                entry.pts = hasPts ? packet->pts : packet->dts;
                entry.dts = hasDts ? packet->dts : entry.pts;
                entry.keyframe = (packet->flags & AV_PKT_FLAG_KEY) != 0;
                packets.push_back(entry);
                lastIsCut = (packet->flags & AV_PKT_FLAG_CORRUPT) != 0;
            }
        }
        av_packet_unref(packet.get());
    }
    // A file cut short (an interrupted copy or render) ends in a partial packet, which
    // cannot decode: it is not a frame of the clip.
    if (lastIsCut && packets.size() > 1) packets.pop_back();
    if (result != AVERROR_EOF && packets.empty()) {
        throw MediaError("cannot read video data: " + ff::errorText(result), MediaError::Kind::Damaged);
    }
    if (packets.empty()) throw MediaError("the file has a video stream but no frames", MediaError::Kind::Damaged);
    if (!packets.front().keyframe) packets.front().keyframe = true;  // decoding starts there
    index_.build(packets);
}

void VideoReader::fillInfo(const std::string& path) {
    const AVStream* stream = format_->streams[streamIndex_];
    const AVCodecParameters* par = stream->codecpar;
    info_.path = path;
    info_.container = format_->iformat->name;
    info_.codec = avcodec_get_name(par->codec_id);
    const auto pixFmt = static_cast<AVPixelFormat>(par->format);
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(pixFmt);
    info_.pixelFormat = desc ? desc->name : "unknown";
    info_.bitDepth = desc ? desc->comp[0].depth : 8;
    info_.hasAlpha = desc && (desc->flags & AV_PIX_FMT_FLAG_ALPHA);
    info_.codedWidth = par->width;
    info_.codedHeight = par->height;
    info_.rotationDegrees = rotationOf(*stream);
    const bool swaps = info_.rotationDegrees == 90 || info_.rotationDegrees == 270;
    info_.width = swaps ? par->height : par->width;
    info_.height = swaps ? par->width : par->height;
    const AVRational rate = av_guess_frame_rate(format_.get(), const_cast<AVStream*>(stream), nullptr);
    info_.frameCount = index_.frameCount();
    info_.variableFrameRate = index_.isVariableRate();
    const double tb = av_q2d(stream->time_base);
    info_.durationSeconds = index_.durationTs() * tb;
    if (info_.frameCount == 1 && rate.num > 0) info_.durationSeconds = av_q2d(av_inv_q(rate));
    if (info_.variableFrameRate && info_.durationSeconds > 0) {
        // Average over the stream: frames per second as a rational in milliframes.
        info_.fps = {static_cast<int>(std::lround(info_.frameCount * 1000 / info_.durationSeconds)), 1000};
        const int g = std::gcd(info_.fps.num, info_.fps.den);
        if (g > 1) info_.fps = {info_.fps.num / g, info_.fps.den / g};
    } else {
        info_.fps = {rate.num, rate.den > 0 ? rate.den : 1};
        // Constant rate: the exact duration, free of the container's timestamp rounding.
        if (info_.fps.num > 0) info_.durationSeconds = info_.frameCount / info_.fps.toDouble();
    }
    info_.colorPrimaries = nameOr(av_color_primaries_name(par->color_primaries), "unknown");
    info_.colorTransfer = nameOr(av_color_transfer_name(par->color_trc), "unknown");
    info_.colorMatrix = nameOr(av_color_space_name(par->color_space), "unknown");
    info_.colorRange = nameOr(av_color_range_name(par->color_range), "unknown");
    const AVDictionaryEntry* tag = nullptr;
    while ((tag = av_dict_get(format_->metadata, "", tag, AV_DICT_IGNORE_SUFFIX))) {
        info_.metadata[tag->key] = tag->value;
    }
}

double VideoReader::frameTimeSeconds(std::int64_t index) const {
    const AVStream* stream = format_->streams[streamIndex_];
    return (index_.ptsOfFrame(index) - index_.ptsOfFrame(0)) * av_q2d(stream->time_base);
}

void VideoReader::seekTo(std::int64_t timestamp) {
    const int result = avformat_seek_file(format_.get(), streamIndex_, INT64_MIN, timestamp, timestamp, 0);
    if (result < 0) {
        // Some demuxers (image sequences, raw streams) only seek by flag; try the older API.
        if (av_seek_frame(format_.get(), streamIndex_, timestamp, AVSEEK_FLAG_BACKWARD) < 0) {
            throw MediaError("cannot seek in the video: " + ff::errorText(result));
        }
    }
    avcodec_flush_buffers(codec_.get());
    draining_ = false;
    currentFrame_ = -1;
}

std::int64_t VideoReader::timestampOf(const AVFrame& frame) const {
    if (frame.pts != AV_NOPTS_VALUE) return frame.pts;
    if (frame.pkt_dts != AV_NOPTS_VALUE) return frame.pkt_dts;
    return frame.best_effort_timestamp;
}

bool VideoReader::decodeNext() {
    for (;;) {
        const int received = avcodec_receive_frame(codec_.get(), decoded_.get());
        if (received == 0) return true;
        if (received == AVERROR_EOF) return false;
        if (received != AVERROR(EAGAIN)) {
            throw MediaError("the video is corrupt: " + ff::errorText(received), MediaError::Kind::Damaged);
        }
        if (draining_) return false;
        const int read = av_read_frame(format_.get(), packet_.get());
        if (read < 0) {
            draining_ = true;
            avcodec_send_packet(codec_.get(), nullptr);
            continue;
        }
        if (packet_->stream_index == streamIndex_) {
            const int sent = avcodec_send_packet(codec_.get(), packet_.get());
            av_packet_unref(packet_.get());
            if (sent < 0 && sent != AVERROR(EAGAIN) && sent != AVERROR_INVALIDDATA) {
                throw MediaError("cannot decode the video: " + ff::errorText(sent), MediaError::Kind::Damaged);
            }
        } else {
            av_packet_unref(packet_.get());
        }
    }
}

void VideoReader::decodeFrame(std::int64_t index) {
    if (index < 0 || index >= frameCount()) {
        throw MediaError("frame " + std::to_string(index) + " is out of range (the video has " +
                         std::to_string(frameCount()) + " frames)");
    }
    if (index == currentFrame_) return;
    const std::int64_t targetPts = index_.ptsOfFrame(index);
    std::int64_t seekTs = index_.seekTimestampForFrame(index);
    // Decode forward when the target is ahead in the same run of frames; seek otherwise.
    const bool forward = currentFrame_ >= 0 && index > currentFrame_ &&
                         (index == currentFrame_ + 1 || seekTs == index_.seekTimestampForFrame(currentFrame_));
    if (!forward) seekTo(seekTs);

    // A demuxer may land after the requested keyframe; step back one keyframe at a time.
    for (int attempt = 0; attempt < 8; ++attempt) {
        while (decodeNext()) {
            const std::int64_t pts = timestampOf(*decoded_);
            if (pts == targetPts) {
                currentFrame_ = index;
                return;
            }
            if (pts > targetPts) break;
        }
        const std::int64_t earlier = index_.earlierSeekTimestamp(seekTs);
        seekTs = (earlier < seekTs) ? earlier : INT64_MIN / 2;
        seekTo(seekTs);
    }
    throw MediaError("cannot decode frame " + std::to_string(index) + " of " + info_.path, MediaError::Kind::Damaged);
}

Image VideoReader::readFrame(std::int64_t index, const FrameFormat& format) {
    decodeFrame(index);
    Image image = converter_.convert(*decoded_, format);
    if (info_.rotationDegrees == 0) return image;
    return rotated(image, info_.rotationDegrees);
}

}  // namespace shotcraft::media
