#include "tests/ui/WindowDriver.h"

#include "ui/InspectorPanel.h"
#include "ui/PromptEditor.h"
#include "ui/SourceField.h"
#include "ui/TimelineView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <memory>
#include <stdexcept>

namespace shotcraft::testing {

void trigger(ui::MainWindow& window, const char* name) {
    QAction* action = window.action(name);
    if (!action) throw std::runtime_error(std::string("no action ") + name);
    action->trigger();
}

void typePrompt(ui::MainWindow& window, const QString& text) {
    ui::PromptEditor* editor = window.inspector()->promptEditor();
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
}

void setSpin(ui::MainWindow& window, const char* name, double value) {
    if (auto* spin = window.inspector()->findChild<QSpinBox*>(name)) {
        spin->setValue(static_cast<int>(value));
    } else if (auto* dspin = window.inspector()->findChild<QDoubleSpinBox*>(name)) {
        dspin->setValue(value);
    } else {
        throw std::runtime_error(std::string("no spin box ") + name);
    }
}

void setCombo(ui::MainWindow& window, const char* name, const QVariant& data) {
    auto* combo = window.inspector()->findChild<QComboBox*>(name);
    if (!combo) throw std::runtime_error(std::string("no combo box ") + name);
    const int index = combo->findData(data);
    if (index < 0) throw std::runtime_error("no such item in " + std::string(name));
    combo->setCurrentIndex(index);
}

void dragOnTimeline(ui::MainWindow& window, QPoint from, QPoint to) {
    QWidget* view = window.timeline();
    auto send = [view](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), view->mapToGlobal(QPointF(at)), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(view, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    const int steps = 8;
    for (int i = 1; i <= steps; ++i) send(QEvent::MouseMove, from + (to - from) * i / steps, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

namespace {
// Sends a drag's enter, move and drop to `target` at `at` as Qt's drag and drop would: a
// disabled widget or one that takes no drops is never a target, and one that refuses the
// drag on entering gets no drop.
void dragAndDrop(QWidget* target, QPoint at, const QMimeData& mime, Qt::DropAction action) {
    if (!target->isEnabled() || !target->acceptDrops()) return;
    QDragEnterEvent enter(at, action, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) return;
    QDragMoveEvent move(at, action, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(at), action, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}
}  // namespace

void dropAssetOnShot(ui::MainWindow& window, std::int64_t asset, std::int64_t shot) {
    dragAndDrop(window.timeline(), window.timeline()->cardRect(shot).center(), *ui::assetMimeData(asset),
                Qt::CopyAction);
}

void dropShotOnSource(ui::MainWindow& window, std::int64_t shot) {
    auto* field = window.inspector()->findChild<ui::SourceField*>();
    if (!field) throw std::runtime_error("the inspector has no source field");
    dragAndDrop(field, field->rect().center(), *ui::shotMimeData(shot), Qt::LinkAction);
}

void answerNextMessageBox(QMessageBox::StandardButton button, QString* text) {
    // Polled: the box shows inside the nested event loop of the call that asks.
    auto* poll = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, button, text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->button(button)->click();
        } else if (++*tries < 500) {
            return;
        }
        poll->deleteLater();
        poll->stop();
    });
    poll->start(10);
}

bool waitFor(const std::function<bool()>& condition, int ms) {
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired()) return false;
        QTest::qWait(10);
    }
    return true;
}

}  // namespace shotcraft::testing
