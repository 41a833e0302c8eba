#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and opens Lastmile on the default workspace: the demo
# engagement in the Lastmile folder of your documents, written there on first run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

workspace="${XDG_DOCUMENTS_DIR:-$HOME/Documents}/Lastmile"
demo="$workspace/Northgate Distribution (demo).lastmile"
mkdir -p "$workspace"
if [ ! -f "$demo" ]; then
    build/bin/lastmile-cli demo "$demo"
fi

build/bin/lastmile-cli check "$demo"
echo
build/bin/lastmile-cli score "$demo" "$@"
