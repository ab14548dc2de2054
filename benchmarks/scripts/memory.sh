#!/usr/bin/env bash
# Peak resident memory of `magent batch` on many cases (streamed input and output).
#   benchmarks/scripts/memory.sh [CASES=1000000]
# Writes CASES random cases (benchmarks/python/peer/cases.py), runs magent batch under /usr/bin/time -v and prints
# the wall time and the maximum resident set size. Needs /usr/bin/time (Debian: apt-get install time) and
# /usr/bin/python3 with numpy.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-1000000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
/usr/bin/python3 "$ROOT/benchmarks/python/peer/cases.py" "$N" > "$WORK/cases.csv"
"$ROOT/magent" models >/dev/null 2>&1
/usr/bin/time -v "$ROOT/magent" batch --input "$WORK/cases.csv" --t-max 5 --steps 200 --initial ud \
  --output "$WORK/out.csv" 2> "$WORK/time.txt"
rows=$(($(wc -l < "$WORK/out.csv") - 1))
wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
printf '%d cases -> %d rows: wall %s, peak RSS %.0f MB\n' "$N" "$rows" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
