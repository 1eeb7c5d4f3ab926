#!/usr/bin/env bash
# One entry point for developers and CI.
#   ./dev.sh run    install what is missing, build, start the console on the built-in sandbox CRM
#   ./dev.sh test   install what is missing, build, run the whole suite through ctest
#   ./dev.sh bench  install what is missing, build (release), print the benchmarks
#   ./dev.sh build  install what is missing and build
#   ./dev.sh deps   only install the Debian packages the build, tests and benchmarks need
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
build_dir="${OPC_BUILD_DIR:-$here/build}"

# Debian 12 packages: build tools, Qt 6, QtKeychain; run-time pieces loaded as plugins or
# services (SQLite driver, libsecret, gnome-keyring, D-Bus); Xvfb for real windows in tests.
packages=(
    build-essential cmake ninja-build pkg-config git python3 clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl-dev
    libsecret-1-0 gnome-keyring dbus-daemon dbus-x11
    libqt6svg6 qt6-translations-l10n xvfb xauth time  # svg: the build renders the icons
    dpkg-dev desktop-file-utils  # the .deb check: dpkg-shlibdeps, desktop-file-validate
)

log() { printf '%s\n' "dev.sh: $*" >&2; }

install_deps() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        log "missing Debian packages: ${missing[*]}"
        log "install them as root: apt-get install ${missing[*]}"
        exit 1
    fi
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_TYPE DIR
configure_and_build() {
    local build_type="$1" dir="$2"
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S "$here" -B "$dir" -G Ninja \
        -DCMAKE_BUILD_TYPE="$build_type" \
        -DOPC_WARNINGS_AS_ERRORS="${OPC_WARNINGS_AS_ERRORS:-$werror}" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

has_display() {
    [ -n "${QT_QPA_PLATFORM:-}" ] || [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
deps)
    install_deps
    ;;
build)
    install_deps
    configure_and_build RelWithDebInfo "$build_dir"
    ;;
run)
    install_deps
    configure_and_build RelWithDebInfo "$build_dir"
    if ! has_display; then
        log "there is no display to show the console on."
        log "run it under a virtual display:   xvfb-run -a ./dev.sh run"
        log "or without any window at all:      QT_QPA_PLATFORM=offscreen ./dev.sh run"
        exit 2
    fi
    exec "$build_dir/bin/operator-console" --sandbox "$@"
    ;;
test)
    install_deps
    configure_and_build RelWithDebInfo "$build_dir"
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 300 "$@"
    ;;
bench)
    install_deps
    # Its own folder: switching one folder between build types would rebuild everything.
    configure_and_build Release "$build_dir-release"
    "$here/tests/bench/run-bench.sh" "$build_dir-release" "$@"
    ;;
*)
    echo "usage: ./dev.sh run|test|bench|build|deps" >&2
    exit 2
    ;;
esac
