#!/usr/bin/env bash
# ReportKit quick start on Debian 12.
#   scripts/quickstart.sh demo   install what is missing, build, render a sample report filled from
#                                its sample data sheet (ODT + PDF)
#   scripts/quickstart.sh test   install what is missing, build with -Werror, run the whole test suite;
#                                then build the core again with ASan + UBSan (clang, in build-san/)
#                                and run its unit tests and a short run of every fuzz target
set -euo pipefail
cd "$(dirname "$0")/.."

build=${REPORTKIT_BUILD_DIR:-build}
san_build=${REPORTKIT_SAN_BUILD_DIR:-build-san}
packages=(cmake g++ make pkg-config libreoffice-dev libreoffice-writer libreoffice-calc libpugixml-dev
          libfmt-dev catch2 poppler-utils fonts-noto-cjk libxml2-utils xvfb imagemagick)
# The GUI tests also run LibreOffice with a Chinese user interface, which needs its language pack;
# they drive it with real input (xdotool) under a window manager (openbox) so windows get focus.
# The sanitized build and the fuzzers need clang and its runtimes (ASan, UBSan, libFuzzer), which
# Debian ships in libclang-rt-14-dev.
test_packages=(libreoffice-l10n-zh-cn xdotool openbox x11-utils clang libclang-rt-14-dev)

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
    build -DREPORTKIT_WERROR=ON
    status=0
    (cd "$build" && ctest -j "$(nproc)" --output-on-failure) || status=1
    say "building the core, its unit tests and the fuzzers with ASan + UBSan in $san_build/"
    cmake -S . -B "$san_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DREPORTKIT_SANITIZE=ON -DREPORTKIT_WERROR=ON >/dev/null
    cmake --build "$san_build" -j "$(nproc)"
    (cd "$san_build" && ctest -j "$(nproc)" --output-on-failure) || status=1
    exit $status
    ;;
*)
    echo "usage: scripts/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac
