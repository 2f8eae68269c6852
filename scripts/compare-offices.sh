#!/usr/bin/env bash
# Renders every bundled library's full outline, filled from its sample sheet, in two LibreOffice
# versions and compares what a reader gets: the documents' paragraphs and the PDFs' text.
#   scripts/compare-offices.sh PROGRAM_DIR_A PROGRAM_DIR_B [OUT_DIR]
# The text must be identical (exit 1 otherwise); where the PDFs break lines differently (font
# metrics) is listed, not failed. The files stay in OUT_DIR (default build/compare-offices).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${REPORTKIT_BUILD_DIR:-build}
if (($# < 2)); then
    echo "usage: scripts/compare-offices.sh PROGRAM_DIR_A PROGRAM_DIR_B [OUT_DIR]" >&2
    exit 2
fi
offices=("$1" "$2")
out=$(realpath -m "${3:-$build/compare-offices}")
outlines=(office-annual:annual.full party-group:group.full grassroots-party:grassroots.full
          cadre-report:cadre.full)

say() { printf '\033[1mcompare-offices:\033[0m %s\n' "$*" >&2; }

# The paragraphs of an ODT's body, one a line (list labels are Writer's, so not in the file).
odt_text() {
    python3 -c '
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("content.xml").decode()
body = xml[xml.index("<office:text"):]
for p in re.findall(r"<text:(?:p|h)\b[^>]*?(?:/>|>.*?</text:(?:p|h)>)", body, re.S):
    p = re.sub(r"<text:s(?: text:c=\"(\d+)\")?/>", lambda m: " " * int(m.group(1) or 1), p)
    p = re.sub(r"<text:(?:tab|line-break)/>", " ", p)
    text = re.sub(r"<[^>]+>", "", p)
    print(text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "\x27").replace("&amp;", "&"))
' "$1"
}

rm -rf "$out"
for i in 0 1; do
    dir=$out/office-$i
    mkdir -p "$dir"
    "${offices[$i]}/soffice" --version >"$dir/version.txt" 2>/dev/null
    say "rendering in $(cat "$dir/version.txt") (${offices[$i]})"
    for item in "${outlines[@]}"; do
        library=${item%%:*} outline=${item#*:}
        "$build/reportkit" render --office "${offices[$i]}" --profile "$dir/profile" \
            --library "$library" --outline "$outline" --data "templates/samples/$library.ods" \
            -o "$dir/$outline.odt" -o "$dir/$outline.pdf" 2>>"$dir/render.log"
        odt_text "$dir/$outline.odt" >"$dir/$outline.odt.txt"
        pdftotext -enc UTF-8 "$dir/$outline.pdf" "$dir/$outline.pdf.txt"
        # The same words in the same order, wherever the lines and pages break; the page numbers'
        # lines ("— 3 —") left out, since where a footer falls in the text depends on the breaks.
        sed -E '/^[[:space:]]*— *[0-9]+ *—[[:space:]]*$/d' "$dir/$outline.pdf.txt" | tr -d ' \n\f' >"$dir/$outline.pdf.flat"
    done
    rm -rf "$dir/profile"
done

status=0
for item in "${outlines[@]}"; do
    outline=${item#*:} a=$out/office-0/$outline b=$out/office-1/$outline
    if ! cmp -s "$a.odt.txt" "$b.odt.txt"; then
        say "$outline: the documents' text differs:"
        diff "$a.odt.txt" "$b.odt.txt" | head -20 >&2 || true
        status=1
    elif ! cmp -s "$a.pdf.flat" "$b.pdf.flat"; then
        say "$outline: the PDFs' text differs:"
        diff <(fold -w 60 "$a.pdf.flat") <(fold -w 60 "$b.pdf.flat") | head -20 >&2 || true
        status=1
    else
        lines=$(diff "$a.pdf.txt" "$b.pdf.txt" | grep -c '^>' || true)
        pages_a=$(grep -c $'\f' "$a.pdf.txt" || true) pages_b=$(grep -c $'\f' "$b.pdf.txt" || true)
        say "$outline: same text ($(wc -l <"$a.odt.txt") paragraphs); PDF lines placed differently: $lines; pages $pages_a / $pages_b"
    fi
done
((status == 0)) && say "identical text in both offices (files in $out)"
exit $status
