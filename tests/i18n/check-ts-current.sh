#!/bin/sh
# Fails when the code holds a user-visible string the Russian translation does not have yet:
# lupdate is run over the sources into a copy of the Russian .ts file, and any entry that comes
# out unfinished is one the translators have not seen.
#   check-ts-current.sh LUPDATE SOURCE_DIR
set -eu
lupdate="$1"
src="$2"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/opc-ts.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/operator_console_ru.ts" "$tmp/ru.ts"
find "$src/app" "$src/ui" \( -name '*.cpp' -o -name '*.h' \) > "$tmp/files.lst"
"$lupdate" -silent -no-obsolete -locations none -I "$src" -I "$src/app" -I "$src/tests" \
    "@$tmp/files.lst" -ts "$tmp/ru.ts"
missing=$(grep -c 'type="unfinished"' "$tmp/ru.ts" || true)
if [ "$missing" != "0" ]; then
    echo "$missing string(s) in the code have no Russian translation yet:"
    grep -B3 'type="unfinished"' "$tmp/ru.ts" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//'
    echo "Run: cmake --build build --target opc_translations_lupdate, then translate them"
    echo "(tools/ts-translate.py helps)."
    exit 1
fi
echo "every string in the code has its Russian translation"
