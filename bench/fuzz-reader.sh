#!/usr/bin/env bash
# Builds the libFuzzer target for VideoReader with clang and runs it for SECONDS
# (default 90) on a seed corpus of small files in every container/codec we read.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-90}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSHOTCRAFT_FUZZ=ON -DSHOTCRAFT_SANITIZE=ON -DSHOTCRAFT_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target fuzz_video_reader
corpus=build-fuzz/corpus
mkdir -p "$corpus"
src="testsrc2=size=32x24:rate=8,trim=end_frame=6"
make_seed() { [ -f "$corpus/$1" ] || ffmpeg -v error -y -f lavfi -i "$src" "${@:2}" "$corpus/$1"; }
make_seed a.mp4 -c:v libx264 -pix_fmt yuv420p
make_seed b.mkv -c:v ffv1
make_seed c.webm -c:v libvpx-vp9 -deadline realtime
make_seed d.avi -c:v mjpeg
make_seed e.mov -c:v png
make_seed f.mov -c:v prores_ks
make_seed g.mp4 -c:v libx265 -x265-params log-level=error
build-fuzz/bin/fuzz_video_reader -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=4096 \
  -max_len=65536 -timeout=20 "$corpus"
