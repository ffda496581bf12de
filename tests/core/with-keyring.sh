#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, a real Secret
# Service, in a throwaway home so the machine's own keyrings are never touched.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp"
export XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export AUTOPOD_TEST_KEYCHAIN=real
# dbus-daemon complains it cannot raise its fd limit when not root-capable; harmless.
dbus-run-session -- sh -c '
    echo -n autopod-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
