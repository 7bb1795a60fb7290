#!/usr/bin/env bash
# plan check, whole process: wall time of `java -jar target/samordna.jar plan check FILE` (text and --json) per seed,
# RUNS runs each (default 10), reported as median, best and worst. Needs the jar: ./mvnw -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/samordna.jar}
RUNS=${RUNS:-10}
now() { date +%s.%N; }
java -jar "$JAR" plan check examples/plans/klaralvdalen-2025.yaml > /dev/null   # file cache warm, not the JVM
for form in text json; do
  all=()
  for f in examples/plans/*.yaml; do
    runs=()
    for ((i = 0; i < RUNS; i++)); do
      s=$(now)
      if [ "$form" = json ]; then java -jar "$JAR" plan check "$f" --json > /dev/null; else java -jar "$JAR" plan check "$f" > /dev/null; fi || [ $? -eq 0 ]
      runs+=("$(awk -v a="$(now)" -v b="$s" 'BEGIN {print a - b}')")
    done
    all+=("${runs[@]}")
    printf '%s\n' "${runs[@]}" | sort -n | awk -v f="$(basename "$f")" -v form="$form" '{a[NR]=$1} END {printf "  %-28s %-4s median %.2f s, best %.2f s, worst %.2f s\n", f, form, a[int((NR+1)/2)], a[1], a[NR]}'
  done
  printf '%s\n' "${all[@]}" | sort -n | awk -v form="$form" '{a[NR]=$1; if ($1 < 1) u++} END {printf "  all seeds, %s: median %.2f s, p90 %.2f s, worst %.2f s; %d of %d runs under 1 s\n", form, a[int((NR+1)/2)], a[int(NR*0.9)], a[NR], u, NR}'
done
