#include "ui/DisplayTransform.h"

#include "app/core/QtImages.h"
#include "media/MediaError.h"

#include <QCoreApplication>

namespace shotcraft::ui {

DisplayTransform::DisplayTransform(const QString& configPath) {
    try {
        colors_ = std::make_unique<media::ColorManager>(configPath.isEmpty() ? media::ColorManager::defaultConfigPath()
                                                                             : configPath.toStdString());
        display_ = colors_->defaultDisplay();
        view_ = colors_->defaultView(display_);
    } catch (const media::MediaError& e) {
        error_ =
            QCoreApplication::translate(
                "DisplayTransform", "The color configuration could not be loaded (%1); frames are shown as they are.")
                .arg(QString::fromUtf8(e.what()));
    }
}

QStringList DisplayTransform::views() const {
    QStringList list;
    if (!colors_) return list;
    for (const auto& display : colors_->displays()) {
        for (const auto& view : colors_->views(display)) {
            list.append(QString::fromStdString(display + " / " + view));
        }
    }
    return list;
}

void DisplayTransform::setView(const QString& displayAndView) {
    const QStringList parts = displayAndView.split(" / ");
    if (parts.size() != 2) return;
    display_ = parts[0].toStdString();
    view_ = parts[1].toStdString();
}

QString DisplayTransform::view() const {
    return QString::fromStdString(display_ + " / " + view_);
}

QImage DisplayTransform::toDisplay(const media::Image& frame) const {
    if (!colors_ || frame.isNull()) return app::toQImage(frame);
    try {
        return app::toQImage(colors_->toDisplay(frame, media::ColorManager::kModelSpace, display_, view_));
    } catch (const media::MediaError&) {
        return app::toQImage(frame);
    }
}

}  // namespace shotcraft::ui
