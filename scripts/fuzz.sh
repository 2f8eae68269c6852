#!/usr/bin/env bash
# Runs every fuzz target long, one at a time (the cores are shared), and prints each target's
# executions and findings; exit 1 when anything was found. A finding stops libFuzzer, so a run is
# started again for the time left, up to 20 findings a target. Findings: build-san/tests/fuzz/artifacts/.
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

status=0
summary=()
for name in "${targets[@]}"; do
    log=$build/tests/fuzz/$name.log
    : >"$log"
    executions=0 findings=0
    start=$SECONDS
    while ((SECONDS - start < seconds && findings < 20)); do
        if sh tests/fuzz/run.sh "$build/tests/fuzz/fuzz_$name" "$name" $((seconds - (SECONDS - start))) \
            >>"$log" 2>&1; then
            ran=$(grep -o 'number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
            executions=$((executions + ran))
            break
        fi
        findings=$((findings + 1))
        ran=$(grep -o 'number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
        executions=$((executions + ran))
    done
    line=$(printf '%-16s %'"'"'14d executions in %4d s, ' "$name" "$executions" $((SECONDS - start)))
    if ((findings)); then
        line+="$findings finding(s): see $log and $build/tests/fuzz/artifacts/$name-*"
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
