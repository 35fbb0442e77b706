#!/usr/bin/env bash
# Updates translations/*.ts from the sources and forms (new strings come in unfinished, removed
# ones go). Translate the new entries with Qt Linguist, then commit. The test
# translations_up_to_date runs the same lupdate and fails when a .ts file differs or is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
for ts in translations/postwright_*.ts; do
    # English needs only its plural forms ("1 post", "2 posts").
    only=(); [[ "$ts" == *_en.ts ]] && only=(-pluralonly)
    "$lupdate" "${only[@]}" -silent -no-obsolete -locations none -source-language en src ui -ts "$ts" 2> >(grep -v "lacks Q_OBJECT macro" >&2)
done
