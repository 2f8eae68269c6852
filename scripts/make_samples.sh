#!/bin/sh
# Regenerates the sample data sheets: templates/samples/<library>.csv (see make_samples.py: rows
# for new fields get a plausible value, existing rows keep theirs) and from them the .ods sheets
# that ship in the .oxt and that the tests fill every bundled outline from. Needs python3 and soffice.
set -eu
cd "$(dirname "$0")/.."
python3 scripts/make_samples.py
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for csv in templates/samples/*.csv; do
    # 44: comma, 34: double quote, 76: UTF-8, 1: from the first line
    soffice -env:UserInstallation="file://$profile" --headless --norestore \
        --infilter="CSV:44,34,76,1" --convert-to ods --outdir templates/samples "$csv" >/dev/null
done
ls -l templates/samples/*.ods
