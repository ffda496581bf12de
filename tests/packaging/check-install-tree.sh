#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# `cmake --install` into a staging prefix, then the tree as a distribution would ship it: exactly
# the expected files (no test binaries, nothing missing), the desktop file and AppStream metadata
# valid and naming each other, icons at their sizes, man pages that render, and the metainfo's
# latest release equal to the project version.
# Usage: check-install-tree.sh <build dir> <version> <app id> <gui ON|OFF> [<stage dir>]
set -euo pipefail
build="$1" version="$2" app_id="$3" gui="$4"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
stage="${5:-$tmp/stage}"
fail=0
pass() { echo "PASS: $*"; }
failed() { echo "FAIL: $*"; fail=1; }

cmake --install "$build" --prefix "$stage/usr" >/dev/null
cd "$stage"

expected=(
    usr/bin/autopod
    usr/share/man/man1/autopod.1
    usr/share/bash-completion/completions/autopod
    usr/share/zsh/vendor-completions/_autopod
    usr/share/fish/vendor_completions.d/autopod.fish
    usr/share/doc/autopod/LICENSE
)
sizes=(16 22 24 32 48 64 128 256)
if [ "$gui" = ON ]; then
    expected+=(
        usr/bin/autopod-desktop
        usr/share/man/man1/autopod-desktop.1
        "usr/share/applications/$app_id.desktop"
        "usr/share/metainfo/$app_id.metainfo.xml"
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        usr/share/autopod/translations/autopod_de.qm
        usr/share/autopod/translations/autopod_en.qm
        usr/share/doc/autopod/xterm.js/LICENSE.xterm
        usr/share/doc/autopod/xterm.js/LICENSE.addon-fit
    )
    for s in "${sizes[@]}"; do expected+=("usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png"); done
fi
diff <(printf '%s\n' "${expected[@]}" | sort) <(find . -type f -printf '%P\n' | sort) >"$tmp/diff" &&
    pass "the staged tree holds exactly the ${#expected[@]} expected files" ||
    { failed "the staged tree differs from the expected files (< missing, > unexpected):"; cat "$tmp/diff"; }

[ -x usr/bin/autopod ] && usr/bin/autopod --version | grep -q "^autopod $version " &&
    pass "installed autopod --version says $version" || failed "installed autopod --version"

for page in usr/share/man/man1/*.1; do
    MANWIDTH=100 man --warnings -l "$page" >/dev/null 2>"$tmp/warnings"
    [ -s "$tmp/warnings" ] && failed "$page renders with warnings: $(cat "$tmp/warnings")" || pass "$page renders"
done

if [ "$gui" = ON ]; then
    desktop="usr/share/applications/$app_id.desktop"
    metainfo="usr/share/metainfo/$app_id.metainfo.xml"
    desktop-file-validate "$desktop" >"$tmp/dfv" 2>&1 && [ ! -s "$tmp/dfv" ] &&
        pass "desktop-file-validate $desktop" || { failed "desktop-file-validate $desktop"; cat "$tmp/dfv"; }
    appstreamcli validate --no-net --pedantic "$metainfo" >"$tmp/asv" 2>&1 &&
        pass "appstreamcli validate $metainfo" || { failed "appstreamcli validate $metainfo"; cat "$tmp/asv"; }
    id="$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo")"
    [ "$id" = "$app_id" ] && pass "AppStream id is $app_id" || failed "AppStream id is '$id', not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" &&
        pass "metainfo launches $app_id.desktop" || failed "metainfo's launchable is not $app_id.desktop"
    grep -qx "Icon=$app_id" "$desktop" && pass "desktop file's icon is $app_id" || failed "desktop file's Icon is not $app_id"
    grep -qx "Exec=autopod-desktop" "$desktop" && [ -x usr/bin/autopod-desktop ] &&
        pass "desktop file starts the installed autopod-desktop" || failed "desktop file's Exec"
    release="$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)"
    [ "$release" = "$version" ] && pass "latest release in the metainfo is $version (project version)" ||
        failed "latest release in the metainfo is '$release', the project version is $version"
    grep -q '<url type="homepage">https://' "$metainfo" && grep -q '<developer_name>' "$metainfo" &&
        grep -q '<content_rating type="oars-1' "$metainfo" && grep -q '<screenshot type="default">' "$metainfo" &&
        pass "metainfo has homepage, developer, content rating and a screenshot" ||
        failed "metainfo lacks homepage, developer, content rating or screenshot"
    shot="$(sed -n 's:.*<image>https\?\://raw.githubusercontent.com/[^/]*/[^/]*/[^/]*/\(.*\)</image>.*:\1:p' "$metainfo" | head -1)"
    [ -n "$shot" ] && [ -f "$AUTOPOD_SOURCE_DIR/$shot" ] && pass "the screenshot $shot is in the repository" ||
        failed "the metainfo's screenshot '$shot' is not in the repository"
    for s in "${sizes[@]}"; do
        png="usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png"
        file "$png" | grep -q "PNG image data, $s x $s," && pass "$png is ${s}x${s}" || failed "$png: $(file -b "$png")"
    done
    usr/bin/autopod-desktop --version | grep -q "^autopod-desktop $version" &&
        pass "installed autopod-desktop --version says $version" || failed "installed autopod-desktop --version"
fi
exit $fail
