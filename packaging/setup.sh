#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Installs everything autopod needs to build, test and run its demo on Debian 12.
# Idempotent: packages already present are skipped, and npm installs from the committed lockfiles.
# Runs as root, or through sudo when started by another user.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "setup: run as root or install sudo" >&2
    exit 1
fi

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang-format ccache
    # the fuzz targets: clang with libFuzzer and the sanitizer runtimes
    clang libclang-rt-14-dev
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-webengine-dev qt6-webengine-dev-tools qt6-httpserver-dev qt6-websockets-dev libgl-dev libqt6svg6
    qt6-translations-l10n
    # core libraries
    libssh-dev qtkeychain-qt6-dev libspdlog-dev libfmt-dev libcli11-dev
    # the simulator's pods: a real sshd per pod, network namespaces
    openssh-server openssh-client iproute2 util-linux procps
    # GUI tests, the tray, the keychain
    xvfb xauth trayer x11-utils gnome-keyring dbus dbus-x11 libsecret-tools
    # tests that drive a terminal; fonts so screenshots show text
    tmux fonts-dejavu-core
    # a hung process in an end-to-end test is reported with its threads' stacks
    gdb
    # packaging: PNG icons from the SVG, validators for the desktop file and AppStream metadata,
    # the .deb (dpkg-shlibdeps), man pages and completions as an installed system uses them
    librsvg2-bin desktop-file-utils appstream dpkg-dev file man-db bash-completion zsh
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# Node.js 18+ runs the simulator; the machine image may already bring a newer one.
if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 18 ]; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's openssh-server package starts a system sshd on port 22; autopod never uses it.
# The simulator starts its own sshd per pod, so nothing here depends on that service.

for dir in tests/runpod-sim; do
    if [ -f "$root/$dir/package-lock.json" ]; then
        marker="$root/$dir/node_modules/.package-lock.json"
        if [ ! -f "$marker" ] || [ "$root/$dir/package-lock.json" -nt "$marker" ]; then
            echo "setup: npm ci in $dir"
            (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error)
        fi
    fi
done

echo "setup: done"
