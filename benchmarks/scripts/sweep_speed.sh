#!/usr/bin/env bash
# Wall time of `magent sweep`, whole processes: the built-in example with and without plots, and the 200 × 200 sweep
# of scaling.sh (separation × temperature) on 1 and 2 threads. Given a commit, it builds that commit in a temporary
# worktree and alternates its runs with this build's, so that both see the same machine.
#   benchmarks/scripts/sweep_speed.sh [RUNS=3] [COMMIT]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
COMMIT="${2:-}"
WORK="$(mktemp -d)"
cleanup() {
  if [ -n "$COMMIT" ]; then
    git -C "$ROOT" worktree remove --force "$WORK/before" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
BUILDS=("$ROOT")
NAMES=(now)
if [ -n "$COMMIT" ]; then
  git -C "$ROOT" worktree add --quiet --detach "$WORK/before" "$COMMIT"
  (cd "$WORK/before" && mvn -q -B package -DskipTests >/dev/null)
  BUILDS=("$WORK/before" "$ROOT")
  NAMES=(before now)
fi
for b in "${BUILDS[@]}"; do "$b/magent" models >/dev/null 2>&1; done
BIG=(sweep --medium ferromagnet --set dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=1e-3
     --qubits Delta1=0.5,Delta2=0.5 --separation 0.5:40:200 --axis2 temperature=0:0.1:200 --times 10 --no-progress)
seconds() {
  local s e
  s=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }'
}
declare -A T
for ((r = 1; r <= RUNS; r++)); do
  for i in "${!BUILDS[@]}"; do
    b="${BUILDS[$i]}"
    n="${NAMES[$i]}"
    rm -rf "$WORK/out"
    T["$n example"]+=" $(seconds "$b/magent" sweep --no-progress --output-dir "$WORK/out/e")"
    T["$n example --no-plots"]+=" $(seconds "$b/magent" sweep --no-progress --no-plots --output-dir "$WORK/out/f")"
    T["$n 200x200 --threads 1"]+=" $(seconds "$b/magent" "${BIG[@]}" --threads 1 --output-dir "$WORK/out/g")"
    T["$n 200x200 --threads 2"]+=" $(seconds "$b/magent" "${BIG[@]}" --threads 2 --output-dir "$WORK/out/h")"
  done
done
median() { printf '%s\n' $1 | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for key in "${!T[@]}"; do
  printf '%-32s median %s s of%s\n' "$key" "$(median "${T[$key]}")" "${T[$key]}"
done | sort
