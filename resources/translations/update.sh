#!/usr/bin/env bash
# Refresh the translation catalogue from the sources and build the binary catalogue.
#
#   resources/translations/update.sh          # lupdate (keeps existing translations) + lrelease
#   resources/translations/update.sh --check  # fail if a source string is new or untranslated
#
# Source strings are English (tr() / QCoreApplication.translate); Swedish is the default
# language, so every <translation> in sspf_desk_sv.ts must be filled in.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-.venv/bin}
TS=resources/translations/sspf_desk_sv.ts
QM=resources/translations/sspf_desk_sv.qm
mapfile -t SOURCES < <(find sspf_desk -name '*.py' -not -path '*/__pycache__/*' | sort)

if [[ "${1:-}" == "--check" ]]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$TS" "$tmp/check.ts"
    "$BIN/pyside6-lupdate" "${SOURCES[@]}" -ts "$tmp/check.ts" -no-obsolete -locations none \
        -source-language en -target-language sv_SE >/dev/null
    if grep -q 'type="unfinished"' "$tmp/check.ts"; then
        echo "Untranslated or new strings; run $0 and translate them:" >&2
        grep -B2 'type="unfinished"' "$tmp/check.ts" | grep '<source>' >&2
        exit 1
    fi
    exit 0
fi

"$BIN/pyside6-lupdate" "${SOURCES[@]}" -ts "$TS" -no-obsolete -locations none \
    -source-language en -target-language sv_SE
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"
