#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# One golden-file test (docs/testing.md): makes a .lastmile file from tests/data/golden/input.json
# with `lastmile-cli import`, runs one exporter on it, and compares its output byte for byte with
# the expected file of the same name next to the input, printing a unified diff when they differ.
# With LASTMILE_UPDATE_GOLDEN=1 it writes the output over the expected file instead.
#
#   golden_test.sh CLI GOLDEN_DIR NAME      NAME: export.json answers.csv score.json score.csv
#                                                 report.html heatmap.svg
set -euo pipefail

cli=$1
dir=$2
name=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file=$work/input.lastmile
out=$work/$name

"$cli" import "$dir/input.json" -o "$file" >/dev/null
case $name in
export.json | answers.csv) "$cli" export "$file" -o "$out" ;;
score.json) "$cli" score "$file" --format json >"$out" ;;
score.csv) "$cli" score "$file" --format csv >"$out" ;;
report.html) "$cli" report "$file" -o "$out" --language en ;;
heatmap.svg) "$cli" heatmap "$file" -o "$out" --language en ;;
*)
    echo "golden_test.sh: no exporter for \"$name\"" >&2
    exit 2
    ;;
esac

expected=$dir/$name
if [ "${LASTMILE_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$out" "$expected"
    echo "golden: wrote $expected; review it with git diff before committing"
    exit 0
fi
if [ ! -f "$expected" ]; then
    echo "golden: $expected does not exist; make it with LASTMILE_UPDATE_GOLDEN=1 ctest --preset default -L golden"
    exit 1
fi
if ! cmp -s "$expected" "$out"; then
    echo "golden: $name differs from $expected (--- expected, +++ actual):"
    diff -u --label "expected/$name" --label "actual/$name" "$expected" "$out" | head -n 300 || true
    echo "golden: if the change is intended, refresh with LASTMILE_UPDATE_GOLDEN=1 ctest --preset default -L golden"
    echo "golden: and review git diff tests/data/golden before committing"
    exit 1
fi
echo "golden: $name matches $expected"
