#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The installed MIME type, compiled as the desktop compiles it, names a Lastmile file by its
# extension and by its content (the SQLite application id "LMST"), and leaves other SQLite
# databases alone.
# Usage: mime_test.sh STAGED_USR MIME_PROBE
set -euo pipefail
usr=$1 probe=$2

if ! command -v update-mime-database >/dev/null; then
    echo "SKIPPED: update-mime-database is not installed (Debian shared-mime-info; scripts/setup.sh installs it)" >&2
    exit 77
fi
if [ ! -f /usr/share/mime/packages/freedesktop.org.xml ]; then
    echo "SKIPPED: shared-mime-info's freedesktop.org.xml is not installed (scripts/setup.sh installs it)" >&2
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One database compiled from the system's types and Lastmile's, as after installing the package.
mkdir -p "$work/share/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$usr"/share/mime/packages/*.xml "$work/share/mime/packages/"
update-mime-database "$work/share/mime" 2>/dev/null # it notes that the folder is not searched yet

"$usr/bin/lastmile-cli" demo "$work/northgate.lastmile"
cp "$work/northgate.lastmile" "$work/northgate-renamed"
cp "$work/northgate.lastmile" "$work/other.sqlite"
# The same database with application id 0: an SQLite file of some other program.
printf '\0\0\0\0' | dd of="$work/other.sqlite" bs=1 seek=68 conv=notrunc status=none

export XDG_DATA_HOME=$work/home XDG_DATA_DIRS=$work/share
status=0
check() {
    local expected=$1
    shift
    local got
    got=$("$probe" "$@")
    if [ "$got" != "$expected" ]; then
        echo "${*: -1}: expected $expected, got $got" >&2
        status=1
    fi
}
check application/x-lastmile "$work/northgate.lastmile"
check application/x-lastmile --content "$work/northgate.lastmile"
check application/x-lastmile --content "$work/northgate-renamed"
check application/vnd.sqlite3 --content "$work/other.sqlite"
exit $status
