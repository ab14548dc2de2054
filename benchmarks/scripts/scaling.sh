#!/usr/bin/env bash
# Thread scaling of `magent batch` (CASES cases, 40,000 by default) and of a 200 × 200 `magent sweep` (separation ×
# temperature),
# whole processes, --threads 1 against --threads 2, alternating. With /usr/bin/time installed it also prints the
# CPU share each run got (200 % = both cores): on a machine shared with other jobs, a second thread can only help
# as far as a second core is free.
#   benchmarks/scripts/scaling.sh [RUNS=3] [batch|sweep|both] [CASES=40000]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
WHAT="${2:-both}"
CASES="${3:-40000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
now() { date +%s.%N; }
CPU="$WORK/cpu"
timed() {
  local s e
  cmd_of "$1" "$2"
  s=$(now)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$CPU" -f '%P' "${CMD[@]}" >/dev/null 2>&1
  else
    "${CMD[@]}" >/dev/null 2>&1
    echo '?' > "$CPU"
  fi
  e=$(now)
  awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
"$ROOT/magent" models >/dev/null 2>&1

# the command of each benchmark with N threads, as an array in CMD
cmd_of() {
  if [ "$1" = batch ]; then
    CMD=("$ROOT/magent" batch --input "$WORK/cases.csv" --t-max 5 --steps 200 --initial ud --output "$WORK/b$2.csv"
         --threads "$2")
  else
    CMD=("$ROOT/magent" sweep --medium ferromagnet --set dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=1e-3
         --qubits Delta1=0.5,Delta2=0.5 --separation 0.5:40:200 --axis2 temperature=0:0.1:200 --times 10
         --no-progress --threads "$2" --output-dir "$WORK/s$2")
  fi
}
run() {
  local name="$1" one=() two=() a b ca cb
  for ((r = 1; r <= RUNS; r++)); do
    rm -rf "$WORK"/s1 "$WORK"/s2
    if ((r % 2)); then
      a=$(timed "$name" 1); ca=$(cat "$CPU"); b=$(timed "$name" 2); cb=$(cat "$CPU")
    else
      b=$(timed "$name" 2); cb=$(cat "$CPU"); a=$(timed "$name" 1); ca=$(cat "$CPU")
    fi
    printf '%s run %d: --threads 1 %.2f s (CPU %s), --threads 2 %.2f s (CPU %s)\n' "$name" "$r" "$a" "$ca" "$b" "$cb"
    one+=("$a"); two+=("$b")
  done
  local m1 m2
  m1=$(median "${one[@]}"); m2=$(median "${two[@]}")
  printf '%s: medians of %d alternating runs: 1 thread %.2f s, 2 threads %.2f s, speed-up %.2fx\n' "$name" "$RUNS" \
    "$m1" "$m2" "$(awk -v a="$m1" -v b="$m2" 'BEGIN { print a / b }')"
}
if [ "$WHAT" != sweep ]; then
  /usr/bin/python3 "$ROOT/benchmarks/python/peer/cases.py" "$CASES" > "$WORK/cases.csv"
  run batch
fi
if [ "$WHAT" != batch ]; then
  run sweep
fi
