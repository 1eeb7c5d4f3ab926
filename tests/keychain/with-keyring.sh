#!/bin/sh
# Runs a test program against a real, unlocked gnome-keyring in a private D-Bus session, with a
# temporary HOME, so that keychain tests never touch (or depend on) the user's own keyring.
#
# `gnome-keyring-daemon --unlock` reads a password on stdin and unlocks the "login" keyring with
# it, creating it (as the default collection) when it does not exist yet: exactly what a fresh
# HOME needs, without any prompt. The daemon leaves with the session bus.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 PROGRAM [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing (Debian: apt-get install dbus-daemon gnome-keyring)" >&2
        exit 1
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/opc-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home/.local/share" "$tmp/home/.config" "$tmp/home/.cache" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
# A desktop session's variables would steer QtKeychain to KWallet; the test wants libsecret.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID

dbus-run-session -- sh -c '
    set -eu
    vars=$(printf "%s" "opc-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)
    eval "$vars"
    # Printed only when it differs from $XDG_RUNTIME_DIR/keyring; export whatever was printed.
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
    OPC_TEST_KEYRING=1 "$@"
' sh "$@"
