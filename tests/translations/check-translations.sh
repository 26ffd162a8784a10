#!/usr/bin/env bash
# Every user-visible string is translated: lupdate over the sources, on copies of the .ts
# files, must leave nothing new or unfinished in any language.
# Usage: check-translations.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/shotcraft_*.ts; do
  cp "$ts" "$work/"
  copy="$work/$(basename "$ts")"
  "$lupdate" -silent -I "$src" -locations relative "$src/ui" "$src/app/core" "$src/app/gui" "$src/timeline" -ts "$copy" 2>/dev/null
  report=$("$lrelease" "$copy" -qm "$work/out.qm" | grep 'Generated')
  echo "$(basename "$ts"): $report"
  if ! grep -q ' 0 unfinished' <<<"$report" || grep -q 'type="unfinished"' "$copy"; then
    echo "  unfinished:" && grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
    status=1
  fi
done
exit $status
