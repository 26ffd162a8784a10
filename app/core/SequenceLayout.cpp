#include "app/core/SequenceLayout.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shotcraft::app {

SequenceLayout SequenceLayout::of(const timeline::Project& project) {
    SequenceLayout layout;
    for (const auto& shot : project.shots()) {
        ShotSpan span{shot.id, shot.activeTake, layout.totalFrames, shot.spec.frames};
        if (const timeline::Take* take = shot.activeTake ? project.take(shot.activeTake) : nullptr) {
            // The take's own length: it may have been made before the shot was trimmed.
            const QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(take->requestJson)).object();
            span.frames = request.value("frames").toInt(span.frames);
        }
        layout.totalFrames += span.frames;
        layout.spans.push_back(span);
    }
    return layout;
}

const ShotSpan* SequenceLayout::spanAt(std::int64_t frame) const {
    for (const auto& span : spans) {
        if (frame >= span.start && frame < span.start + span.frames) return &span;
    }
    return nullptr;
}

const ShotSpan* SequenceLayout::spanOf(std::int64_t shot) const {
    for (const auto& span : spans) {
        if (span.shot == shot) return &span;
    }
    return nullptr;
}

}  // namespace shotcraft::app
