#!/usr/bin/env bash
# Measures the yearly cycle's targets (issue 13): roll-forward of each seed plan through the API, and serving an adopted
# plan's archived PDF. Times are curl's total on loopback, so they include the HTTP round trip (an upper bound of the
# server time). Starts the jar on a fresh data directory with the demo plans as imported drafts.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/samordna.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 1; }
PORT=${PORT:-18081}
DATA=$(mktemp -d)
PASSWORD=bench-admin-password
export SAMORDNA_DATA_DIR=$DATA SAMORDNA_ADMIN_PASSWORD=$PASSWORD SERVER_PORT=$PORT SAMORDNA_DEMO_CYCLE=false
java -jar $JAR > "$DATA/run.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.1; done

jar=$(mktemp); csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
ids=""
for attempt in $(seq 1 60); do
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | csrf)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$PASSWORD&_csrf=$token" "http://localhost:$PORT/login"
  ids=$(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 || true)
  [ -n "$ids" ] && break
  sleep 0.5
done
[ -n "$ids" ] || { echo "could not log in as admin"; exit 1; }
first=$(echo "$ids" | head -1)
token=$(curl -s -b "$jar" "http://localhost:$PORT/associations/$first/budget" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"//')
post() { curl -s -b "$jar" -H "X-CSRF-TOKEN: $token" -H "Content-Type: application/json" "$@"; }

echo "== adoption (renders and archives PDF and DOCX) and roll-forward, one per seed plan"
for id in $ids; do
  plans=$(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations/$id/plans")
  plan=$(echo "$plans" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  version=$(echo "$plans" | grep -o '"version":[0-9]*' | head -1 | cut -d: -f2)
  adopt=$(post -o /dev/null -w "%{http_code} %{time_total}" -d "{\"adoptedOn\":\"2024-11-29\",\"minutes\":\"§ 1\",\"version\":$version,\"confirmErrors\":true}" \
      "http://localhost:$PORT/api/v1/associations/$id/plans/$plan/adoption")
  roll=$(post -o "$DATA/next.json" -w "%{http_code} %{time_total}" -X POST "http://localhost:$PORT/api/v1/associations/$id/plans/$plan/roll-forward")
  year=$(grep -o '"budgetYear":[0-9]*' "$DATA/next.json" | cut -d: -f2)
  echo "$adopt $roll $year" | awk '{printf "  adoption %s in %.0f ms; roll-forward %s in %.0f ms (new budget year %s)\n", $1, $2*1000, $3, $4*1000, $5}'
  echo "$id $plan" >> "$DATA/adopted"
done

echo "== the archived PDF of an adopted plan, 50 downloads per plan"
while read -r id plan; do
  times=()
  for i in $(seq 1 50); do
    times+=("$(curl -s -b "$jar" -o "$DATA/doc.pdf" -D "$DATA/headers" -w "%{time_total}" "http://localhost:$PORT/api/v1/associations/$id/plans/$plan/document.pdf")")
  done
  sha=$(grep -i '^x-content-sha256' "$DATA/headers" | tr -d '\r' | awk '{print $2}')
  [ "$sha" = "$(sha256sum "$DATA/doc.pdf" | cut -d' ' -f1)" ] || { echo "  the checksum header does not match the bytes"; exit 1; }
  printf '%s\n' "${times[@]}" | sort -n | awk -v s="$(stat -c %s "$DATA/doc.pdf")" '{a[NR]=$1} END {printf "  %d kB: median %.1f ms, p95 %.1f ms, max %.1f ms\n", s/1024, a[int(NR/2)]*1000, a[int(NR*0.95)]*1000, a[NR]*1000}'
done < "$DATA/adopted"
