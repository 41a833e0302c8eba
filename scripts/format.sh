#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Formats every C++ file of src/ and tests/ with the repository's .clang-format, using
# clang-format 14 (other versions format differently). With --check it changes nothing and
# fails, listing each place, when a file is not formatted: CI runs it through CTest.
#   bash scripts/format.sh            format the tree in place
#   bash scripts/format.sh --check    only check
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
case "${1:-}" in
--check) check=1 ;;
"") ;;
*)
    echo "usage: scripts/format.sh [--check]" >&2
    exit 2
    ;;
esac

clang_format=""
for candidate in "${CLANG_FORMAT:-}" clang-format-14 clang-format; do
    if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 &&
        "$candidate" --version | grep -q 'version 14\.'; then
        clang_format=$candidate
        break
    fi
done
if [ -z "$clang_format" ]; then
    echo "format: clang-format 14 not found; scripts/setup.sh installs it (Debian clang-format-14)" >&2
    exit 77
fi

mapfile -t files < <(find src tests -type f \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort)
if [ "$check" -eq 1 ]; then
    if ! "$clang_format" --dry-run --Werror "${files[@]}"; then
        echo "format: the files above are not formatted; run bash scripts/format.sh" \
            "(or cmake --build --preset default --target format) and commit the result" >&2
        exit 1
    fi
    echo "format: ${#files[@]} files formatted as .clang-format says"
else
    "$clang_format" -i "${files[@]}"
    echo "format: formatted ${#files[@]} files"
fi
