#pragma once
// Conversions between media::Image (what media/ and the model speak) and QImage (what
// Qt paints and encodes), plus small picture helpers for thumbnails.

#include "media/Image.h"

#include <QImage>

#include <cstdint>
#include <vector>

namespace shotcraft::app {

// An 8-bit RGB(A) QImage of any media::Image (deeper samples are rounded to 8 bits).
QImage toQImage(const media::Image& image);
// An 8-bit RGB media::Image of a QImage.
media::Image fromQImage(const QImage& image);
// PNG bytes of a picture (for take thumbnails).
std::vector<std::uint8_t> pngBytes(const QImage& image);
QImage fromPngBytes(const std::vector<std::uint8_t>& bytes);

}  // namespace shotcraft::app
