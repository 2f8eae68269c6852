#!/usr/bin/env bash
# ReportKit quick start on Debian 12.
#   scripts/quickstart.sh demo   install what is missing, build, render a sample report filled from
#                                its sample data sheet (ODT + PDF)
#   scripts/quickstart.sh test   install what is missing, build with -Werror, run the whole test suite
#                                in LibreOffice 7.4 and in 25.2 (fetched beside it, see below); and
#                                build the core again with ASan + UBSan (clang, in build-san/) to run
#                                its unit tests and a short run of every fuzz target
set -euo pipefail
cd "$(dirname "$0")/.."

build=${REPORTKIT_BUILD_DIR:-build}
san_build=${REPORTKIT_SAN_BUILD_DIR:-build-san}
# Fonts: Noto CJK SC stands in for 黑体, 仿宋 and 小标宋; AR PL UKai CN (fonts-arphic-ukai) is a free
# 楷体 with Simplified Chinese forms for the （一） headings of GB/T 9704.
packages=(cmake g++ make pkg-config libreoffice-dev libreoffice-writer libreoffice-calc libpugixml-dev
          libfmt-dev catch2 poppler-utils fonts-noto-cjk fonts-arphic-ukai libxml2-utils xvfb imagemagick)
# The GUI tests also run LibreOffice with a Chinese user interface, which needs its language pack;
# they drive it with real input (xdotool) under a window manager (openbox) so windows get focus.
# The sanitized build and the fuzzers need clang and its runtimes (ASan, UBSan, libFuzzer), which
# Debian ships in libclang-rt-14-dev.
test_packages=(libreoffice-l10n-zh-cn xdotool openbox x11-utils clang libclang-rt-14-dev)
# xmodmap (x11-xserver-utils): the journeys give the Chinese characters they type keys of their
# own first; xdotool's one-press bindings lose characters when the office reads its events late.
test_packages+=(x11-xserver-utils)
# Liberation Serif, the Latin face ReportKit's styles name: without it LibreOffice 7.4 falls back to
# Nimbus Roman and 25.2 to DejaVu Serif, and the two break lines apart (docs/compatibility.md).
test_packages+=(fonts-liberation)

say() { printf '\033[1mquickstart:\033[0m %s\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    if [[ $(id -u) != 0 ]]; then
        say "missing Debian packages: ${missing[*]}"
        say "run as root, or: sudo apt-get install --no-install-recommends ${missing[*]}"
        exit 1
    fi
    say "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- Two LibreOffice versions (issue 17) ------------------------------------------------------
# `test` runs the unit tests once, then the office and GUI suites in the system's LibreOffice (7.4,
# whose SDK builds the .oxt) and again in the newest 25.2 backport, unpacked beside it by
# scripts/fetch-libreoffice.sh and named by REPORTKIT_OFFICE. The two runs share no state: fixture
# folders, profiles, pipes and GUI artifacts carry the office's tag (office_tag in
# src/uno/client/office.hxx). Then the sample reports rendered in both must read the same.
timings=()
failed=()

# timed LABEL COMMAND…: runs the command, notes how long it took and whether it failed.
timed() {
    local label=$1 start=$SECONDS rc=0
    shift
    "$@" || rc=$?
    timings+=("$(printf '%-32s %4d s%s' "$label" $((SECONDS - start)) "$( ((rc == 0)) || echo '  FAILED')")")
    ((rc == 0)) || failed+=("$label")
}

# suites OFFICE CTEST-OPTIONS…: the suites against that LibreOffice program folder.
suites() {
    local office=$1
    shift
    (cd "$build" && REPORTKIT_OFFICE=$office ctest -j "$(nproc)" --output-on-failure "$@")
}

fetch_second_office() { second_office=$(bash scripts/fetch-libreoffice.sh); }

test_in_both_offices() {
    local system_office=/usr/lib/libreoffice/program second_office=
    timed "fetch LibreOffice 25.2" fetch_second_office
    timed "unit + CLI tests" suites "$system_office" -L 'unit|cli'
    timed "office + GUI tests, 7.4" suites "$system_office" -L 'office|gui'
    if [[ -n $second_office ]]; then
        timed "office + GUI tests, 25.2" suites "$second_office" -L 'office|gui'
        timed "sample reports, 7.4 vs 25.2" bash scripts/compare-offices.sh "$system_office" "$second_office"
    fi
    say "times:"
    printf '  %s\n' "${timings[@]}" >&2
    if ((${#failed[@]})); then
        say "FAILED: ${failed[*]}"
        return 1
    fi
}
# -----------------------------------------------------------------------------------------------

# The core, its unit tests and the fuzz targets again, built by clang with ASan + UBSan.
sanitized() {
    say "building the core, its unit tests and the fuzzers with ASan + UBSan in $san_build/"
    cmake -S . -B "$san_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DREPORTKIT_SANITIZE=ON -DREPORTKIT_WERROR=ON >/dev/null
    cmake --build "$san_build" -j "$(nproc)"
    (cd "$san_build" && ctest -j "$(nproc)" --output-on-failure)
}

build() {
    say "building in $build/"
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build" -j "$(nproc)"
}

case "${1:-}" in
demo)
    install_missing
    build
    mkdir -p out
    "$build/reportkit" render --library office-annual --outline annual.full \
        --data templates/samples/office-annual.ods -o out/sample-report.odt -o out/sample-report.pdf
    "$build/reportkit" check out/sample-report.odt
    say "done: out/sample-report.odt and out/sample-report.pdf, every number filled from templates/samples/office-annual.ods"
    ;;
test)
    packages+=("${test_packages[@]}")
    install_missing
    timed "build" build -DREPORTKIT_WERROR=ON
    ((${#failed[@]} == 0)) || exit 1
    timed "unit tests + fuzzers, ASan + UBSan" sanitized
    test_in_both_offices
    ;;
*)
    echo "usage: scripts/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac
