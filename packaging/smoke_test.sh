#!/usr/bin/env bash
# Smoke test of the BUILT app (not the source tree):
#
#   packaging/smoke_test.sh [BUNDLE_DIR] [SCREENSHOT_DIR]
#
# BUNDLE_DIR: the one-folder bundle (default dist/casekeeper). Screenshots go
# to SCREENSHOT_DIR (default build/smoke). Runs with a clean environment
# (no PYTHONPATH, no virtualenv, an empty HOME and data folders in a temp
# dir), from a folder outside the source tree, so that anything the bundle
# lacks fails here rather than on a caseworker's computer:
#   1. casekeeper --version and casekeeper-gui --version
#   2. casekeeper self-test: encrypted store, Cyrillic and Chinese names,
#      vault import, bundle and PDF export, bundle verification; the PDF's
#      fonts must come from the bundle
#   3. casekeeper-gui under Xvfb: the main window (demo store, unlock
#      dialog) saved as main-window.png, and again in Russian
#      (main-window-ru.png): Qt's platform plugin, fonts and translations.
# Exit 0 when all pass; otherwise the failed step is named.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/casekeeper}" && pwd)"
shots="${2:-$root/build/smoke}"
mkdir -p "$shots"
shots="$(cd "$shots" && pwd)"

cli="$bundle/casekeeper"
gui="$bundle/casekeeper-gui"
for program in "$cli" "$gui"; do
    [[ -x "$program" ]] || { echo "smoke test: $program is missing; run 'make package'" >&2; exit 1; }
done

work="$(mktemp -d -t casekeeper-smoke.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/home"
cd "$work"

# A clean environment: what a caseworker's session would have, nothing of ours.
run() {
    env -i HOME="$work/home" PATH=/usr/bin:/bin LANG="${SMOKE_LANG:-C.UTF-8}" \
        CASEKEEPER_DATA_DIR="$work/data" CASEKEEPER_CONFIG_DIR="$work/config" \
        CASEKEEPER_CACHE_DIR="$work/cache" "$@"
}

fail() { echo "smoke test FAILED at: $1" >&2; exit 1; }
step() { echo; echo "== $1"; }

step "version"
version="$(run "$cli" --version)" || fail "casekeeper --version"
echo "$version"
[[ "$version" == CaseKeeper\ * ]] || fail "casekeeper --version printed '$version'"
gui_version="$(run "$gui" --version)" || fail "casekeeper-gui --version"
[[ "$gui_version" == "$version" ]] || fail "casekeeper-gui --version printed '$gui_version'"

step "self-test"
run "$cli" self-test | tee "$work/self-test.txt" || fail "casekeeper self-test"
grep -q "bundled app" "$work/self-test.txt" || fail "self-test did not run from the bundle"
if grep -q "export a PDF report" "$work/self-test.txt" \
    && ! grep -q "^skip  export a PDF report" "$work/self-test.txt"; then
    # Every report font from the bundle, none from the system's folders.
    fonts_line="$(grep "export a PDF report" "$work/self-test.txt")"
    if grep -qE "\((/usr|/Library|/System|C:)" <<<"$fonts_line"; then
        fail "the PDF report used a system font, not the bundle's: $fonts_line"
    fi
    grep -q "_fonts" <<<"$fonts_line" || fail "the PDF report's fonts are not the bundle's"
fi

step "main window under Xvfb"
command -v xvfb-run >/dev/null || fail "xvfb-run is not installed (Debian: apt-get install xvfb xauth)"
screen() {  # $1: screenshot file; SMOKE_LANG picks the language
    rm -f "$1"
    run /usr/bin/xvfb-run -a -s "-screen 0 1280x800x24" \
        timeout 120 "$gui" --screenshot "$1" >"$work/gui.log" 2>&1 \
        || { cat "$work/gui.log" >&2; fail "casekeeper-gui --screenshot $1"; }
    [[ -s "$1" ]] || { cat "$work/gui.log" >&2; fail "no screenshot at $1"; }
    # A real picture of a window, not an empty screen: PNG of some size.
    [[ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] \
        || fail "$1 is not a PNG"
    (( $(stat -c %s "$1") > 8000 )) || fail "$1 looks blank ($(stat -c %s "$1") bytes)"
    echo "saved $1 ($(stat -c %s "$1") bytes)"
}
screen "$shots/main-window.png"
SMOKE_LANG=ru_RU.UTF-8 screen "$shots/main-window-ru.png"

echo
echo "smoke test passed: $version, bundle $(du -sh "$bundle" | cut -f1) at $bundle"
