#pragma once
// What the viewer shows: generated frames (sRGB, the model's space) through an
// OpenColorIO display/view of the configured OCIO config.

#include "media/ColorManager.h"
#include "media/Image.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>

namespace shotcraft::ui {

class DisplayTransform {
public:
    // An empty path loads the shipped config; on failure frames are shown unconverted
    // and error() says why.
    explicit DisplayTransform(const QString& configPath = {});
    QStringList views() const;  // "display / view" pairs
    void setView(const QString& displayAndView);
    QString view() const;
    QString error() const { return error_; }
    QImage toDisplay(const media::Image& frame) const;

private:
    std::unique_ptr<media::ColorManager> colors_;
    std::string display_;
    std::string view_;
    QString error_;
};

}  // namespace shotcraft::ui
