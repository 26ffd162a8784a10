#include "ui/MediaBinPanel.h"

#include "app/core/Studio.h"
#include "app/core/StudioError.h"
#include "timeline/Commands.h"
#include "ui/TimelineView.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace shotcraft::ui {

namespace {
constexpr int kAssetRole = Qt::UserRole + 1;

QString probeSummary(const std::string& probeJson) {
    const QJsonObject probe = QJsonDocument::fromJson(QByteArray::fromStdString(probeJson)).object();
    QStringList lines;
    for (auto it = probe.begin(); it != probe.end(); ++it) {
        if (it.value().isObject() || it.value().isArray()) continue;
        lines.append(QString("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    }
    return lines.join('\n');
}
}  // namespace

QStringList MediaList::mimeTypes() const {
    return {kAssetMime, "text/uri-list"};
}

QMimeData* MediaList::mimeData(const QList<QListWidgetItem*>& items) const {
    // Qt's drag takes ownership.
    if (items.isEmpty()) return std::make_unique<QMimeData>().release();
    return assetMimeData(items.front()->data(kAssetRole).toLongLong()).release();
}

void MediaList::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        QListWidget::dragEnterEvent(event);
}

void MediaList::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        QListWidget::dragMoveEvent(event);
}

void MediaList::dropEvent(QDropEvent* event) {
    if (!event->mimeData()->hasUrls()) {
        event->ignore();  // no reordering inside the bin
        return;
    }
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    emit filesDropped(paths);
}

MediaBinPanel::MediaBinPanel(app::Studio& studio, QWidget* parent) : QWidget(parent), studio_(studio) {
    setObjectName("mediaBinPanel");
    list_ = new MediaList(this);
    list_->setObjectName("mediaList");
    list_->setViewMode(QListView::IconMode);
    list_->setIconSize(QSize(80, 80));
    list_->setGridSize(QSize(104, 112));
    list_->setResizeMode(QListView::Adjust);
    list_->setWordWrap(true);
    list_->setMovement(QListView::Static);
    list_->setDragEnabled(true);
    list_->setAcceptDrops(true);
    list_->setDragDropMode(QAbstractItemView::DragDrop);
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* import = new QToolButton(this);
    import->setText(tr("Import…"));
    import->setToolTip(tr("Import stills and clips (or drop files here)"));
    auto* hint = new QLabel(tr("Drop stills and clips here"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* top = new QHBoxLayout;
    top->addWidget(import);
    top->addWidget(hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(list_, 1);
    connect(import, &QToolButton::clicked, this, &MediaBinPanel::showImportDialog);
    connect(&studio_, &app::Studio::assetThumbnailReady, this, &MediaBinPanel::refresh);
    connect(list_, &MediaList::filesDropped, this, &MediaBinPanel::importFiles);
    connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const std::int64_t id = item->data(kAssetRole).toLongLong();
        if (studio_.assetMissing(id))
            relink(id);
        else
            emit useAsSource(id);
    });
    connect(list_, &QWidget::customContextMenuRequested, this, [this](const QPoint& point) {
        QListWidgetItem* item = list_->itemAt(point);
        if (!item) return;
        const std::int64_t id = item->data(kAssetRole).toLongLong();
        QMenu menu(this);
        menu.addAction(tr("Use as the shot's source"), this, [this, id] { emit useAsSource(id); });
        menu.addAction(tr("Relink…"), this, [this, id] { relink(id); });
        menu.addAction(tr("Remove from project"), this, [this, id] {
            if (studio_.project()) studio_.push(new timeline::RemoveAssetCommand(*studio_.project(), id));
        });
        menu.exec(list_->viewport()->mapToGlobal(point));
    });
    refresh();
}

void MediaBinPanel::showImportDialog() {
    if (!studio_.project()) return;
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import media"), {},
                                      tr("Stills and clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 "
                                         "*.mov *.mkv *.webm *.avi);;All files (*)"));
    importFiles(paths);
}

void MediaBinPanel::importFiles(const QStringList& paths) {
    // Probing and hashing run on the pool; the bin fills in as files arrive.
    if (!paths.isEmpty()) studio_.importMediaAsync(paths);
}

void MediaBinPanel::relink(std::int64_t asset) {
    const QString path = QFileDialog::getOpenFileName(this, tr("Relink media"));
    if (path.isEmpty()) return;
    try {
        studio_.relinkMedia(asset, path);
    } catch (const app::StudioError& e) {
        emit studio_.errorOccurred(QString::fromUtf8(e.what()));
    }
}

void MediaBinPanel::refresh() {
    list_->clear();
    const timeline::Project* project = studio_.project();
    setEnabled(project != nullptr);
    if (!project) return;
    for (const auto& asset : project->state().assets) {
        const QString name = QFileInfo(QString::fromStdString(asset.path)).fileName();
        auto* item = new QListWidgetItem(name, list_);
        item->setData(kAssetRole, QVariant::fromValue<qlonglong>(asset.id));
        const bool missing = studio_.assetMissing(asset.id);
        QPixmap icon(80, 80);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        const QImage thumbnail = studio_.assetThumbnail(asset.id, 80);
        if (!thumbnail.isNull()) {
            painter.drawImage((80 - thumbnail.width()) / 2, (80 - thumbnail.height()) / 2, thumbnail);
        } else {
            painter.fillRect(icon.rect(), QColor(60, 60, 64));
        }
        if (missing) {
            painter.fillRect(icon.rect(), QColor(120, 0, 0, 140));
            painter.setPen(Qt::white);
            painter.drawText(icon.rect(), Qt::AlignCenter, tr("missing"));
        }
        painter.end();
        item->setIcon(QIcon(icon));
        QString tip = QString::fromStdString(asset.path) + "\n" + probeSummary(asset.probeJson);
        if (missing) {
            item->setText(tr("%1 (missing)").arg(name));
            tip = tr("The file is missing: double-click to relink it.\n") + tip;
        }
        item->setToolTip(tip);
    }
}

}  // namespace shotcraft::ui
