#!/bin/sh
# Runs every benchmark given, each with --check; fails when any of them missed a target.
status=0
for bench in "$@"; do
    "$bench" --check || status=1
    echo
done
exit $status
