#!/usr/bin/env bash
# Measures the targets of the foundation and budget issues (start-up, plan check per seed, plan document, budget
# recompute). See bench/README.md; bench/run.sh measures the speed issue's table.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/samordna.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 1; }
PORT=${PORT:-18080}
DATA=$(mktemp -d)
PASSWORD=bench-admin-password
export SAMORDNA_DATA_DIR=$DATA SAMORDNA_ADMIN_PASSWORD=$PASSWORD SERVER_PORT=$PORT

now() { date +%s.%N; }
wait_up() { until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.05; done; }

echo "== start-up (first start creates the database and loads the seeds; the second start is measured)"
java -jar $JAR > "$DATA/first.log" 2>&1 & PID=$!
wait_up; kill $PID; wait $PID 2>/dev/null || true
for run in 1 2 3; do
  start=$(now)
  java -jar $JAR > "$DATA/run.log" 2>&1 & PID=$!
  wait_up
  echo "  run $run: first page after $(awk -v a="$(now)" -v b="$start" 'BEGIN {printf "%.2f", a - b}') s"
  [ $run -lt 3 ] && { kill $PID; wait $PID 2>/dev/null || true; }
done

jar=$(mktemp); csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
# /login answers before the application's start-up runners are done: log in until the associations are listed.
ids=""
for attempt in $(seq 1 40); do
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | csrf)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$PASSWORD&_csrf=$token" "http://localhost:$PORT/login"
  ids=$(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 || true)
  [ -n "$ids" ] && break
  sleep 0.5
done
[ -n "$ids" ] || { echo "  could not log in as admin"; exit 1; }
for id in $ids; do curl -s -b "$jar" -o /dev/null "http://localhost:$PORT/associations/$id/budget"; done
jvm=$(ps -o rss= -p $PID)
pg=$(pgrep -f "postgres.*$DATA" | xargs -r ps -o rss= -p | awk '{s+=$1} END {print s+0}')
echo "  RSS: JVM $((jvm / 1024)) MB, PostgreSQL $((pg / 1024)) MB, together $(((jvm + pg) / 1024)) MB"

echo "== budget recompute after one line changes (htmx request, server round trip on loopback)"
id=$(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations" | grep -o '"id":"[^"]*","name":"Väster[^"]*' | cut -d'"' -f4)
page=$(curl -s -b "$jar" "http://localhost:$PORT/associations/$id/budget")
token=$(echo "$page" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"//')
version=$(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations/$id/budget" | grep -o '"version":[0-9]*' | cut -d: -f2)
for round in 1 2 3 4 5; do
  times=()
  for i in $(seq 1 100); do
    t=$(curl -s -b "$jar" -o "$DATA/out.html" -w "%{time_total}" -H "HX-Request: true" -H "X-CSRF-TOKEN: $token" \
        -d "group=1&line=0&year=2025&amount=$((180 + i % 20))&version=$version&unit=tkr" "http://localhost:$PORT/associations/$id/budget/amount")
    version=$((version + 1))
    times+=("$t")
  done
  [ "$round" -eq 1 ] || [ "$round" -eq 5 ] || continue
  label=$([ "$round" -eq 1 ] && echo "changes 1-100 (fresh JVM)" || echo "changes 401-500 (warm JVM)")
  printf '%s\n' "${times[@]}" | sort -n | awk -v r="$label" '{a[NR]=$1} END {printf "  %s: median %.1f ms, p95 %.1f ms, max %.1f ms\n", r, a[int(NR/2)]*1000, a[int(NR*0.95)]*1000, a[NR]*1000}'
done
grep -q "Eget kapital vid årets slut" "$DATA/out.html" || { echo "  the recomputed table was not returned"; exit 1; }
kill $PID; wait $PID 2>/dev/null || true

echo "== plan check, whole process"
RUNS=5 JAR=$JAR bench/plan-check.sh

echo "== plan document to PDF"
for f in examples/plans/*.yaml; do
  s=$(now); java -jar $JAR plan document "$f" --format pdf --out "${TMPDIR:-/tmp}/bench-plan.pdf" > /dev/null
  echo "  $(basename "$f"): whole process $(awk -v a="$(now)" -v b="$s" 'BEGIN {printf "%.2f", a - b}') s"
done
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="${TMPDIR:-/tmp}/samordna.cp" > /dev/null 2>&1 || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="${TMPDIR:-/tmp}/samordna.cp" > /dev/null
java -Dlogback.configurationFile=cli/logback-cli.xml -cp "target/classes:$(cat "${TMPDIR:-/tmp}/samordna.cp")" bench/PdfTiming.java 2>/dev/null
rm -rf "$DATA" "$jar"
