#!/usr/bin/env bash
# Whole-process time per case: `magent batch` on 4,000 cases against QuTiP (mesolve, concurrence at every sample,
# steadystate) on the first 20 of them, alternating.
#   benchmarks/scripts/qutip.sh [RUNS=3]
# Needs /usr/bin/python3 with QuTiP 4.7 (Debian: apt-get install python3-qutip). The 20 shared cases must agree
# to 1e-5 (QuTiP's default ODE tolerances).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
PY=/usr/bin/python3
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$PY" "$ROOT/benchmarks/python/peer/cases.py" 4000 > "$WORK/cases.csv"
"$ROOT/magent" models >/dev/null 2>&1
now() { date +%s.%N; }
timed() { local s e; s=$(now); "$@" >/dev/null 2>&1; e=$(now); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mag() { "$ROOT/magent" batch --input "$WORK/cases.csv" --t-max 5 --steps 200 --initial ud --output "$WORK/m.csv"; }
qt() { "$PY" "$ROOT/benchmarks/python/qutip_batch_bench.py" "$WORK/cases.csv" 20 "$WORK/q.csv"; }
M=(); Q=()
for ((r = 1; r <= RUNS; r++)); do
  if ((r % 2)); then m=$(timed mag); q=$(timed qt); else q=$(timed qt); m=$(timed mag); fi
  printf 'run %d: magent 4000 cases %.2f s (%.0f us per case), QuTiP 20 cases %.2f s (%.0f ms per case)\n' "$r" \
    "$m" "$(awk -v t="$m" 'BEGIN { print 1e6 * t / 4000 }')" "$q" "$(awk -v t="$q" 'BEGIN { print 1e3 * t / 20 }')"
  M+=("$m"); Q+=("$q")
done
"$PY" - "$WORK/q.csv" "$WORK/m.csv" <<'PYEOF'
import sys, numpy as np
q = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
m = np.genfromtxt(sys.argv[2], delimiter=",", skip_header=1, usecols=(-4, -3, -2, -1))[:len(q)]
d = np.abs(q - m)[:, [0, 1, 3]].max()
print("QuTiP vs magent on the 20 shared cases: max |difference| of the concurrences %.1e (%s)"
      % (d, "agree to 1e-5" if d <= 1e-5 else "DISAGREE"))
PYEOF
mm=$(median "${M[@]}"); mq=$(median "${Q[@]}")
printf 'medians of %d alternating runs: magent %.0f us per case, QuTiP %.0f ms per case: ratio %.0fx\n' "$RUNS" \
  "$(awk -v t="$mm" 'BEGIN { print 1e6 * t / 4000 }')" "$(awk -v t="$mq" 'BEGIN { print 1e3 * t / 20 }')" \
  "$(awk -v m="$mm" -v q="$mq" 'BEGIN { print (q / 20) / (m / 4000) }')"
