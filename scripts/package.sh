#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package: installs what is missing, builds Lastmile in build/, and has
# CPack make dist/lastmile_<version>_<arch>.deb, then checks it with lintian.
# Install it with: sudo apt-get install ./dist/lastmile_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh
rm -rf dist
mkdir -p dist
cpack -G DEB --config build/CPackConfig.cmake -B dist
rm -rf dist/_CPack_Packages
deb=$(ls dist/lastmile_*.deb)
if command -v lintian >/dev/null; then
    lintian "$deb"
fi
echo "package: $deb"
echo "install: sudo apt-get install ./$deb"
