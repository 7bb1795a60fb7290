#!/usr/bin/env bash
# Measures the books' targets (issue 15): the command line's summary of a ~20 MB SIE 4 file (60 000 vouchers, ~275 000
# #TRANS), its import through the API into the embedded database (time, and how much the server's memory grows while it
# runs), and the monthly follow-up page for that year. Times are curl's totals on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/samordna.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 1; }
PORT=${PORT:-18082}
DATA=$(mktemp -d)
PASSWORD=bench-admin-password
SIE=$DATA/big.se
python3 bench/gen-sie.py "$SIE" > /dev/null
echo "== the file: $(stat -c %s "$SIE" | awk '{printf "%.1f MB", $1/1048576}')"
echo "== ledger summary, whole process (3 runs)"
for run in 1 2 3; do /usr/bin/time -f "  %e s, %M KB peak" java -jar $JAR ledger summary "$SIE" > /dev/null; done

export SAMORDNA_DATA_DIR=$DATA SAMORDNA_ADMIN_PASSWORD=$PASSWORD SERVER_PORT=$PORT
java -jar $JAR > "$DATA/run.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.2; done
jar=$(mktemp); csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
ids=""
for attempt in $(seq 1 120); do
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | csrf)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$PASSWORD&_csrf=$token" "http://localhost:$PORT/login"
  ids=$(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 || true)
  [ "$(echo "$ids" | grep -c .)" -ge 5 ] && break
  sleep 0.5
done
id=$(echo "$ids" | head -1)
token=$(curl -s -b "$jar" "http://localhost:$PORT/associations/$id/ledger" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"//')
for warm in 1 2 3; do curl -s -b "$jar" -o /dev/null "http://localhost:$PORT/associations/$id/ledger?year=2025"; done
before=$(ps -o rss= -p $PID)
( peak=0; while kill -0 $PID 2>/dev/null; do r=$(ps -o rss= -p $PID || echo 0); [ "$r" -gt "$peak" ] && peak=$r && echo $peak > "$DATA/peak"; sleep 0.05; done ) & SAMPLER=$!
echo "== import through the API (3 runs; each replaces the year)"
for run in 1 2 3; do
  curl -s -b "$jar" -H "X-CSRF-TOKEN: $token" -H "Content-Type: application/octet-stream" -X PUT --data-binary @"$SIE" \
      -o "$DATA/import.json" -w "  %{http_code} in %{time_total} s\n" "http://localhost:$PORT/api/v1/associations/$id/ledger"
done
kill $SAMPLER 2>/dev/null || true
grep -q '"transactions":274800' "$DATA/import.json" || { echo "  import failed: $(head -c 300 "$DATA/import.json")"; exit 1; }
echo "  server RSS before $((before / 1024)) MB, peak while importing $(( $(cat "$DATA/peak") / 1024 )) MB (growth $(( ($(cat "$DATA/peak") - before) / 1024 )) MB)"
if command -v psql > /dev/null; then
  # The reference and the page both run on the database's statistics of the new rows (autovacuum gathers them within a
  # minute or so; the bench does not wait): the owner analyses the two tables the statement reads.
  pgport=$(grep -o 'started on port [0-9]*' "$DATA/run.log" | head -1 | awk '{print $4}')
  PGPASSWORD=$(sed -n 1p "$DATA/db-secret") psql -q -h localhost -p "$pgport" -U postgres -d postgres \
    -c "analyze ledger_month" -c "analyze ledger_mapping" -c "analyze ledger_account"
fi
echo "== the monthly follow-up for that year (one kept-alive connection, as a browser has; timed over requests 100-300, and over 1000-1200 once the JIT has compiled the page's path)"
cookie=$(awk -F'\t' 'NF == 7 {printf "%s=%s; ", $6, $7}' "$jar")
for path in "associations/$id/ledger?year=2025" "api/v1/associations/$id/ledger/2025/follow-up"; do
  python3 - "$PORT" "/$path" "$cookie" > "$DATA/page-$(echo "$path" | cut -c1-3).txt" <<'PY'
import http.client, statistics, sys, time
port, path, cookie = int(sys.argv[1]), sys.argv[2], sys.argv[3]
conn = http.client.HTTPConnection("localhost", port)
early, steady = [], []
for i in range(1200):
    start = time.perf_counter()
    conn.request("GET", path, headers={"Cookie": cookie})
    answer = conn.getresponse()
    answer.read()
    took = (time.perf_counter() - start) * 1000
    if 100 <= i < 300:
        early.append(took)
    elif i >= 1000:
        steady.append(took)
early.sort()
steady.sort()
print(f"{statistics.median(steady):.1f} {steady[int(len(steady) * 0.95)]:.1f} {answer.status} {statistics.median(early):.1f} {early[int(len(early) * 0.95)]:.1f}")
PY
  read -r median p95 status emedian ep95 < "$DATA/page-$(echo "$path" | cut -c1-3).txt"
  echo "  /${path%%\?*}: HTTP $status, median $median ms, p95 $p95 ms (requests 100-300: median $emedian ms, p95 $ep95 ms)"
done
echo "== the annual report PDF of that year (5 requests)"
for i in 1 2 3 4 5; do
  curl -s -b "$jar" -o "$DATA/report.pdf" -w "  %{http_code} in %{time_total} s, %{size_download} bytes\n" "http://localhost:$PORT/associations/$id/annual-report/2025.pdf"
done
if command -v psql > /dev/null; then
  echo "== the same figures as one SQL statement (per budget line and month, most specific rule first), 50 runs in one session"
  pgport=$(grep -o 'started on port [0-9]*' "$DATA/run.log" | head -1 | awk '{print $4}')
  export PGPASSWORD=$(sed -n 2p "$DATA/db-secret")
  { echo '\timing on'; for i in $(seq 1 50); do cat <<SQL
select r.line_group, r.line_name, m.month, sum(m.amount)
from ledger_month m
cross join lateral (select line_group, line_name from ledger_mapping r
                    where r.association_id = m.association_id
                      and (r.object is null or r.object = m.object)
                      and length(m.account) >= length(r.account_from)
                      and substr(m.account, 1, length(r.account_from)) between r.account_from and r.account_to
                    order by r.object is null, length(r.account_from) desc, r.account_to::bigint - r.account_from::bigint, r.account_from
                    limit 1) r
where m.association_id = '$id' and m.year_start = '2025-01-01'
group by 1, 2, 3;
SQL
  done; } | psql -q -h localhost -p "$pgport" -U samordna_app -d postgres -o /dev/null 2>&1 | grep -o 'Time: [0-9.]*' | awk '{print $2}' \
    | sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f\n", a[int(NR/2)], a[int(NR*0.95)]}' > "$DATA/sql.txt"
  read -r sql sqlp95 < "$DATA/sql.txt"
  echo "  one statement, database time: median $sql ms, p95 $sqlp95 ms"
  read -r html _ _ ehtml _ < "$DATA/page-ass.txt"
  read -r json _ _ ejson _ < "$DATA/page-api.txt"
  awk -v h="$html" -v j="$json" -v s="$sql" -v eh="$ehtml" -v ej="$ejson" 'BEGIN {printf "  the page as HTML: %.2f x the statement (target 1.2); as JSON: %.2f x (requests 100-300: %.2f x and %.2f x)\n", h / s, j / s, eh / s, ej / s}'
  if [ -n "${FIGURES:-}" ]; then
    for kind in "HTML $html" "JSON $json"; do
      set -- $kind
      printf 'books page, %s, 275k transactions\t%s ms = %sx\tthe SQL statement %s ms\t<= 1.2x\t%s\n' "$1" "$2" \
        "$(awk -v a="$2" -v b="$sql" 'BEGIN {printf "%.1f", a / b}')" "$sql" "$(awk -v a="$2" -v b="$sql" 'BEGIN {print a / b <= 1.2 ? "met" : "not met"}')" >> "$FIGURES"
    done
  fi
elif [ -n "${FIGURES:-}" ]; then
  printf 'books page, HTML and JSON\tnot measured: psql is needed for the SQL reference\t-\t<= 1.2x\t-\n' >> "$FIGURES"
fi

