#!/usr/bin/env bash
# Start-up of `./magent models` and of a one-case `./magent evolve` against a bare `java -version`.
#   benchmarks/scripts/startup.sh [RUNS=11]
# Runs the three alternately RUNS times (after one untimed run that builds and prepares the launcher) and prints
# every wall time, the medians and the ratios of the medians.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-11}"
EVOLVE=(evolve --rates a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,d=0.01,Dd=0.005i,Jperp=0.2,Jz=-0.1,D=0.05,Delta1=1.3,Delta2=0.7
        --initial ud --t-max 10 --steps 200 --steady)
"$ROOT/magent" models >/dev/null 2>&1

now() { date +%s.%N; }
timed() { local s e; s=$(now); "$@" >/dev/null 2>&1; e=$(now); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

J=(); M=(); E=()
for ((r = 1; r <= RUNS; r++)); do
  j=$(timed java -version); m=$(timed "$ROOT/magent" models); e=$(timed "$ROOT/magent" "${EVOLVE[@]}")
  printf 'run %2d: java -version %.3f s, magent models %.3f s, magent evolve %.3f s\n' "$r" "$j" "$m" "$e"
  J+=("$j"); M+=("$m"); E+=("$e")
done
mj=$(median "${J[@]}"); mm=$(median "${M[@]}"); me=$(median "${E[@]}")
printf 'medians of %d alternating runs: java -version %.3f s; models %.3f s (%.1fx); evolve %.3f s (%.1fx)\n' \
  "$RUNS" "$mj" "$mm" "$(awk -v a="$mm" -v b="$mj" 'BEGIN { print a / b }')" "$me" \
  "$(awk -v a="$me" -v b="$mj" 'BEGIN { print a / b }')"
