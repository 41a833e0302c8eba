#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds all of Lastmile with the address and undefined-behaviour sanitizers into build-asan/ and
# runs the whole test suite there (docs/testing.md, "Sanitizers"): every layer, the GUI offscreen,
# the voting server, the repository on a real PostgreSQL server, and the programs the tests start
# (lastmile-cli, lastmile, the crash writer), which are the sanitized builds too. Any report of
# either sanitizer, or a leak outside the suppressions of tests/sanitizers/lsan.supp, fails the
# test that caused it. Only the checks that run no code of ours are left out (labels static and
# package). Arguments are passed to ctest, e.g. `-R '^gui: '`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake --preset asan
fi
start=$SECONDS
cmake --build --preset asan
echo "sanitize: build took $((SECONDS - start)) s"
start=$SECONDS
ctest --preset asan "$@"
echo "sanitize: tests took $((SECONDS - start)) s"
