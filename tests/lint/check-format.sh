#!/usr/bin/env bash
# The C++ sources follow the root .clang-format: lists every file that does not.
# Usage: check-format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1 src=$2
cd "$src"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app bench inference media tests timeline ui -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
  "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
echo "check-format: ${#files[@]} files, ${#bad[@]} not formatted"
if [ ${#bad[@]} -gt 0 ]; then
  printf '  %s\n' "${bad[@]}"
  echo "fix with: clang-format -i FILE (from the repository root)"
  exit 1
fi
