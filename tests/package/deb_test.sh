#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# cpack -G DEB makes the package: installed under /usr, dependencies computed from the
# binaries by dpkg-shlibdeps, the files of a desktop application inside.
# Usage: deb_test.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$1 out=$2

rm -rf "$out"
mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
debs=("$out"/lastmile_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "expected one lastmile_*.deb in $out, found: $(ls "$out")" >&2
    exit 1
fi
deb=${debs[0]}

status=0
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libsqlite3-0 libxlsxwriter4 libc6 fonts-dejavu-core; do
    case ", $depends," in
        *", $library"[\ ,\(]*) ;;
        *) echo "Depends lacks $library: $depends" >&2; status=1 ;;
    esac
done
[ "$(dpkg-deb -f "$deb" Package)" = lastmile ] || status=1
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/lastmile ./usr/bin/lastmile-cli ./usr/share/applications/org.lastmile.Lastmile.desktop \
    ./usr/share/mime/packages/org.lastmile.Lastmile.xml ./usr/share/man/man1/lastmile-cli.1.gz \
    ./usr/share/doc/lastmile/copyright; do
    grep -q " $path\$" <<<"$contents" || { echo "the package lacks $path" >&2; status=1; }
done
# Files belong to root, and the programs are stripped.
if grep -v '^[^ ]* root/root ' <<<"$contents" | grep -q .; then
    echo "files not owned by root/root:" >&2
    grep -v '^[^ ]* root/root ' <<<"$contents" >&2
    status=1
fi
exit $status
