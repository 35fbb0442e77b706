#!/usr/bin/env bash
# Fails when a translations/*.ts file is out of date with the sources (lupdate would change it) or
# has an unfinished, vanished or obsolete entry.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in translations/postwright_*.ts; do
    # English needs only its plural forms ("1 post", "2 posts").
    only=(); [[ "$ts" == *_en.ts ]] && only=(-pluralonly)
    copy="$scratch/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" "${only[@]}" -silent -no-obsolete -locations none -source-language en src ui -ts "$copy" 2> >(grep -v "lacks Q_OBJECT macro" >&2)
    if ! diff -u "$ts" "$copy" >"$scratch/diff"; then
        echo "$ts is out of date with the sources; run scripts/update-translations.sh and translate:"
        head -40 "$scratch/diff"
        status=1
    fi
    unfinished=$(grep -c -E 'type="(unfinished|vanished|obsolete)"' "$ts" || true)
    if [[ "$unfinished" != 0 ]]; then
        echo "$ts has $unfinished unfinished, vanished or obsolete entries:"
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep '<source>' | head -20
        status=1
    fi
    messages=$(grep -c '<message' "$ts")
    echo "$ts: $messages messages, $unfinished unfinished"
done
# Messages are looked up at run time under the context the code names: each must be a context of
# the .ts files, or its messages would never be translated.
for context in $( (grep -rhoE 'translate\("[A-Za-z:]+"' src | sed -E 's/.*\("([^"]+)"/\1/'
    grep -rhoE 'Q_DECLARE_TR_FUNCTIONS\([A-Za-z:]+\)' src | sed -E 's/.*\(([^)]+)\)/\1/') | sort -u); do
    if ! grep -q "<name>$context</name>" translations/postwright_de.ts; then
        echo "the code translates under the context $context, which no .ts file has"
        status=1
    fi
done
exit $status
