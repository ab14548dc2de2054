#!/usr/bin/env bash
# Thread scaling of `magent batch` (40,000 cases) and of a 200 × 200 `magent sweep` (separation × temperature),
# whole processes, --threads 1 against --threads 2, alternating.
#   benchmarks/scripts/scaling.sh [RUNS=3] [batch|sweep|both]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
WHAT="${2:-both}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
now() { date +%s.%N; }
timed() { local s e; s=$(now); "$@" >/dev/null 2>&1; e=$(now); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
"$ROOT/magent" models >/dev/null 2>&1

batch() { "$ROOT/magent" batch --input "$WORK/cases.csv" --t-max 5 --steps 200 --initial ud --output "$WORK/b$1.csv" --threads "$1"; }
sweep() {
  "$ROOT/magent" sweep --medium ferromagnet --set dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=1e-3 \
    --qubits Delta1=0.5,Delta2=0.5 --separation 0.5:40:200 --axis2 temperature=0:0.1:200 --times 10 \
    --no-progress --threads "$1" --output-dir "$WORK/s$1"
}
run() {
  local name="$1" one=() two=() a b
  for ((r = 1; r <= RUNS; r++)); do
    rm -rf "$WORK"/s1 "$WORK"/s2
    if ((r % 2)); then a=$(timed "$name" 1); b=$(timed "$name" 2); else b=$(timed "$name" 2); a=$(timed "$name" 1); fi
    printf '%s run %d: --threads 1 %.2f s, --threads 2 %.2f s\n' "$name" "$r" "$a" "$b"
    one+=("$a"); two+=("$b")
  done
  local m1 m2
  m1=$(median "${one[@]}"); m2=$(median "${two[@]}")
  printf '%s: medians of %d alternating runs: 1 thread %.2f s, 2 threads %.2f s, speed-up %.2fx\n' "$name" "$RUNS" \
    "$m1" "$m2" "$(awk -v a="$m1" -v b="$m2" 'BEGIN { print a / b }')"
}
if [ "$WHAT" != sweep ]; then
  /usr/bin/python3 "$ROOT/benchmarks/python/peer/cases.py" 40000 > "$WORK/cases.csv"
  run batch
fi
if [ "$WHAT" != batch ]; then
  run sweep
fi
