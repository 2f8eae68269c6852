#!/usr/bin/env bash
# Fetches a second LibreOffice for the tests, from Debian's bookworm-backports, into a folder of its
# own; prints its program folder (for REPORTKIT_OFFICE) on the last line.
#   scripts/fetch-libreoffice.sh            fetch and unpack once; later runs reuse the folder
#   scripts/fetch-libreoffice.sh --refresh  unpack again from the newest backport of the series
# It only downloads packages (apt-get download under a private apt configuration that reuses this
# machine's Debian mirror) and unpacks them with dpkg -x: the system's LibreOffice, its packages
# and apt's own state are never touched.
set -euo pipefail

# The LibreOffice series to fetch: move it on when the backport moves.
series=25.2
suite=bookworm-backports

# Writer, Calc, the UNO runtime under them, the user interface files and icons the GUI tests need,
# and the Chinese language pack; libreoffice-gtk3 is not needed, the tests use the X11 backend.
packages=(ure libuno-sal3 libuno-salhelpergcc3-3 libuno-cppu3 libuno-cppuhelpergcc3-3
          libuno-purpenvhelpergcc3-3 uno-libs-private libreoffice-core libreoffice-common
          libreoffice-base-core libreoffice-writer libreoffice-calc libreoffice-uiconfig-common
          libreoffice-uiconfig-writer libreoffice-uiconfig-calc libreoffice-style-colibre
          libreoffice-l10n-zh-cn fonts-opensymbol)
# Libraries the backport needs that Debian 12's LibreOffice does not: from bookworm itself.
stable_libraries=(libzxcvbn0)

say() { printf '\033[1mfetch-libreoffice:\033[0m %s\n' "$*" >&2; }

# unopkg runs as nobody when the tests run as root (see src/uno/client/unopkg.cxx), so as root
# the office lives where everybody can read it, not in root's private home.
if [[ -n ${XDG_CACHE_HOME:-} ]]; then
    cache=$XDG_CACHE_HOME/reportkit
elif [[ $(id -u) == 0 ]]; then
    cache=/var/cache/reportkit
else
    cache=$HOME/.cache/reportkit
fi
prefix=$cache/office-$series
apt_dir=$cache/apt-$series
program=$prefix/usr/lib/libreoffice/program

if [[ ${1:-} != --refresh && -f $prefix/.complete ]]; then
    say "LibreOffice $(cat "$prefix/.complete") already unpacked in $prefix"
    echo "$program"
    exit 0
fi

# The machine's Debian mirror: the first source that serves bookworm itself, in either format.
debian_mirror() {
    local files=()
    [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
    for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] && files+=("$f")
    done
    awk '
        /^deb[ \t]/ { for (i = 2; i < NF; i++) if ($i ~ /^[a-z]+:\/\//) { if ($(i + 1) == "bookworm") { print $i; exit } break } }
        /^URIs:/ { uri = $2 }
        /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == "bookworm" && uri != "") { print uri; exit } }
        /^$/ { uri = "" }
    ' "${files[@]}"
}
mirror=$(debian_mirror)
if [[ -z $mirror ]]; then
    say "no Debian bookworm mirror in /etc/apt/sources.list or /etc/apt/sources.list.d"
    exit 1
fi

# A private apt: its own sources, lists, cache and an empty dpkg status, so nothing it does is
# seen by the system's apt (and the system's pins and sources do not change what it picks).
mkdir -p "$apt_dir"/{lists/partial,archives/partial,cache,preferences.d,debs}
: >"$apt_dir/status"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
printf 'deb [signed-by=%s] %s %s main\n' "$keyring" "$mirror" bookworm "$keyring" "$mirror" "$suite" \
    >"$apt_dir/sources.list"
apt_options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/nonexistent
             -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::State::status=$apt_dir/status"
             -o "Dir::Cache=$apt_dir/cache" -o "Dir::Cache::Archives=$apt_dir/archives"
             -o Dir::Etc::Preferences=/nonexistent -o "Dir::Etc::PreferencesParts=$apt_dir/preferences.d"
             -o "APT::Architecture=$(dpkg --print-architecture)" -o Debug::NoLocking=1)

say "reading $suite from $mirror"
apt-get "${apt_options[@]}" -qq update

version=$(apt-cache "${apt_options[@]}" show "libreoffice-core/$suite" | awk '/^Version:/ { print $2; exit }')
if [[ $version != *:$series.* ]]; then
    say "$suite has LibreOffice ${version:-none}, not $series: move 'series' on in $0"
    exit 1
fi

say "downloading LibreOffice $version"
cd "$apt_dir/debs"
wanted=()
for p in "${packages[@]}"; do wanted+=("$p/$suite"); done
apt-get "${apt_options[@]}" -qq download "${wanted[@]}" "${stable_libraries[@]}"
# Keep only the newest file of each package, so that a refresh does not unpack an old one too.
for p in "${packages[@]}" "${stable_libraries[@]}"; do
    ls -t "${p}"_*.deb | tail -n +2 | xargs -r rm -f
done

say "unpacking into $prefix"
rm -rf "$prefix"
mkdir -p "$prefix"
for deb in *.deb; do dpkg -x "$deb" "$prefix"; done

# Debian's packaging points at system folders; make the unpacked office use its own.
lo=$prefix/usr/lib/libreoffice
sed -i 's|^BRAND_BASE_DIR=.*|BRAND_BASE_DIR=${ORIGIN}/..|' "$program/fundamentalrc"
sed -i "s|^FHS_CONFIG_FILE=.*|FHS_CONFIG_FILE=file://$prefix/etc/libreoffice/sofficerc|" "$program/sofficerc"
sed -i "s|/usr/lib/libreoffice/program|$program|g" "$program/unopkg"
mkdir -p "$lo/share/registry" "$lo/share/prereg" "$lo/share/uno_packages" "$lo/share/psprint" \
    "$prefix/var/lib/libreoffice/share/prereg/bundled" "$prefix/var/spool/libreoffice/uno_packages/cache"
ln -sfn ../.registry/main.xcd "$lo/share/registry/main.xcd"
ln -sfn "$prefix/var/lib/libreoffice/share/prereg/bundled" "$lo/share/prereg/bundled"
ln -sfn "$prefix/var/spool/libreoffice/uno_packages/cache" "$lo/share/uno_packages/cache"
ln -sfn "$prefix/etc/libreoffice/psprint.conf" "$lo/share/psprint/psprint.conf"
for lib in "${stable_libraries[@]}"; do
    cp -a "$prefix"/usr/lib/*/"${lib%0}".so.* "$program/" 2>/dev/null || true
done

# The folder must run: every library found, and the office answers for its version.
if missing=$(LD_LIBRARY_PATH=$program ldd "$program/soffice.bin" "$program"/libswlo.so "$program"/libsclo.so |
                 grep 'not found' | sort -u) && [[ -n $missing ]]; then
    say "libraries missing for the unpacked office:"
    echo "$missing" >&2
    exit 1
fi
echo "${version#*:}" >"$prefix/.complete"
say "LibreOffice ${version#*:} is ready in $prefix"
echo "$program"
