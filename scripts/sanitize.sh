#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds Lastmile with the address and undefined-behaviour sanitizers into build-asan/ and runs
# the tests the sanitizer run covers there (docs/testing.md, "Sanitizers"): core, samples,
# storage, text, render, the command line, and the golden files. Any report of either sanitizer, or a
# leak outside the suppressions of tests/sanitizers/lsan.supp, fails the test that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake --preset asan
fi
# Only what those tests run: the asan test preset selects them by name.
cmake --build --preset asan --target core_tests samples_tests storage_tests text_tests render_tests lastmile-cli \
    cli_tests
ctest --preset asan "$@"
