#!/usr/bin/env bash
# The Debian package as a user gets it: build the .deb and .tar.gz from the build tree, check
# what they carry, install the .deb with apt, run the installed programs, and remove it again.
# It also proves that Depends is complete: every library the programs open at run time
# (plugins, libsecret, OpenSSL) must belong to a package the .deb depends on.
#   deb-install-check.sh BUILD_DIR
# Needs root (it installs a package), as ./dev.sh does for its Debian packages.
set -euo pipefail

build_dir="$(cd "${1:?usage: deb-install-check.sh BUILD_DIR}" && pwd)"
package=operator-console

fail() {
    printf 'deb-install-check: %s\n' "$*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "installing the .deb needs root; run the suite as root (as CI does)"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    fail "$package is already installed on this machine; remove it first (apt-get remove $package)"
fi

work="$(mktemp -d)"
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q --purge "$package" >/dev/null 2>&1 || true
    fi
    [ -z "${sandbox_pid:-}" ] || kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# --- build ------------------------------------------------------------------------------------
timeout 180 cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack could not build the packages"; }
deb="$(find "$work/out" -maxdepth 1 -name '*.deb' -print -quit)"
tgz="$(find "$work/out" -maxdepth 1 -name '*.tar.gz' -print -quit)"
[ -n "$deb" ] || fail "cpack built no .deb"
[ -n "$tgz" ] || fail "cpack built no .tar.gz"

# --- what the packages carry ------------------------------------------------------------------
dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$work/deb-files"
tar -tzf "$tgz" | sed 's|^[^/]*/|/usr/|' >"$work/tgz-files"
icon_sizes=(16 24 32 48 64 128 256 512)
expected=(
    /usr/bin/operator-console /usr/bin/operator-cli /usr/bin/crm-sandbox
    /usr/share/applications/operator-console.desktop
    /usr/share/icons/hicolor/scalable/apps/operator-console.svg
)
for size in "${icon_sizes[@]}"; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/operator-console.png")
done
for file in "${expected[@]}"; do
    grep -qx -- "$file" "$work/deb-files" || fail "the .deb lacks $file"
    grep -qx -- "$file" "$work/tgz-files" || fail "the .tar.gz lacks $file"
done

dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/operator-console.desktop" \
    || fail "the .desktop file is not valid"
for size in "${icon_sizes[@]}"; do
    png="$work/root/usr/share/icons/hicolor/${size}x${size}/apps/operator-console.png"
    # Width and height are the two big-endian 32-bit numbers at bytes 16..23 of a PNG.
    dims="$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }')"
    [ "$dims" = "${size}x${size}" ] || fail "the ${size}px icon is $dims pixels"
done

# The description apt shows: the summary once, then the long text as a paragraph.
description="$(dpkg-deb -f "$deb" Description)"
[ "$(grep -c 'customer-care team' <<<"$description")" -eq 1 ] \
    || fail "the package's summary is not exactly once in its description: $description"
grep -q '^ Guided wizards' <<<"$description" || fail "the long description is malformed: $description"

# --- install and run --------------------------------------------------------------------------
# Marked before the install: a half-configured package must be purged too.
installed=1
DEBIAN_FRONTEND=noninteractive timeout 120 apt-get install -y -q --no-install-recommends "$deb" \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get could not install $deb"; }
[ -x /usr/bin/operator-console ] || fail "/usr/bin/operator-console is missing after the install"

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
version="$(/usr/bin/operator-cli --version)" || fail "operator-cli --version failed"
expected_version="$(dpkg-deb -f "$deb" Version)"
case "$version" in
*"$expected_version"*) ;;
*) fail "operator-cli --version printed '$version', expected version $expected_version" ;;
esac

# In Russian: our strings are built in, Qt's own (here QCommandLineParser's) come from Debian's
# qt6-translations-l10n, which Depends must have brought.
help_ru="$(LANG=ru_RU.UTF-8 LC_ALL=ru_RU.UTF-8 LANGUAGE=ru /usr/bin/operator-console --help)" \
    || fail "operator-console --help failed after the install"
case "$help_ru" in
*"Консоль оператора"*) ;;
*) fail "the installed console's help is not in Russian: $help_ru" ;;
esac
case "$help_ru" in
*"Вывод справки"*) ;;
*) fail "Qt's own strings are not in Russian (is qtbase_ru.qm installed?): $help_ru" ;;
esac

# LD_DEBUG=files names every shared object a program loads ("calling init: PATH"), the ones
# opened with dlopen() included.
traced() {
    local name="$1"
    shift
    env LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld-$name" timeout 60 "$@"
}
run_traced() {
    local name="$1"
    shift
    traced "$name" "$@" >"$work/$name.log" 2>&1 \
        || { cat "$work/$name.log" >&2; fail "'$*' failed after the install"; }
}
run_traced smoke /usr/bin/operator-console --smoke
# Signing in to the built-in sandbox opens the SQLite driver and the TLS plugin.
run_traced signed-in /usr/bin/operator-console --smoke-signed-in --sandbox --sandbox-db "$work/sandbox.db"

# The installed crm-sandbox, and the installed CLI keeping its token in a real keychain
# (libsecret over D-Bus; the keychain tests' own wrapper provides gnome-keyring).
exec 3< <(exec /usr/bin/crm-sandbox --listen 127.0.0.1:0 --db :memory: --fixture demo 2>"$work/sandbox.err")
sandbox_pid=$!
read -r -t 60 first_line <&3 || { cat "$work/sandbox.err" >&2; fail "the installed crm-sandbox did not start"; }
crm_url="${first_line#listening on }"
[ "$crm_url" != "$first_line" ] || fail "crm-sandbox printed '$first_line' instead of its address"
keyring="$(dirname "$0")/../keychain/with-keyring.sh"
timeout 120 "$keyring" sh -c '
    printf "demo-agent-token\n" | env LD_DEBUG=files LD_DEBUG_OUTPUT="$1/ld-login" \
        /usr/bin/operator-cli --crm "$2" login --token-stdin &&
    env LD_DEBUG=files LD_DEBUG_OUTPUT="$1/ld-whoami" /usr/bin/operator-cli --crm "$2" whoami
' sh "$work" "$crm_url" >"$work/cli.log" 2>&1 \
    || { cat "$work/cli.log" >&2; fail "the installed operator-cli could not sign in with the keychain"; }
grep -q 'u-agent' "$work/cli.log" || { cat "$work/cli.log" >&2; fail "whoami did not name the demo agent"; }
kill "$sandbox_pid" 2>/dev/null || fail "the installed crm-sandbox ended on its own: $(cat "$work/sandbox.err")"
sandbox_pid=
exec 3<&-

# --- Depends covers everything opened at run time ----------------------------------------------
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "$package" 2>/dev/null \
    | grep -v '^ ' | tr -d '<>' | sed 's/:.*//' | sort -u >"$work/closure"
grep -qx "$package" "$work/closure" || fail "apt-cache does not list the installed $package"
sed -n 's/.*calling init: \(.*\)$/\1/p' "$work"/ld-* | sort -u >"$work/loaded"
# The check must have seen the pieces it exists for, or it proves nothing.
for piece in sqldrivers/libqsqlite platforms/libqoffscreen tls/libqopenssl libsecret-1 libssl; do
    grep -q "$piece" "$work/loaded" || fail "$piece was never loaded: the run-time check saw too little"
done
missing=()
while read -r library; do
    path="$(readlink -f "$library")"
    owner="$(dpkg -S "$path" 2>/dev/null || dpkg -S "${path#/usr}" 2>/dev/null || true)"
    owner="${owner%%:*}"
    [ -n "$owner" ] || fail "$library is loaded at run time but belongs to no package"
    grep -qx "$owner" "$work/closure" || missing+=("$library ($owner)")
done <"$work/loaded"
[ ${#missing[@]} -eq 0 ] || fail "loaded at run time but not in the package's dependencies: ${missing[*]}"

# --- remove -----------------------------------------------------------------------------------
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q --purge "$package" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get could not remove $package"; }
installed=0
for file in "${expected[@]}"; do
    [ ! -e "$file" ] || fail "$file is still there after the package was removed"
done
echo "deb-install-check: $(basename "$deb") built, installed, ran and removed;" \
    "$(wc -l <"$work/loaded") shared objects loaded at run time, all covered by Depends"
