#!/usr/bin/env bash
# Signs operator-console.app and its DMG with a Developer ID and notarises the DMG. CPack runs it
# (CPackSign.cmake) before and after building the DMG; a release engineer can run it by hand.
#   sign-and-notarize.sh app PATH/operator-console.app   sign every binary inside out, then the app
#   sign-and-notarize.sh dmg PATH/operator-console.dmg   sign the DMG, notarise it, staple it
#
# Environment (CI passes its secrets in these):
#   OPC_MACOS_SIGN_IDENTITY  the "Developer ID Application: … (TEAMID)" identity, or its SHA-1,
#                            from a keychain in the search list. Unset: an unsigned developer
#                            build; the app is signed ad hoc, which Apple silicon needs to run it,
#                            and Gatekeeper will refuse it on other Macs until it is opened with
#                            right-click → Open.
#   Notarisation of the DMG (only with an identity), either an Apple ID:
#     OPC_NOTARY_APPLE_ID, OPC_NOTARY_TEAM_ID, OPC_NOTARY_PASSWORD (an app-specific password)
#   or an App Store Connect API key:
#     OPC_NOTARY_KEY_PATH (the .p8 file), OPC_NOTARY_KEY_ID, OPC_NOTARY_ISSUER_ID
#   Unset: the DMG is signed but not notarised, and says so.
set -euo pipefail

usage() {
    echo "usage: $0 app PATH.app | dmg PATH.dmg" >&2
    exit 2
}
[ $# -eq 2 ] || usage
mode=$1
target=$2
[ -e "$target" ] || { echo "sign-and-notarize: no such file: $target" >&2; exit 2; }
identity=${OPC_MACOS_SIGN_IDENTITY:-}

# --timestamp: Apple's time stamp, which notarisation requires; --options runtime: the hardened
# runtime, likewise. The console needs no exception from it (no JIT, no unsigned plug-ins: every
# Qt plug-in in the bundle is signed here too).
sign() {
    codesign --force --timestamp --options runtime --sign "$identity" "$@"
}

sign_app() {
    local app=$1
    if [ -z "$identity" ]; then
        echo "sign-and-notarize: OPC_MACOS_SIGN_IDENTITY is not set, so this is an unsigned" \
             "developer build; signing $app ad hoc."
        codesign --force --deep --sign - "$app"
        codesign --verify --deep --strict "$app"
        return
    fi
    echo "sign-and-notarize: signing $app as $identity"
    # Inside out: a container's signature seals the signatures of what it holds, so those come
    # first. Loose libraries and plug-ins, then frameworks as bundles (which signs their
    # Versions/Current binary), then the helper programs, then the app (its main program).
    local item
    while IFS= read -r -d '' item; do
        sign "$item"
    done < <(find "$app/Contents/Frameworks" "$app/Contents/PlugIns" -type f -name '*.dylib' \
                  -print0 2>/dev/null)
    while IFS= read -r -d '' item; do
        sign "$item"
    done < <(find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0 2>/dev/null)
    local main
    main=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$app/Contents/Info.plist")
    while IFS= read -r -d '' item; do
        [ "$(basename "$item")" = "$main" ] || sign "$item"
    done < <(find "$app/Contents/MacOS" -type f -perm -u+x -print0)
    sign "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
}

notarise() {
    local dmg=$1
    local credentials=()
    if [ -n "${OPC_NOTARY_KEY_PATH:-}" ]; then
        credentials=(--key "$OPC_NOTARY_KEY_PATH" --key-id "${OPC_NOTARY_KEY_ID:?}"
                     --issuer "${OPC_NOTARY_ISSUER_ID:?}")
    elif [ -n "${OPC_NOTARY_APPLE_ID:-}" ]; then
        credentials=(--apple-id "$OPC_NOTARY_APPLE_ID" --team-id "${OPC_NOTARY_TEAM_ID:?}"
                     --password "${OPC_NOTARY_PASSWORD:?}")
    else
        echo "sign-and-notarize: no OPC_NOTARY_* credentials, so $dmg is signed but not" \
             "notarised; Gatekeeper will warn on first open."
        return
    fi
    echo "sign-and-notarize: notarising $dmg (this waits for Apple, usually a few minutes)"
    local result status=0
    # Not under set -e's control: a failed submission (bad credentials, the time limit) must
    # still print what notarytool said and fetch the log.
    result=$(xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --timeout 30m \
                 --output-format json) || status=$?
    echo "$result"
    # notarytool exits 0 for a finished submission whatever its verdict: read the verdict.
    if [ "$status" -ne 0 ] || ! printf '%s' "$result" | grep -Eq '"status" *: *"Accepted"'; then
        local id
        id=$(printf '%s' "$result" | sed -nE 's/.*"id" *: *"([^"]+)".*/\1/p')
        [ -z "$id" ] || xcrun notarytool log "$id" "${credentials[@]}" || true
        echo "sign-and-notarize: Apple did not accept $dmg (notarytool exit code $status)" >&2
        exit 1
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
}

sign_dmg() {
    local dmg=$1
    if [ -z "$identity" ]; then
        echo "sign-and-notarize: OPC_MACOS_SIGN_IDENTITY is not set, so $dmg stays unsigned" \
             "(a developer build)."
        return
    fi
    echo "sign-and-notarize: signing $dmg as $identity"
    codesign --force --timestamp --sign "$identity" "$dmg"
    codesign --verify --strict --verbose=2 "$dmg"
    notarise "$dmg"
}

case "$mode" in
    app) sign_app "$target" ;;
    dmg) sign_dmg "$target" ;;
    *) usage ;;
esac
