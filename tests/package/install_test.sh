#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the build into a staging folder with prefix /usr, as a package would, and checks
# that everything is in its standard place and that the installed programs run.
# Usage: install_test.sh CMAKE BUILD_DIR STAGING_DIR
set -euo pipefail
cmake=$1 build=$2 staging=$3

rm -rf "$staging"
DESTDIR="$staging" "$cmake" --install "$build" --prefix /usr >/dev/null
usr=$staging/usr
id=org.lastmile.Lastmile

status=0
expect() {
    if [ ! -s "$usr/$1" ]; then
        echo "missing or empty after install: /usr/$1" >&2
        status=1
    fi
}
expect bin/lastmile
expect bin/lastmile-cli
expect share/lastmile/question-banks/lastmile-core.json
expect share/applications/$id.desktop
expect share/mime/packages/$id.xml
expect share/metainfo/$id.metainfo.xml
expect share/icons/hicolor/scalable/apps/$id.svg
for size in 16 22 24 32 48 64 128 256 512; do
    expect share/icons/hicolor/${size}x${size}/apps/$id.png
done
expect share/man/man1/lastmile.1.gz
expect share/man/man1/lastmile-cli.1.gz
expect share/bash-completion/completions/lastmile-cli
expect share/doc/lastmile/copyright
expect share/doc/lastmile/changelog.gz
expect share/doc/lastmile/cli.md

# The app's modules (src/modules), in Lastmile's own folder of the library directory.
for module in pdf workbook print repository voting; do
    if [ -z "$(find "$usr/lib" -path "*/lastmile/lastmile-$module.so" -size +0)" ]; then
        echo "missing after install: the module lastmile-$module.so under /usr/lib/…/lastmile" >&2
        status=1
    fi
done

# Nothing outside /usr, and no build or test programs.
if [ -n "$(find "$staging" -mindepth 1 -maxdepth 1 ! -name usr)" ]; then
    echo "installed outside /usr: $(find "$staging" -mindepth 1 -maxdepth 1 ! -name usr)" >&2
    status=1
fi
if [ "$(ls "$usr/bin")" != "$(printf 'lastmile\nlastmile-cli')" ]; then
    echo "unexpected programs in /usr/bin: $(ls "$usr/bin" | tr '\n' ' ')" >&2
    status=1
fi

# The PNG icons are the sizes their folders say.
for size in 16 48 256; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    if [ -s "$png" ] && ! file "$png" | grep -q "PNG image data, $size x $size"; then
        echo "$png: $(file -b "$png"), expected $size x $size" >&2
        status=1
    fi
done

# The installed programs run, and the shipped bank is valid.
version=$("$usr/bin/lastmile-cli" --version)
case $version in
    *[0-9].[0-9]*) ;;
    *) echo "lastmile-cli --version printed: $version" >&2; status=1 ;;
esac
QT_QPA_PLATFORM=offscreen "$usr/bin/lastmile" --version >/dev/null
"$usr/bin/lastmile-cli" bank validate "$usr/share/lastmile/question-banks/lastmile-core.json" >/dev/null
exit $status
