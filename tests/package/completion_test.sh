#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The installed bash completion offers lastmile-cli's commands, a command's options and the
# values of an option, as bash-completion calls it.
# Usage: completion_test.sh STAGED_USR
set -uo pipefail
usr=$1

if [ ! -f /usr/share/bash-completion/bash_completion ]; then
    echo "SKIPPED: bash-completion is not installed (scripts/setup.sh installs it)" >&2
    exit 77
fi
# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1091
source "$usr/share/bash-completion/completions/lastmile-cli"

status=0
complete_line() {
    COMP_LINE=$1
    COMP_POINT=${#COMP_LINE}
    read -r -a COMP_WORDS <<<"$COMP_LINE"
    [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _lastmile_cli lastmile-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect() {
    local got
    got=$(complete_line "$1")
    if [ "$got" != "$2" ]; then
        echo "completing '$1': expected '$2', got '$got'" >&2
        status=1
    fi
}
expect "lastmile-cli re" "repo report "
expect "lastmile-cli repo " "init list pull push sync "
expect "lastmile-cli bank " "export install list validate "
expect "lastmile-cli answer f.lastmile --level " "0 1 2 3 4 dk na "
expect "lastmile-cli heatmap f.lastmile --t" "--targets "
expect "lastmile-cli report f.lastmile --page-size " "a4 letter "
expect "lastmile-cli action add f.lastmile --st" "--status "
cd "$(mktemp -d)" || exit 1
touch a.lastmile b.json c.xlsx
expect "lastmile-cli check " "a.lastmile "
expect "lastmile-cli import " "b.json "
exit $status
