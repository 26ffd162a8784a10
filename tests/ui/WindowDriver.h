#pragma once
// Drives the real studio window the way a user does (actions, typing, mouse drags,
// drops), for the GUI tests and the screenshot tour.

#include "app/core/Studio.h"
#include "ui/MainWindow.h"

#include <QMessageBox>
#include <QString>

#include <cstdint>

namespace shotcraft::testing {

// Triggers a window action by its object name (fails loudly when it does not exist).
void trigger(ui::MainWindow& window, const char* action);
// Replaces the selected shot's prompt by typing it into the inspector.
void typePrompt(ui::MainWindow& window, const QString& text);
// Sets a spin box of the inspector by its object name, as typing a value would.
void setSpin(ui::MainWindow& window, const char* name, double value);
void setCombo(ui::MainWindow& window, const char* name, const QVariant& data);
// Drags with the left button on the timeline from one point to another.
void dragOnTimeline(ui::MainWindow& window, QPoint from, QPoint to);
// Drops a media bin asset on the card of a shot.
void dropAssetOnShot(ui::MainWindow& window, std::int64_t asset, std::int64_t shot);
// Drops a shot, as dragged out of the timeline, on the inspector's source field (nothing
// happens where the field is disabled, as with a real drag).
void dropShotOnSource(ui::MainWindow& window, std::int64_t shot);
// Answers the next message box with `button` once it shows (within a few seconds) and
// keeps its text in `*text`, as a user reading and clicking it would.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text);
// Waits (processing events) until `condition` holds or `ms` pass; returns whether it held.
bool waitFor(const std::function<bool()>& condition, int ms);

}  // namespace shotcraft::testing
