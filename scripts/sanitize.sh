#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds Lastmile with the address and undefined-behaviour sanitizers into build-asan/ and runs
# tests there (docs/testing.md, "Sanitizers"). Any report of either sanitizer, or a leak outside
# the suppressions of tests/sanitizers/lsan.supp, fails the test that caused it.
#
#   scripts/sanitize.sh          what CI runs: core, samples, storage (with the crash test), text,
#                                render, session, the command line and the golden files
#   scripts/sanitize.sh --all    the whole suite: also the GUI, i18n and repository tests
#
# Further arguments are passed to ctest, e.g. `-R '^session: '`.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=asan
if [ "${1:-}" = "--all" ]; then
    preset=asan-all
    shift
fi
bash scripts/setup.sh
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake --preset asan
fi
start=$SECONDS
if [ "$preset" = asan-all ]; then
    cmake --build --preset asan
else
    # Only what those tests run and start.
    cmake --build --preset asan --target core_tests samples_tests storage_tests storage_crash_tests crash_writer \
        text_tests render_tests lastmile-cli cli_tests session_tests room_round_test
fi
echo "sanitize: build took $((SECONDS - start)) s"
start=$SECONDS
ctest --preset "$preset" "$@"
echo "sanitize: tests took $((SECONDS - start)) s"
