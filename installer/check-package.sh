#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a built tree, installs the .deb with apt, and checks
# the installed layout: metadata validates, shotcraft-cli generates a clip, the window
# starts under Xvfb. Then removes the package. Usage: installer/check-package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls "$build"/shotcraft_*_amd64.deb)
echo "check-package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
$SUDO apt-get install -y -qq "./$deb" >/dev/null

appstreamcli validate --no-net /usr/share/metainfo/app.shotcraft.Shotcraft.metainfo.xml
desktop-file-validate /usr/share/applications/app.shotcraft.Shotcraft.desktop
test -f /usr/share/mime/packages/app.shotcraft.Shotcraft.xml
test -f /usr/share/icons/hicolor/scalable/apps/app.shotcraft.Shotcraft.svg

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# From a folder outside the source tree, so only the installed data can be found.
(cd "$work" && /usr/bin/shotcraft-cli generate --prompt "a red circle moving left on a night sky" --seed 7 \
  --steps 8 --out "$work/installed.mp4" --json)
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$work/installed.mp4")
[ "$frames" = 16 ] || { echo "check-package: expected 16 frames, got $frames"; exit 1; }
(cd "$work" && HOME="$work" xvfb-run -a /usr/bin/shotcraft --quit-after 4000)

$SUDO apt-get remove -y -qq shotcraft >/dev/null
echo "check-package: the .deb installs, generates and starts"
