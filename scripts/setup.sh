#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages Lastmile needs to build, test and run; installs nothing
# that is already there. Works as root, or as a normal user through sudo.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    libsqlite3-dev libsqlitecpp-dev nlohmann-json3-dev
    qt6-base-dev qt6-svg-dev qt6-websockets-dev libqrencode-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n locales
    libxlsxwriter-dev libpng-dev
    catch2
    fonts-dejavu-core
    # Report text in every script: DejaVu for Latin, Greek, Cyrillic, Arabic and Hebrew; Droid Sans
    # Fallback for Chinese and Japanese; Nanum for Korean; Symbola for emoji in outline. The colour
    # emoji font is installed too, so the tests prove a report never picks it (a PDF embeds it as
    # pictures with no text behind them).
    fonts-droid-fallback fonts-nanum fonts-symbola fonts-noto-color-emoji
    poppler-utils qpdf libqpdf-dev
    python3-openpyxl
    librsvg2-bin desktop-file-utils appstream libxml2-utils shared-mime-info bash-completion
    file dpkg-dev lintian man-db
    # The phone voting test drives a real browser over the DevTools protocol.
    chromium python3-websockets
    # The team repository: its client library, and a real server the tests start in a temporary folder.
    libpqxx-dev postgresql-15
    # The format check (scripts/format.sh): clang-format 14 exactly, as .clang-format is written for it.
    clang-format-14
)

# The German locale, for the tests that check files and figures do not depend on it.
german_locale() {
    if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
        "${as_root[@]}" sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
        "${as_root[@]}" locale-gen
    fi
}

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
elif [ ${#missing[@]} -eq 0 ]; then
    exit 0
else
    echo "setup: these packages are missing: ${missing[*]}" >&2
    echo "setup: run this script as root, or install sudo, to install them" >&2
    exit 1
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
german_locale
