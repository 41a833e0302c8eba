#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, then configures (once) and builds Lastmile into build/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
if [ ! -f build/CMakeCache.txt ]; then
    cmake --preset default
fi
cmake --build --preset default
