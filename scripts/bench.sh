#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures Lastmile against its floors (docs/performance.md): installs the benchmark tools,
# builds, makes the workloads, and prints each figure beside its floor with the ratio.
# Benchmarks are never part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
tools=(libbenchmark-dev hyperfine sqlite3 time)
missing=()
for package in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
cmake --preset default >/dev/null # picks up Google Benchmark
cmake --build --preset default --target lastmile lastmile-cli lastmile_bench render_bench bare_window bare_window_linked bare_text_window app_open_bench

bin=build/bin
work=build/bench
mkdir -p "$work"
large="$work/large.lastmile"
huge="$work/huge.lastmile"
# Workloads of another schema version (made by another build) are made again.
probe="$work/probe.lastmile"
rm -f "$probe"
"$bin/lastmile-cli" generate "$probe" --initiatives 1 --respondents 1 --rounds 1 --seed 1 >/dev/null
version=$(sqlite3 -readonly "$probe" 'PRAGMA user_version')
rm -f "$probe"
for workload in "$large:100" "$huge:1000"; do
    file=${workload%%:*}
    if [ -f "$file" ] && [ "$(sqlite3 -readonly "$file" 'PRAGMA user_version')" != "$version" ]; then
        rm -f "$file"
    fi
    [ -f "$file" ] || "$bin/lastmile-cli" generate "$file" --initiatives "${workload##*:}" --respondents 12 --rounds 4 --seed 1
done
runs=${RUNS:-7}
export QT_QPA_PLATFORM=offscreen

echo "== Machine"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ */CPU: /'

echo
echo "== Open large, read the latest round's stored scores (no answer), write the heatmap PNG (budget: <= 1.5x the floor)"
hyperfine --warmup 1 --runs "$runs" -N --export-markdown "$work/heatmap.md" \
    -n "sqlite3 reads every answer row (floor)" "sqlite3 $large 'SELECT * FROM answer'" \
    -n "lastmile-cli heatmap" "$bin/lastmile-cli heatmap $large --output $work/heatmap.png"
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
echo "Peak memory: sqlite3 $(peak sqlite3 "$large" 'SELECT * FROM answer') KB, lastmile-cli heatmap $(peak "$bin/lastmile-cli" heatmap "$large" --output "$work/heatmap.png") KB"
echo "In-process: painting the heatmap of large and encoding it as PNG, and Qt's PNG writer for comparison"
"$bin/render_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

echo
echo "== Open large in the app and paint its heatmap, whole process (budget: <= 1.5x the floor)"
"$bin/app_open_bench" "$large" # once: when the window and the heatmap painted, how many rounds were read
"$bin/app_open_bench" --summary "$large"       # the same for the summary a review opens on
"$bin/app_open_bench" --write --summary "$large" # and opened for writing
hyperfine --warmup 1 --runs "$runs" -N --export-markdown "$work/app-open.md" \
    -n "sqlite3 reads every answer row (floor)" "sqlite3 $large 'SELECT * FROM answer'" \
    -n "app opens large on its heatmap" "$bin/app_open_bench $large" \
    -n "app opens large on its summary" "$bin/app_open_bench --summary $large"

echo
echo "== Open and score: huge (1,000 initiatives) against large (budget: grows no faster than the answers, about 10x)"
hyperfine --warmup 1 --runs "$runs" -N --export-markdown "$work/growth.md" \
    -n "score large" "$bin/lastmile-cli score $large --format json" \
    -n "score huge" "$bin/lastmile-cli score $huge --format json"

echo
echo "== Save one answer durably, 1,000 times (budget: <= 1.5x plain SQLite, same journal and sync settings)"
"$bin/lastmile_bench" --benchmark_filter='SaveAnswer' --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true

echo
echo "== In-process: open, load and score the large workload"
"$bin/lastmile_bench" --benchmark_filter='Large' --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

echo
echo "== Start to first painted window, then quit (budget: <= 1.5x the time and peak memory of a bare Qt window)"
home="$work/home"
rm -rf "$home" && mkdir -p "$home"
HOME="$home" XDG_CONFIG_HOME="$home/.config" "$bin/lastmile" --quit-after-first-paint >/dev/null 2>&1 # first start writes the demo
# The second program is the floor loading every library the app links at start, calling none:
# what the libraries alone cost. The third is a main window with a menu bar painting one line of
# text: what text costs any Widgets program.
hyperfine --warmup 2 --runs "$runs" -N --export-markdown "$work/startup.md" \
    -n "bare Qt window (floor)" "$bin/bare_window" \
    -n "bare Qt window with the app's libraries" "$bin/bare_window_linked" \
    -n "bare main window with a menu bar and a line of text" "$bin/bare_text_window" \
    -n "lastmile library with the demo" "env HOME=$home XDG_CONFIG_HOME=$home/.config $bin/lastmile --quit-after-first-paint"
bare_kb=$(peak "$bin/bare_window")
linked_kb=$(peak "$bin/bare_window_linked")
text_kb=$(peak "$bin/bare_text_window")
app_kb=$(HOME="$home" XDG_CONFIG_HOME="$home/.config" peak "$bin/lastmile" --quit-after-first-paint)
echo "Peak memory: bare window ${bare_kb} KB, with the app's libraries ${linked_kb} KB, with text ${text_kb} KB, lastmile ${app_kb} KB, ratio $(awk -v a="$app_kb" -v b="$bare_kb" 'BEGIN {printf "%.2f", a/b}')"

echo
echo "== The same with large in the library (budget: as with the demo alone; a row costs O(initiatives))"
cp "$large" "$home/Documents/Lastmile/large.lastmile"
hyperfine --warmup 2 --runs "$runs" -N --export-markdown "$work/startup-large.md" \
    -n "bare Qt window (floor)" "$bin/bare_window" \
    -n "lastmile library with the demo and large" "env HOME=$home XDG_CONFIG_HOME=$home/.config $bin/lastmile --quit-after-first-paint"
app_kb=$(HOME="$home" XDG_CONFIG_HOME="$home/.config" peak "$bin/lastmile" --quit-after-first-paint)
echo "Peak memory: bare window ${bare_kb} KB, lastmile ${app_kb} KB, ratio $(awk -v a="$app_kb" -v b="$bare_kb" 'BEGIN {printf "%.2f", a/b}')"
rm -f "$home/Documents/Lastmile/large.lastmile"

echo
echo "== Open large in the app to its first painted window, then quit (budget: <= 1.5x the floor)"
hyperfine --warmup 1 --runs "$runs" -N --export-markdown "$work/open-large.md" \
    -n "sqlite3 reads every answer row (floor)" "sqlite3 $large 'SELECT * FROM answer'" \
    -n "lastmile --read-only large" "env HOME=$home XDG_CONFIG_HOME=$home/.config $bin/lastmile --read-only --quit-after-first-paint $large"

echo
echo "== Report PDF of the large workload (budget: <= 5 s, memory bounded); CPU time is what a busy machine inflates least"
report_time='%e s wall, %U s user + %S s system, peak %M KB'
/usr/bin/time -f "PDF with the appendix: $report_time" "$bin/lastmile-cli" report "$large" --output "$work/large.pdf"
/usr/bin/time -f "PDF without the appendix: $report_time" "$bin/lastmile-cli" report "$large" --no-appendix \
    --output "$work/large-short.pdf"
/usr/bin/time -f "HTML with the appendix: $report_time" "$bin/lastmile-cli" report "$large" --output "$work/large.html"
