#!/bin/sh
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service) in a throwaway home, so the machine's own keyrings are never touched.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp"
export AUTOPOD_TEST_KEYCHAIN=real
"$(dirname "$0")/../../packaging/private-keyring.sh" "$@"
