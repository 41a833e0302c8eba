#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The desktop's own validators accept the installed desktop entry, metainfo and MIME type,
# and the manual pages render without a warning.
# Usage: validate_test.sh STAGED_USR
set -euo pipefail
usr=$1
id=org.lastmile.Lastmile

missing=()
for tool in desktop-file-validate appstreamcli xmllint man; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIPPED: not installed: ${missing[*]} (scripts/setup.sh installs them)" >&2
    exit 77
fi

status=0
desktop-file-validate "$usr/share/applications/$id.desktop" || status=1
appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml" || status=1
xmllint --noout "$usr/share/mime/packages/$id.xml" || status=1
xmllint --noout "$usr/share/icons/hicolor/scalable/apps/$id.svg" || status=1

# The desktop entry and the metainfo name the same application, icon and file type.
grep -qx "Icon=$id" "$usr/share/applications/$id.desktop" || { echo "desktop entry: Icon is not $id" >&2; status=1; }
grep -qx "Exec=lastmile %f" "$usr/share/applications/$id.desktop" || { echo "desktop entry: Exec is not 'lastmile %f'" >&2; status=1; }
grep -q "MimeType=application/x-lastmile;" "$usr/share/applications/$id.desktop" || status=1
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$usr/share/metainfo/$id.metainfo.xml" || status=1
grep -q '<mime-type type="application/x-lastmile">' "$usr/share/mime/packages/$id.xml" || status=1

# man reports every troff problem on stderr with --warnings; there must be none.
for page in lastmile lastmile-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 "$usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "$page.1: $warnings" >&2
        status=1
    fi
    if ! LC_ALL=C.UTF-8 man -l "$usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "^NAME"; then
        echo "$page.1 does not render" >&2
        status=1
    fi
done
exit $status
