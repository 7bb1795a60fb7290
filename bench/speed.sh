#!/usr/bin/env bash
# The speed figures of the issue "Speed on two cores", each beside its target: whole-process times of the command line
# against `java -version` (each command's runs paired with runs of the reference, one after the other, and the ratio taken
# pair by pair: this machine's speed drifts by a fifth from one minute to the next; medians of nine pairs after one
# warm-up; `java -jar` medians of five beside), the server's start to healthy
# on existing data, and the memory (proportional set size) of the JVM and PostgreSQL after every seed's budget page.
# Uses only bash, curl, java and /proc. Build first: ./mvnw -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/samordna.jar ] || { echo "build first: ./mvnw -q -DskipTests package"; exit 1; }
PLAN=examples/plans/sodra-dalarna-2025.yaml
OUT=$(mktemp -d)
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { local runs=() t0; "$@" > /dev/null 2>&1 || true; for i in 1 2 3 4 5; do t0=$(now); "$@" > /dev/null 2>&1 || true; runs+=("$(awk -v a="$(now)" -v b="$t0" 'BEGIN {print a - b}')"); done; printf '%s\n' "${runs[@]}" | median; }
# Nine pairs of (java -version, the command), after one warm-up of each: prints the medians of the reference, of the
# command, and of the pairs' ratios.
paired() {
  local refs=() cmds=() ratios=() t0 r c
  java -version > /dev/null 2>&1; "$@" > /dev/null 2>&1 || true
  for i in 1 2 3 4 5 6 7 8 9; do
    t0=$(now); java -version > /dev/null 2>&1; r=$(awk -v a="$(now)" -v b="$t0" 'BEGIN {print a - b}')
    t0=$(now); "$@" > /dev/null 2>&1 || true; c=$(awk -v a="$(now)" -v b="$t0" 'BEGIN {print a - b}')
    refs+=("$r"); cmds+=("$c"); ratios+=("$(awk -v a="$c" -v b="$r" 'BEGIN {print a / b}')")
  done
  echo "$(printf '%s\n' "${refs[@]}" | median) $(printf '%s\n' "${cmds[@]}" | median) $(printf '%s\n' "${ratios[@]}" | median)"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
# One line per figure for bench/run.sh's table (FIGURES names the file): figure, measured, reference, target, met.
figure() { [ -n "${FIGURES:-}" ] && printf '%s\t%s\t%s\t%s\t%s\n' "$@" >> "$FIGURES" || true; }

bin/samordna version > /dev/null 2>&1 || true
for cmd in "plan check $PLAN" "plan document $PLAN --format pdf --out $OUT/plan.pdf"; do
  jar=$(time_of java -jar target/samordna.jar $cmd)
  read -r ref launcher times < <(paired bin/samordna $cmd)
  target=$(case "$cmd" in *document*) echo 15;; *) echo 4;; esac)
  echo "${cmd%% $PLAN*}: bin/samordna $(printf '%.3f' "$launcher") s against java -version $(printf '%.3f' "$ref") s, $(printf '%.1f' "$times")x (median of the pairs' ratios); java -jar $(printf '%.3f' "$jar") s; target <= ${target}x"
  name=$(case "$cmd" in *document*) echo "plan document PDF, whole process";; *) echo "plan check, whole process";; esac)
  figure "$name" "$(printf '%.3f' "$launcher") s = $(printf '%.1f' "$times")x (java -jar $(printf '%.3f' "$jar") s)" \
    "java -version $(printf '%.3f' "$ref") s (paired)" "<= ${target}x java -version" \
    "$(awk -v x="$times" -v t="$target" 'BEGIN {print x <= t ? "met" : "not met"}')"
done

PORT=${PORT:-18093}
export SAMORDNA_DATA_DIR=$OUT/data SAMORDNA_ADMIN_PASSWORD=bench-admin-password SERVER_PORT=$PORT
healthy() { until curl -fs "http://localhost:$PORT/actuator/health" 2> /dev/null | grep -q UP; do sleep 0.1; done; }
java -jar target/samordna.jar > "$OUT/first.log" 2>&1 & PID=$!; healthy; sleep 3; kill $PID; wait $PID 2> /dev/null || true
t0=$(now); java -jar target/samordna.jar > "$OUT/jar.log" 2>&1 & PID=$!; healthy
jarstart=$(awk -v a="$(now)" -v b="$t0" 'BEGIN {printf "%.1f", a - b}')
echo "server start, existing data: java -jar $jarstart s"; kill $PID; wait $PID 2> /dev/null || true
bin/samordna > "$OUT/training.log" 2>&1 & PID=$!; healthy; kill $PID; wait $PID 2> /dev/null || true
t0=$(now); bin/samordna > "$OUT/launcher.log" 2>&1 & PID=$!; healthy
start=$(awk -v a="$(now)" -v b="$t0" 'BEGIN {printf "%.1f", a - b}')
echo "server start, existing data: bin/samordna $start s; target <= 8 s"
figure "server start to healthy, existing data" "$start s (java -jar $jarstart s)" "-" "<= 8 s" "$(awk -v a="$start" 'BEGIN {print a <= 8 ? "met" : "not met"}')"
jar=$(mktemp); token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=bench-admin-password&_csrf=$token" "http://localhost:$PORT/login"
for id in $(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations" | grep -o '"id":"[^"]*"' | cut -d'"' -f4); do
  curl -s -b "$jar" -o /dev/null "http://localhost:$PORT/associations/$id/budget"
done
pss() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2> /dev/null || echo 0; }
jvm=$(pss "$(pgrep -f "target/app/samordna.jar" | head -1)"); pg=0
for p in $(pgrep -f postgres); do pg=$((pg + $(pss "$p"))); done
echo "memory after every seed's budget page: JVM $((jvm / 1024)) MB + PostgreSQL $((pg / 1024)) MB = $(((jvm + pg) / 1024)) MB; target <= 400 MB"
figure "memory (PSS) after every budget page" "JVM $((jvm / 1024)) + PostgreSQL $((pg / 1024)) = $(((jvm + pg) / 1024)) MB" "-" "<= 400 MB" \
  "$([ $(((jvm + pg) / 1024)) -le 400 ] && echo met || echo "not met")"
kill $PID; wait $PID 2> /dev/null || true
rm -rf "$OUT"
