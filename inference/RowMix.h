#pragma once
// How the trainer draws a batch's rows beyond the default mix (TrainingData.h makeBatch).
// Torch-free: the trainer's options carry it.

namespace shotcraft::inference {

struct RowMix {
    // The share of rows given no frames (MaskKind::None); the other masks split the rest in
    // their default proportions.
    double textOnly = 0.35;
    // The share of first-k rows given the last k frames of the scene's clip that show the
    // motion going on past its end; as many last-k rows are given its first k frames and
    // show what came before (WorldRenderer.h renderClip's start).
    double continuation = 0.0;
    // The share of first-frame rows whose clip starts part-way along its path (up to
    // kMovedStartMax of it). The world keeps a mover's whole path in frame, so the given
    // frame's place tells which way it goes (a mover to the right starts on the left) and
    // image to video never needs the motion word's sign; from a moved start it does.
    double movedStart = 0.0;
};
constexpr double kDefaultTextOnlyShare = RowMix{}.textOnly;
constexpr float kMovedStartMax = 0.6f;

}  // namespace shotcraft::inference
