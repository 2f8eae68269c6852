#!/usr/bin/env bash
# ReportKit quick start on Debian 12.
#   scripts/quickstart.sh demo   install what is missing, build, render a sample report filled from
#                                its sample data sheet (ODT + PDF)
#   scripts/quickstart.sh test   install what is missing, build with -Werror, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

build=${REPORTKIT_BUILD_DIR:-build}
# Fonts: Noto CJK SC stands in for 黑体, 仿宋 and 小标宋; AR PL UKai CN (fonts-arphic-ukai) is a free
# 楷体 with Simplified Chinese forms for the （一） headings of GB/T 9704.
packages=(cmake g++ make pkg-config libreoffice-dev libreoffice-writer libreoffice-calc libpugixml-dev
          libfmt-dev catch2 poppler-utils fonts-noto-cjk fonts-arphic-ukai libxml2-utils xvfb imagemagick)
# The GUI tests also run LibreOffice with a Chinese user interface, which needs its language pack;
# they drive it with real input (xdotool) under a window manager (openbox) so windows get focus.
test_packages=(libreoffice-l10n-zh-cn xdotool openbox x11-utils)

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
    cd "$build"
    ctest -j "$(nproc)" --output-on-failure
    ;;
*)
    echo "usage: scripts/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac
