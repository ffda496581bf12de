#!/bin/sh
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Runs a command inside a private D-Bus session whose Secret Service is a gnome-keyring unlocked
# with a throwaway password, keeping its keyring files under $HOME (set HOME to a throwaway
# directory first). Used by the demo, benchmarks and tests so that nothing reads or overwrites the
# keychain entries of the real desktop session, and nothing waits on an unlock prompt nobody sees.
# Without gnome-keyring the session has no Secret Service and autopod falls back to config.json.
set -eu
export XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache" XDG_CONFIG_HOME="$HOME/.config"
export XDG_RUNTIME_DIR="$HOME/.run"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
# dbus-daemon may warn that it cannot raise its fd limit; harmless.
exec dbus-run-session -- sh -c '
    if command -v gnome-keyring-daemon >/dev/null 2>&1; then
        head -c 24 /dev/urandom | base64 | tr -d "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    fi
    exec "$@"' sh "$@"
