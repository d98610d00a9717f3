#!/usr/bin/env bash
# Make sure the Debian packages in scripts/debian-packages.txt are installed.
#
#   scripts/ensure-debian-packages.sh [PYTHON]
#
# Checks each package with dpkg-query (cheap, no network, no root). If some are
# missing: as root, runs `apt-get update` once and installs only those; as
# anyone else, prints the exact `sudo apt-get install -y ...` line and exits 1.
# PYTHON, if given, is the interpreter that will create .venv: when it is
# Debian's own Python without ensurepip, pythonX.Y-venv is needed as well.
# On a system without dpkg (macOS, other distributions) it only prints a note.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
list="$here/debian-packages.txt"
python="${1:-}"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-based system (no dpkg-query): skipping the Debian package check." >&2
    echo "Make sure Qt's runtime libraries, fonts, minisign, age, poppler-utils and Xvfb" >&2
    echo "are installed by other means (the Debian names are in $list)." >&2
    exit 0
fi

mapfile -t wanted < <(sed 's/#.*//' "$list" | tr -s '[:space:]' '\n' | sed '/^$/d')

if [[ -n "$python" ]] && command -v "$python" >/dev/null 2>&1 \
    && [[ "$("$python" -c 'import sys; print(sys.prefix)' 2>/dev/null)" == /usr ]] \
    && ! "$python" -c 'import ensurepip' >/dev/null 2>&1; then
    wanted+=("python$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv")
fi

find_missing() {
    # One dpkg-query for all (same answer as `dpkg-query -W -f='${Status}' PKG`
    # per package, much faster); unknown packages print nothing and count as missing.
    local installed pkg
    installed=" $({ dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true; } \
        | awk '$2 == "install" && $3 == "ok" && $4 == "installed" { print $1 }' | tr '\n' ' ') "
    missing=()
    for pkg in "${wanted[@]}"; do
        [[ "$installed" == *" $pkg "* ]] || missing+=("$pkg")
    done
}

find_missing
if ((${#missing[@]} == 0)); then
    echo "Debian packages: all ${#wanted[@]} needed are installed."
    exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
    {
        echo
        echo "CaseKeeper needs these Debian packages, which are not installed:"
        echo "    ${missing[*]}"
        echo "Install them (as an administrator), then run make again:"
        echo "    sudo apt-get update"
        echo "    sudo apt-get install -y ${missing[*]}"
        echo
    } >&2
    exit 1
fi

echo "Installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get -q update
apt-get -q install -y --no-install-recommends "${missing[@]}"

find_missing
if ((${#missing[@]} > 0)); then
    echo "apt-get finished but these packages are still not installed: ${missing[*]}" >&2
    exit 1
fi
echo "Debian packages: all ${#wanted[@]} needed are installed."
