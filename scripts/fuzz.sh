#!/usr/bin/env bash
# Runs every fuzz target long, one at a time (the cores are shared), and prints each target's
# executions and findings; exit 1 when anything was found. Findings: build-san/tests/fuzz/artifacts/.
#   scripts/fuzz.sh [SECONDS per target, default 600] [TARGET ...]   (library formula csv text_import embedded_fields)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${REPORTKIT_SAN_BUILD_DIR:-build-san}
seconds=${1:-600}
shift $(($# > 0 ? 1 : 0))
targets=("$@")
((${#targets[@]})) || targets=(library formula csv text_import embedded_fields)

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DREPORTKIT_SANITIZE=ON >/dev/null
cmake --build "$build" -j 2 --target "${targets[@]/#/fuzz_}" >/dev/null

# The executions a run reported: its final stats, or in fork mode its last status line.
executions_in() {
    local n
    n=$(grep -o 'number_of_executed_units: [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$' || true)
    [[ -n $n ]] || n=$(grep -o '^#[0-9]*: cov' "$1" | tail -1 | tr -dc '0-9' || true)
    echo "${n:-0}"
}

status=0
summary=()
for name in "${targets[@]}"; do
    dir=$build/tests/fuzz
    export REPORTKIT_FUZZ_CORPUS=$dir/corpus/$name # what the runs find, kept for the next
    start=$SECONDS
    findings=0
    # One process; when it finds something it stops, so the time left goes to fork mode, which
    # keeps fuzzing past findings (a seed that fails would stop every plain run at once).
    if sh tests/fuzz/run.sh "$dir/fuzz_$name" "$name" "$seconds" >"$dir/$name.log" 2>&1; then
        executions=$(executions_in "$dir/$name.log")
    else
        executions=$(executions_in "$dir/$name.log")
        findings=1
        left=$((seconds - (SECONDS - start)))
        if ((left > 5)); then
            sh tests/fuzz/run.sh "$dir/fuzz_$name" "$name" "$left" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
                -ignore_ooms=1 >"$dir/$name.fork.log" 2>&1 || true
            executions=$((executions + $(executions_in "$dir/$name.fork.log")))
            more=$(grep -o 'oom/timeout/crash: [0-9/]*' "$dir/$name.fork.log" | tail -1 | grep -o '[0-9/]*$' || true)
            IFS=/ read -r oom timeout crash <<<"${more:-0/0/0}"
            findings=$((findings + oom + timeout + crash))
        fi
    fi
    line=$(printf '%-16s %12d executions in %4d s, ' "$name" "$executions" $((SECONDS - start)))
    if ((findings)); then
        line+="$findings finding(s): see $dir/$name*.log and $dir/artifacts/$name-*"
        status=1
    else
        line+="nothing found"
    fi
    echo "$line"
    summary+=("$line")
done
echo
printf '%s\n' "${summary[@]}"
exit $status
