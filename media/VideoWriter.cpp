#include "media/VideoWriter.h"

#include "media/FFmpegHandles.h"
#include "media/MediaError.h"
#include "media/StillIO.h"

extern "C" {
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <vector>

namespace shotcraft::media {
namespace {

namespace fs = std::filesystem;

std::string lowercaseExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

AVPixelFormat rgbInputFormat(const Image& image) {
    const bool deep = image.sampleType() != SampleType::UInt8;
    if (image.channels() == 4) return deep ? AV_PIX_FMT_RGBA64 : AV_PIX_FMT_RGBA;
    return deep ? AV_PIX_FMT_RGB48 : AV_PIX_FMT_RGB24;
}

// The first of `wanted` that the encoder accepts.
AVPixelFormat pickPixelFormat(const AVCodec& encoder, std::initializer_list<AVPixelFormat> wanted) {
    for (AVPixelFormat format : wanted) {
        if (!encoder.pix_fmts) return format;
        for (const AVPixelFormat* p = encoder.pix_fmts; *p != AV_PIX_FMT_NONE; ++p) {
            if (*p == format) return format;
        }
    }
    throw MediaError(std::string("the ") + encoder.name + " encoder lacks a usable pixel format");
}

// Encodes through libavcodec/libavformat into a container file.
class FFmpegSink {
public:
    FFmpegSink(const std::string& path, const VideoWriterSettings& settings) : finalPath_(path), settings_(settings) {
        ff::quietLogging();
        const std::string ext = lowercaseExtension(path);
        partialPath_ =
            (fs::path(path).parent_path() / ("." + fs::path(path).stem().string() + ".partial" + ext)).string();
        AVFormatContext* raw = nullptr;
        if (avformat_alloc_output_context2(&raw, nullptr, nullptr, path.c_str()) < 0 || !raw) {
            throw MediaError("cannot write '" + path + "': unknown container '" + ext + "'");
        }
        format_.reset(raw);
        openEncoder();
        openFile();
    }

    void write(const Image& input) {
        const Image& image = input.sampleType() == SampleType::Float32
                                 ? (floatScratch_ = input.converted(SampleType::UInt16, input.channels()))
                                 : input;
        const AVPixelFormat source = rgbInputFormat(image);
        if (!sws_ || swsSource_ != source) {
            sws_.reset(sws_getContext(image.width(), image.height(), source, codec_->width, codec_->height,
                                      codec_->pix_fmt,
                                      // No SWS_FULL_CHR_H_INP: it point-samples chroma
                                      // (about 2 dB worse after encoding).
                                      SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr));
            if (!sws_) throw MediaError("cannot convert frames for the encoder");
            const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(codec_->pix_fmt);
            if (!(desc->flags & AV_PIX_FMT_FLAG_RGB)) {
                // RGB in, BT.709 limited-range YUV out, matching the stream's tags.
                sws_setColorspaceDetails(sws_.get(), sws_getCoefficients(SWS_CS_ITU709), 1,
                                         sws_getCoefficients(SWS_CS_ITU709), 0, 0, 1 << 16, 1 << 16);
            }
            swsSource_ = source;
        }
        ff::Frame frame = ff::makeFrame();
        frame->format = codec_->pix_fmt;
        frame->width = codec_->width;
        frame->height = codec_->height;
        if (av_frame_get_buffer(frame.get(), 0) < 0) throw std::bad_alloc();
        const AVFrame& padded = paddedCopy(image, source);
        sws_scale(sws_.get(), padded.data, padded.linesize, 0, image.height(), frame->data, frame->linesize);
        frame->pts = framesWritten_;
        frame->color_primaries = codec_->color_primaries;
        frame->color_trc = codec_->color_trc;
        frame->colorspace = codec_->colorspace;
        frame->color_range = codec_->color_range;
        send(frame.get());
        ++framesWritten_;
    }

    void finish() {
        send(nullptr);
        const int trailer = av_write_trailer(format_.get());
        const int closed = avio_closep(&format_->pb);
        if (trailer < 0 || closed < 0) {
            std::error_code ec;
            fs::remove(partialPath_, ec);
            throw MediaError("cannot finish '" + finalPath_ + "': " + ff::errorText(trailer < 0 ? trailer : closed));
        }
        std::error_code ec;
        fs::rename(partialPath_, finalPath_, ec);
        if (ec) throw MediaError("cannot write '" + finalPath_ + "': " + ec.message());
    }

    void abandon() {
        if (format_ && format_->pb) avio_closep(&format_->pb);
        std::error_code ec;
        fs::remove(partialPath_, ec);
    }

    std::int64_t framesWritten() const { return framesWritten_; }

private:
    // The picture copied into FFmpeg's own padded, aligned buffer. swscale's SIMD input
    // readers read past the end of a row and of the last row; on a tightly packed Image
    // whose memory ends at an unmapped page that read crashes the process (seen as a rare
    // segfault when exporting), so the rows go through a buffer FFmpeg allocated for it.
    const AVFrame& paddedCopy(const Image& image, AVPixelFormat format) {
        if (!padded_ || padded_->width != image.width() || padded_->height != image.height() ||
            padded_->format != format) {
            padded_ = ff::makeFrame();
            padded_->format = format;
            padded_->width = image.width();
            padded_->height = image.height();
            if (av_frame_get_buffer(padded_.get(), 0) < 0) throw std::bad_alloc();
        }
        av_image_copy_plane(padded_->data[0], padded_->linesize[0], image.data(), static_cast<int>(image.rowBytes()),
                            static_cast<int>(image.rowBytes()), image.height());
        return *padded_;
    }

    void openEncoder() {
        const char* encoderName = settings_.codec == VideoCodec::H264   ? "libx264"
                                  : settings_.codec == VideoCodec::FFV1 ? "ffv1"
                                  : settings_.codec == VideoCodec::VP9  ? "libvpx-vp9"
                                                                        : "prores_ks";
        const AVCodec* encoder = avcodec_find_encoder_by_name(encoderName);
        if (!encoder) throw MediaError(std::string("this FFmpeg has no ") + encoderName + " encoder");
        if (avformat_query_codec(format_->oformat, encoder->id, FF_COMPLIANCE_NORMAL) != 1) {
            throw MediaError("the " + lowercaseExtension(finalPath_) + " container cannot hold " +
                             codecName(settings_.codec) + " video");
        }
        const bool chromaHalfWidth = settings_.codec == VideoCodec::H264 || settings_.codec == VideoCodec::ProRes422HQ;
        if ((chromaHalfWidth && settings_.width % 2 != 0) ||
            (settings_.codec == VideoCodec::H264 && settings_.height % 2 != 0)) {
            throw MediaError(codecName(settings_.codec) + " needs an even frame size; " +
                             std::to_string(settings_.width) + "x" + std::to_string(settings_.height) + " is not");
        }
        stream_ = avformat_new_stream(format_.get(), nullptr);
        if (!stream_) throw std::bad_alloc();
        codec_.reset(avcodec_alloc_context3(encoder));
        if (!codec_) throw std::bad_alloc();
        codec_->width = settings_.width;
        codec_->height = settings_.height;
        codec_->time_base = AVRational{settings_.fps.den, settings_.fps.num};
        codec_->framerate = AVRational{settings_.fps.num, settings_.fps.den};
        codec_->thread_count = settings_.threads;
        codec_->color_primaries = AVCOL_PRI_BT709;
        AVDictionary* options = nullptr;
        switch (settings_.codec) {
            case VideoCodec::H264:
                codec_->pix_fmt = AV_PIX_FMT_YUV420P;
                av_dict_set(&options, "preset", settings_.preset.c_str(), 0);
                av_dict_set(&options, "crf", std::to_string(settings_.crf).c_str(), 0);
                break;
            case VideoCodec::ProRes422HQ:
                codec_->pix_fmt = AV_PIX_FMT_YUV422P10;
                codec_->profile = 3;  // HQ
                av_dict_set(&options, "vendor", "apl0", 0);
                break;
            case VideoCodec::ProRes4444:
                codec_->pix_fmt = settings_.alpha ? AV_PIX_FMT_YUVA444P10 : AV_PIX_FMT_YUV444P10;
                codec_->profile = 4;  // 4444
                av_dict_set(&options, "vendor", "apl0", 0);
                break;
            case VideoCodec::FFV1:
                codec_->pix_fmt =
                    settings_.alpha
                        ? pickPixelFormat(*encoder, {settings_.deep ? AV_PIX_FMT_GBRAP16 : AV_PIX_FMT_RGB32})
                        : pickPixelFormat(*encoder, {settings_.deep ? AV_PIX_FMT_GBRP16 : AV_PIX_FMT_0RGB32});
                av_dict_set(&options, "level", "3", 0);
                av_dict_set(&options, "slicecrc", "1", 0);
                break;
            case VideoCodec::VP9:
                codec_->pix_fmt = AV_PIX_FMT_YUV420P;
                av_dict_set(&options, "crf", "20", 0);
                av_dict_set(&options, "b", "0", 0);
                av_dict_set(&options, "deadline", "good", 0);
                av_dict_set(&options, "cpu-used", "4", 0);
                av_dict_set(&options, "row-mt", "1", 0);
                break;
            case VideoCodec::PngSequence:
                break;
        }
        const bool rgb = settings_.codec == VideoCodec::FFV1;
        codec_->color_trc = rgb ? AVCOL_TRC_IEC61966_2_1 : AVCOL_TRC_BT709;
        codec_->colorspace = rgb ? AVCOL_SPC_RGB : AVCOL_SPC_BT709;
        codec_->color_range = rgb ? AVCOL_RANGE_JPEG : AVCOL_RANGE_MPEG;
        if (format_->oformat->flags & AVFMT_GLOBALHEADER) {
            codec_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        }
        const int opened = avcodec_open2(codec_.get(), encoder, &options);
        av_dict_free(&options);
        if (opened < 0) {
            throw MediaError(std::string("cannot start the ") + encoderName + " encoder: " + ff::errorText(opened));
        }
        if (avcodec_parameters_from_context(stream_->codecpar, codec_.get()) < 0) {
            throw MediaError("cannot set up the video stream");
        }
        stream_->time_base = codec_->time_base;
        stream_->avg_frame_rate = codec_->framerate;
    }

    void openFile() {
        if (!settings_.metadataJson.empty()) {
            av_dict_set(&format_->metadata, settings_.metadataKey.c_str(), settings_.metadataJson.c_str(), 0);
        }
        int opened = avio_open(&format_->pb, partialPath_.c_str(), AVIO_FLAG_WRITE);
        if (opened < 0) {
            throw MediaError("cannot create '" + finalPath_ + "': " + ff::errorText(opened));
        }
        AVDictionary* options = nullptr;
        // MP4/MOV keep custom tags only as "mdta" metadata.
        av_dict_set(&options, "movflags", "use_metadata_tags", 0);
        const int header = avformat_write_header(format_.get(), &options);
        av_dict_free(&options);
        if (header < 0) {
            abandon();
            throw MediaError("cannot write '" + finalPath_ + "': " + ff::errorText(header));
        }
    }

    void send(AVFrame* frame) {
        int sent = avcodec_send_frame(codec_.get(), frame);
        if (sent < 0) throw MediaError("the encoder refused a frame: " + ff::errorText(sent));
        ff::Packet packet = ff::makePacket();
        for (;;) {
            const int received = avcodec_receive_packet(codec_.get(), packet.get());
            if (received == AVERROR(EAGAIN) || received == AVERROR_EOF) return;
            if (received < 0) throw MediaError("encoding failed: " + ff::errorText(received));
            av_packet_rescale_ts(packet.get(), codec_->time_base, stream_->time_base);
            packet->stream_index = stream_->index;
            const int written = av_interleaved_write_frame(format_.get(), packet.get());
            if (written < 0) {
                throw MediaError("cannot write '" + finalPath_ + "': " + ff::errorText(written));
            }
        }
    }

    std::string finalPath_;
    std::string partialPath_;
    VideoWriterSettings settings_;
    ff::OutputContext format_;
    ff::CodecContext codec_;
    ff::Sws sws_;
    AVPixelFormat swsSource_ = AV_PIX_FMT_NONE;
    AVStream* stream_ = nullptr;  // owned by format_
    Image floatScratch_;
    ff::Frame padded_;
    std::int64_t framesWritten_ = 0;
};

// Writes one PNG per frame through OpenImageIO (8 or 16-bit, with the JSON as text).
class PngSequenceSink {
public:
    PngSequenceSink(const std::string& pattern, const VideoWriterSettings& settings)
        : pattern_(pattern), settings_(settings) {
        if (expandFramePattern(pattern, 0) == expandFramePattern(pattern, 1)) {
            throw MediaError("a PNG sequence needs a frame number pattern such as dir/%04d.png");
        }
        const fs::path folder = fs::path(expandFramePattern(pattern, 0)).parent_path();
        std::error_code ec;
        if (!folder.empty()) fs::create_directories(folder, ec);
        if (ec) throw MediaError("cannot create folder '" + folder.string() + "': " + ec.message());
        if (!settings.metadataJson.empty()) {
            options_.metadata[settings.metadataKey] = settings.metadataJson;
        }
        options_.storage = settings.deep ? StillStorage::UInt16 : StillStorage::UInt8;
        options_.colorSpace = "sRGB";
    }

    void write(const Image& image) {
        const int channels = settings_.alpha ? 4 : 3;
        const Image& frame =
            image.channels() == channels ? image : (scratch_ = image.converted(image.sampleType(), channels));
        writeStill(expandFramePattern(pattern_, framesWritten_), frame, options_);
        ++framesWritten_;
    }

    std::int64_t framesWritten() const { return framesWritten_; }

    // The new sequence replaces one written over before, as a file would: the old frames
    // past its end go, or they would play on as part of it.
    void finish() {
        std::error_code ec;
        for (std::int64_t i = framesWritten_;; ++i) {
            const std::string stale = expandFramePattern(pattern_, i);
            if (!fs::is_regular_file(stale, ec)) break;
            fs::remove(stale, ec);
        }
    }

    void abandon() {
        std::error_code ec;
        for (std::int64_t i = 0; i < framesWritten_; ++i) fs::remove(expandFramePattern(pattern_, i), ec);
    }

private:
    std::string pattern_;
    VideoWriterSettings settings_;
    StillWriteOptions options_;
    Image scratch_;
    std::int64_t framesWritten_ = 0;
};

}  // namespace

std::string codecName(VideoCodec codec) {
    switch (codec) {
        case VideoCodec::H264:
            return "h264";
        case VideoCodec::ProRes422HQ:
            return "prores-hq";
        case VideoCodec::ProRes4444:
            return "prores-4444";
        case VideoCodec::FFV1:
            return "ffv1";
        case VideoCodec::PngSequence:
            return "png";
        case VideoCodec::VP9:
            return "vp9";
    }
    return "unknown";
}

VideoCodec codecFromName(const std::string& name) {
    for (VideoCodec c : {VideoCodec::H264, VideoCodec::ProRes422HQ, VideoCodec::ProRes4444, VideoCodec::FFV1,
                         VideoCodec::PngSequence, VideoCodec::VP9}) {
        if (codecName(c) == name) return c;
    }
    throw MediaError("unknown codec '" + name + "' (use h264, prores-hq, prores-4444, ffv1, png or vp9)");
}

VideoCodec codecForPath(const std::string& path) {
    if (path.find('%') != std::string::npos) return VideoCodec::PngSequence;
    const std::string ext = lowercaseExtension(path);
    if (ext == ".mp4" || ext == ".m4v") return VideoCodec::H264;
    if (ext == ".mov") return VideoCodec::ProRes422HQ;
    if (ext == ".mkv" || ext == ".avi") return VideoCodec::FFV1;
    if (ext == ".webm") return VideoCodec::VP9;
    throw MediaError("cannot write video as '" + ext +
                     "': use .mp4 (H.264), .mov (ProRes), .mkv (FFV1), .webm (VP9) or dir/%04d.png");
}

std::string expandFramePattern(const std::string& pattern, std::int64_t number) {
    const std::size_t start = pattern.find('%');
    if (start == std::string::npos) return pattern;
    std::size_t end = start + 1;
    while (end < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[end]))) ++end;
    if (end >= pattern.size() || pattern[end] != 'd') return pattern;
    const std::string spec = pattern.substr(start, end - start) + "lld";
    char buffer[64] = {};
    std::snprintf(buffer, sizeof buffer, spec.c_str(), static_cast<long long>(number));
    return pattern.substr(0, start) + buffer + pattern.substr(end + 1);
}

class VideoWriter::Impl {
public:
    std::unique_ptr<FFmpegSink> ffmpeg;
    std::unique_ptr<PngSequenceSink> png;
    VideoWriterSettings settings;
    bool finished = false;
};

VideoWriter::VideoWriter(const std::string& path, const VideoWriterSettings& settings)
    : impl_(std::make_unique<Impl>()) {
    if (settings.width < 2 || settings.height < 2 || settings.width > 16384 || settings.height > 16384) {
        throw MediaError("cannot write a " + std::to_string(settings.width) + "x" + std::to_string(settings.height) +
                         " video");
    }
    if (settings.fps.num <= 0 || settings.fps.den <= 0) {
        throw MediaError("the frame rate must be positive");
    }
    impl_->settings = settings;
    if (settings.codec == VideoCodec::PngSequence) {
        impl_->png = std::make_unique<PngSequenceSink>(path, settings);
    } else {
        impl_->ffmpeg = std::make_unique<FFmpegSink>(path, settings);
    }
}

VideoWriter::~VideoWriter() {
    if (impl_ && !impl_->finished) {
        try {
            finish();
        } catch (const MediaError&) {
            if (impl_->ffmpeg) impl_->ffmpeg->abandon();
        }
    }
}

void VideoWriter::write(const Image& frame) {
    if (impl_->finished) throw MediaError("the video is already finished");
    if (frame.width() != impl_->settings.width || frame.height() != impl_->settings.height) {
        throw MediaError("frame is " + std::to_string(frame.width()) + "x" + std::to_string(frame.height()) +
                         " but the video is " + std::to_string(impl_->settings.width) + "x" +
                         std::to_string(impl_->settings.height));
    }
    // A frame that cannot be written (a full disk) ends the video: what was written goes,
    // rather than a shorter file or sequence that could pass for the whole one.
    try {
        if (impl_->png)
            impl_->png->write(frame);
        else
            impl_->ffmpeg->write(frame);
    } catch (const MediaError&) {
        abandon();
        throw;
    }
}

void VideoWriter::finish() {
    if (impl_->finished) return;
    impl_->finished = true;
    if (impl_->ffmpeg)
        impl_->ffmpeg->finish();
    else
        impl_->png->finish();
}

void VideoWriter::abandon() {
    if (impl_->finished) return;
    impl_->finished = true;
    if (impl_->png)
        impl_->png->abandon();
    else
        impl_->ffmpeg->abandon();
}

std::int64_t VideoWriter::framesWritten() const {
    return impl_->png ? impl_->png->framesWritten() : impl_->ffmpeg->framesWritten();
}

}  // namespace shotcraft::media
