#include "media/FrameConverter.h"

#include "media/MediaError.h"

extern "C" {
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include <cstring>
#include <new>

namespace shotcraft::media {
namespace {

bool isFullRangeFormat(AVPixelFormat format) {
    switch (format) {
        case AV_PIX_FMT_YUVJ420P:
        case AV_PIX_FMT_YUVJ422P:
        case AV_PIX_FMT_YUVJ444P:
        case AV_PIX_FMT_YUVJ440P:
        case AV_PIX_FMT_YUVJ411P:
            return true;
        default:
            return false;
    }
}

AVPixelFormat rgbFormatFor(const FrameFormat& format) {
    const bool deep = format.sampleType != SampleType::UInt8;
    if (format.alpha) return deep ? AV_PIX_FMT_RGBA64 : AV_PIX_FMT_RGBA;
    return deep ? AV_PIX_FMT_RGB48 : AV_PIX_FMT_RGB24;
}

}  // namespace

int effectiveColorspace(AVColorSpace tagged, int height) {
    switch (tagged) {
        case AVCOL_SPC_BT709:
        case AVCOL_SPC_FCC:
        case AVCOL_SPC_BT470BG:
        case AVCOL_SPC_SMPTE170M:
        case AVCOL_SPC_SMPTE240M:
        case AVCOL_SPC_BT2020_NCL:
        case AVCOL_SPC_BT2020_CL:
            return tagged;
        default:
            return height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

Image FrameConverter::convert(const AVFrame& frame, const FrameFormat& format) {
    const auto srcFormat = static_cast<AVPixelFormat>(frame.format);
    const AVPixelFormat dstFormat = rgbFormatFor(format);
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(srcFormat);
    if (!desc) throw MediaError("decoder returned an unknown pixel format");
    const bool yuv = !(desc->flags & AV_PIX_FMT_FLAG_RGB) && desc->nb_components >= 3;
    const int colorspace = effectiveColorspace(frame.colorspace, frame.height);
    const int fullRange = frame.color_range == AVCOL_RANGE_JPEG || isFullRangeFormat(srcFormat);

    if (!sws_ || srcWidth_ != frame.width || srcHeight_ != frame.height || srcFormat_ != srcFormat ||
        dstFormat_ != dstFormat || colorspace_ != colorspace || range_ != fullRange) {
        // Accurate rounding and full chroma interpolation: conversions are exact enough
        // for 16-bit output and match an FFmpeg decode with the same flags.
        const int flags = SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT | SWS_FULL_CHR_H_INP;
        sws_.reset(sws_alloc_context());
        if (!sws_) throw std::bad_alloc();
        SwsContext* ctx = sws_.get();
        av_opt_set_int(ctx, "srcw", frame.width, 0);
        av_opt_set_int(ctx, "srch", frame.height, 0);
        av_opt_set_int(ctx, "src_format", srcFormat, 0);
        av_opt_set_int(ctx, "dstw", frame.width, 0);
        av_opt_set_int(ctx, "dsth", frame.height, 0);
        av_opt_set_int(ctx, "dst_format", dstFormat, 0);
        av_opt_set_int(ctx, "sws_flags", flags, 0);
        // Slice threads: conversion is as costly as decoding at 1080p.
        av_opt_set_int(ctx, "threads", threads_, 0);
        if (sws_init_context(ctx, nullptr, nullptr) < 0) sws_.reset();
        if (!sws_) {
            throw MediaError(std::string("cannot convert pixel format ") + desc->name + " to RGB");
        }
        if (yuv) {
            int* invTable = nullptr;
            int srcRangeOld = 0;
            int* table = nullptr;
            int dstRange = 0;
            int brightness = 0;
            int contrast = 0;
            int saturation = 0;
            sws_getColorspaceDetails(sws_.get(), &invTable, &srcRangeOld, &table, &dstRange, &brightness, &contrast,
                                     &saturation);
            sws_setColorspaceDetails(sws_.get(), sws_getCoefficients(colorspace), fullRange, table, dstRange,
                                     brightness, contrast, saturation);
        }
        srcWidth_ = frame.width;
        srcHeight_ = frame.height;
        srcFormat_ = srcFormat;
        dstFormat_ = dstFormat;
        colorspace_ = colorspace;
        range_ = fullRange;
    }

    const SampleType convertedType = format.sampleType == SampleType::UInt8 ? SampleType::UInt8 : SampleType::UInt16;
    Image image(frame.width, frame.height, format.channels(), convertedType, Image::Uninitialized{});
    // sws_scale_frame (not sws_scale) runs the slice threads; the destination frame
    // borrows the Image's memory.
    ff::Frame target = ff::makeFrame();
    target->format = dstFormat;
    target->width = frame.width;
    target->height = frame.height;
    target->buf[0] = av_buffer_create(
        image.data(), image.byteSize(), [](void*, uint8_t*) {}, nullptr, 0);
    if (!target->buf[0]) throw std::bad_alloc();
    target->data[0] = image.data();
    target->linesize[0] = static_cast<int>(image.rowBytes());
    const int scaled = sws_scale_frame(sws_.get(), target.get(), &frame);
    if (scaled < 0) throw MediaError("cannot convert a frame to RGB: " + ff::errorText(scaled));
    if (format.sampleType == SampleType::Float32) {
        return image.converted(SampleType::Float32, format.channels());
    }
    return image;
}

}  // namespace shotcraft::media
