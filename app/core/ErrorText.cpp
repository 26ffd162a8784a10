#include "app/core/ErrorText.h"

#include "media/MediaError.h"
#include "timeline/StoreError.h"

#include <QCoreApplication>

namespace shotcraft::app {

QString storeErrorText(const timeline::StoreError& error) {
    using Kind = timeline::StoreError::Kind;
    switch (error.kind()) {
        case Kind::NotAProject:
            return QCoreApplication::translate("StoreError", "it is not a Shotcraft project");
        case Kind::Corrupt:
            return QCoreApplication::translate("StoreError", "the file is damaged and cannot be read");
        case Kind::NewerFormat:
            return QCoreApplication::translate("StoreError",
                                               "it was saved by a newer version of Shotcraft; update to open it");
        case Kind::Locked:
            return QCoreApplication::translate("StoreError", "another Shotcraft is using it");
        case Kind::ReadOnly:
            return QCoreApplication::translate("StoreError", "it cannot be written (read-only)");
        case Kind::Full:
            return QCoreApplication::translate("StoreError", "the disk is full");
        case Kind::Io:
        case Kind::Other:
            break;
    }
    return QString::fromUtf8(error.what());
}

QString mediaErrorText(const media::MediaError& error) {
    using Kind = media::MediaError::Kind;
    switch (error.kind()) {
        case Kind::Empty:
            return QCoreApplication::translate("MediaError", "the file is empty");
        case Kind::NotMedia:
            return QCoreApplication::translate("MediaError", "it is not a video or image that can be read");
        case Kind::UnsupportedCodec:
            return QCoreApplication::translate("MediaError", "its video codec (%1) is not supported")
                .arg(QString::fromStdString(error.detail()));
        case Kind::Damaged:
            return QCoreApplication::translate("MediaError", "the file is damaged");
        case Kind::Other:
            break;
    }
    return QString::fromUtf8(error.what());
}

QString failureText(const std::exception& error) {
    if (const auto* store = dynamic_cast<const timeline::StoreError*>(&error)) return storeErrorText(*store);
    if (const auto* media = dynamic_cast<const media::MediaError*>(&error)) return mediaErrorText(*media);
    return QString::fromUtf8(error.what());
}

}  // namespace shotcraft::app
