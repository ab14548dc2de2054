#!/usr/bin/env bash
# Thread scaling in one warmed JVM, --threads 1 against --threads 2 in alternating order, with the launcher's JVM
# options for each command (org.magent.benchmarks.scaling.ScalingProbe). Builds the benchmarks jar when it is missing
# or older than the sources.
#   benchmarks/scripts/scaling_inprocess.sh [batch|sweep|sweep-plots|machine|all] [ROUNDS=7] [WARM-UP=3]
# `machine` is the ceiling: arithmetic with no memory traffic and nothing shared, split over the threads; `all`
# runs it before and after the workloads, so that a neighbour taking a core shows.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WHAT="${1:-all}"
ROUNDS="${2:-7}"
WARM="${3:-3}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
# (re)build when the jar is missing or any source or POM is newer than it: a stale jar measures old code
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT" -path '*/target' -prune -o \( -name '*.java' -o -name pom.xml \) \
    -newer "$JAR" -print -quit)" ]; then
  (cd "$ROOT" && mvn -q -pl benchmarks -am package -DskipTests)
fi
probe() {
  local opts
  case "$1" in
    batch) opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx256m) ;;
    *) opts=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn48m) ;;
  esac
  java "${opts[@]}" -cp "$JAR" org.magent.benchmarks.scaling.ScalingProbe "$1" "$ROUNDS" "$WARM"
}
case "$WHAT" in
  all) probe machine; probe batch; probe sweep; probe sweep-plots; probe machine ;;
  *) probe "$WHAT" ;;
esac
