#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and opens Lastmile on the default workspace: the demo
# engagement in the Lastmile folder of your documents, written there on first start.
# Without a display, checks the demo and prints its scores with the command line instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/bin/lastmile --demo "$@"
fi

workspace="${XDG_DOCUMENTS_DIR:-$HOME/Documents}/Lastmile"
demo="$workspace/Northgate Distribution (demo).lastmile"
mkdir -p "$workspace"
if [ ! -f "$demo" ]; then
    build/bin/lastmile-cli demo "$demo"
fi
echo "No display: showing the demo engagement with lastmile-cli (start build/bin/lastmile on a desktop)."
build/bin/lastmile-cli check "$demo"
echo
build/bin/lastmile-cli score "$demo"
