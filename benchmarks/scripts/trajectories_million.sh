#!/usr/bin/env bash
# Whole-process check that magent trajectories streams its statistics: 10^6 trajectories of 201 samples (general
# bath, every coefficient nonzero) in a 64 MB heap. Holding the trajectories would need ~10^6 x 201 x 16 doubles
# = 26 GB; the streamed statistics need well under 1 MB per chunk. Reports wall time, CPU time and peak RSS.
#
#   benchmarks/scripts/trajectories_million.sh [count]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COUNT="${1:-1000000}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"$ROOT/magent" models >/dev/null # builds the jar if needed
MAGENT_JAVA_OPTS="-Xmx64m" /usr/bin/time -v "$ROOT/magent" trajectories \
    --rates a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,d=0.01,Dd=0.005i,Jperp=0.2,Jz=-0.1,D=0.05,Delta1=1.3,Delta2=0.7 \
    --initial ud --t-max 10 --steps 200 --count "$COUNT" --seed 1 --efficiency 0.5 --threads 2 \
    --output-dir "$OUT" --no-progress 2> "$OUT/time.txt" | head -4
grep -E "Elapsed|Maximum resident|User time|System time" "$OUT/time.txt"
