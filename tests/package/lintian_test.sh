#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# lintian accepts the package: no errors (warnings are printed, not failed on).
# Usage: lintian_test.sh DEB_DIR
set -euo pipefail
out=$1

if ! command -v lintian >/dev/null; then
    echo "SKIPPED: lintian is not installed, the package was NOT checked (scripts/setup.sh installs it)" >&2
    exit 77
fi
debs=("$out"/lastmile_*.deb)
report=$(lintian --tag-display-limit 0 "${debs[0]}" 2>&1) || true
echo "$report"
if grep -q '^E: ' <<<"$report"; then
    echo "lintian reports errors on ${debs[0]}" >&2
    exit 1
fi
