#!/bin/sh
# One fuzz target's run: its seeds and dictionary, inputs up to 64 KiB where nesting is the danger,
# findings in artifacts/ beside the executable. New inputs go to $REPORTKIT_FUZZ_CORPUS (kept, so
# long runs build on each other), else to a folder removed afterwards (a smoke run starts from
# the seeds alone and takes the same time every time); the seeds stay as they are.
#   run.sh EXECUTABLE NAME SECONDS [more libFuzzer options]
set -eu
exe=$1 name=$2 seconds=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
artifacts=$(cd "$(dirname "$exe")" && pwd)/artifacts
mkdir -p "$artifacts"
work=${REPORTKIT_FUZZ_CORPUS:-}
if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
set -- -max_total_time="$seconds" -timeout=30 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "$@"
case $name in
library | embedded_fields) set -- -max_len=65536 "$@" ;;
formula) set -- -max_len=65536 -len_control=0 "$@" ;; # long inputs from the first second
esac
if [ -f "$here/$name.dict" ]; then set -- -dict="$here/$name.dict" "$@"; fi
"$exe" "$@" "$work" "$here/corpus/$name"
