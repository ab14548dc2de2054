#!/usr/bin/env bash
# Whole-process throughput of `magent batch` against the numpy peer (benchmarks/python/peer), side by side.
#   benchmarks/scripts/peer.sh [CASES=40000] [RUNS=5]
# Generates CASES random cases (every coefficient present, |A| < a), then RUNS times runs the peer and magent
# alternately (the order swaps every run) at --t-max 5 --steps 200 --initial ud, checks that the outputs agree
# (benchmarks/python/compare_batch.py: 1e-8, first maximum), and prints every wall time and the medians.
# Needs /usr/bin/python3 with numpy and scipy (Debian: apt-get install python3-numpy python3-scipy).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-40000}"
RUNS="${2:-5}"
PY=/usr/bin/python3
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$PY" "$ROOT/benchmarks/python/peer/cases.py" "$N" > "$WORK/cases.csv"
# build and prepare the launcher outside the timed runs
"$ROOT/magent" batch --input "$WORK/cases.csv" --t-max 5 --steps 2 --initial ud --output "$WORK/warm.csv" 2>/dev/null

now() { date +%s.%N; }
peer() { "$PY" "$ROOT/benchmarks/python/peer/numpy_peer.py" "$WORK/cases.csv" "$WORK/peer.csv" 5 200 2>/dev/null; }
mag() { "$ROOT/magent" batch --input "$WORK/cases.csv" --t-max 5 --steps 200 --initial ud --output "$WORK/magent.csv"; }
timed() { local s e; s=$(now); "$@"; e=$(now); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }

P=(); M=()
for ((r = 1; r <= RUNS; r++)); do
  if ((r % 2)); then p=$(timed peer); m=$(timed mag); else m=$(timed mag); p=$(timed peer); fi
  printf 'run %d: peer %.2f s, magent %.2f s\n' "$r" "$p" "$m"
  P+=("$p"); M+=("$m")
done
"$PY" "$ROOT/benchmarks/python/compare_batch.py" "$WORK/peer.csv" "$WORK/magent.csv" "$WORK/cases.csv"
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mp=$(median "${P[@]}"); mm=$(median "${M[@]}")
printf '%d cases, median of %d alternating runs: peer %.2f s, magent %.2f s, magent is %.2fx the peer'"'"'s speed (%d cores)\n' \
  "$N" "$RUNS" "$mp" "$mm" "$(awk -v p="$mp" -v m="$mm" 'BEGIN { print p / m }')" "$(nproc)"
