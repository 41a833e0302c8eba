#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds Lastmile with the address and undefined-behaviour sanitizers into build-asan/ and runs
# the test suite there (docs/testing.md). Any report of either sanitizer, or a leak outside the
# narrow suppressions of tests/sanitizers/lsan.supp, fails the test that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake --preset asan
fi
cmake --build --preset asan
ctest --preset asan "$@"
