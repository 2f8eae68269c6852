#!/bin/sh
# One fuzz target's run: its seeds and dictionary, inputs up to 64 KiB where nesting is the danger,
# the inputs it finds kept in the build folder (the seeds stay as they are), findings in artifacts/.
#   run.sh EXECUTABLE NAME SECONDS [more libFuzzer options]
set -eu
exe=$1 name=$2 seconds=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$(dirname "$exe")" && pwd)
work=$build/corpus/$name
artifacts=$build/artifacts
mkdir -p "$work" "$artifacts"
set -- -max_total_time="$seconds" -timeout=30 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "$@"
case $name in
library | embedded_fields) set -- -max_len=65536 "$@" ;;
formula) set -- -max_len=65536 -len_control=0 "$@" ;; # long inputs from the first second
esac
if [ -f "$here/$name.dict" ]; then set -- -dict="$here/$name.dict" "$@"; fi
exec "$exe" "$@" "$work" "$here/corpus/$name"
