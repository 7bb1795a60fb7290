#!/usr/bin/env bash
# The speed issue's table: every figure beside its target and the reference measured in the same run, then a table of
# them all. bench/speed.sh (command line, start, memory) and bench/ledger.sh (the books' page against its SQL) always
# run (about three minutes); the national working day (load/, about sixteen minutes: 76 associations generated, three
# warm-up runs, one measured run) runs with BENCH_LOAD=1, the suite on a clean clone (about three minutes) with
# BENCH_SUITE=1. Build first: ./mvnw -q -DskipTests package. The earlier issues' figures: bench/earlier.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/samordna.jar ] || { echo "build first: ./mvnw -q -DskipTests package"; exit 1; }
FIGURES=$(mktemp)
export FIGURES
now() { date +%s.%N; }

echo "== command line, server start and memory (bench/speed.sh)"
bench/speed.sh || echo "  bench/speed.sh ended with an error"
echo
echo "== the books' page (bench/ledger.sh)"
bench/ledger.sh || echo "  bench/ledger.sh ended with an error"
echo

if [ "${BENCH_LOAD:-0}" = 1 ]; then
  echo "== national working day (load/, 76 associations)"
  DATA=$(mktemp -d)
  PORT=${LOAD_PORT:-18095}
  SAMORDNA_DATA_DIR=$DATA SAMORDNA_ADMIN_PASSWORD=bench-admin-password SERVER_PORT=$PORT \
    java -jar target/samordna.jar --samordna.demo.national=76 > "$DATA/server.log" 2>&1 & PID=$!
  t0=$(now)
  # The national reader exists once the generation is done: until then the sign-in is refused.
  until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" | grep -q 200 \
      && grep -q "Generated a national installation" "$DATA/server.log" 2> /dev/null; do sleep 2; done
  echo "  generated and up after $(awk -v a="$(now)" -v b="$t0" 'BEGIN {printf "%.0f", a - b}') s"
  RATE=${LOAD_RATE:-3}
  # The first runs after the generation find a cold JIT, empty caches and the new rows not yet analysed: three warm-up
  # runs (on this machine the pages' p95 went 12 s, 2.3 s, 0.4 s, then 0.18 s), then the measured one.
  for run in warm-up-1 warm-up-2 warm-up-3 measured; do
    (cd load && ../mvnw -q -o gatling:test -Dsamordna.url="http://localhost:$PORT" -Dsamordna.password=bench-admin-password \
        -Dsamordna.year=2025 -Dsamordna.directors="$RATE" -Dsamordna.board="$RATE" -Dsamordna.reporters="$RATE" \
        -Dsamordna.national="$(awk -v r="$RATE" 'BEGIN {print r / 2}')" -Dsamordna.p95=60000 > "$DATA/gatling-$run.log" 2>&1) || true
    read -r rps errors p95 pages < <(cd load && python3 summary.py --figures)
    echo "  $run run at $RATE + $RATE + $RATE + $(awk -v r="$RATE" 'BEGIN {print r / 2}') arriving per second: $rps requests/s, $errors failed, p95 all $p95 ms, pages $pages ms"
  done
  met=$(awk -v r="$rps" -v p="$pages" -v e="$errors" 'BEGIN {print (r >= 50 && p < 200 && e == 0) ? "met" : "not met"}')
  printf 'national working day\t%s requests/s, pages p95 %s ms, %s failed\t-\t>= 50 requests/s with pages p95 < 200 ms\t%s\n' \
    "$rps" "$pages" "$errors" "$met" >> "$FIGURES"
  kill $PID; wait $PID 2> /dev/null || true
  rm -rf "$DATA"
else
  printf 'national working day\tnot run (BENCH_LOAD=1)\t-\t>= 50 requests/s with pages p95 < 200 ms\t-\n' >> "$FIGURES"
fi

if [ "${BENCH_SUITE:-0}" = 1 ]; then
  echo "== the suite on a clean clone (./mvnw verify)"
  CLONE=$(mktemp -d)
  git clone -q . "$CLONE/samordna"
  t0=$(now)
  if (cd "$CLONE/samordna" && ./mvnw -o -B -q verify > "$CLONE/verify.log" 2>&1); then result=green; else result=FAILED; fi
  took=$(awk -v a="$(now)" -v b="$t0" 'BEGIN {printf "%.0f", a - b}')
  tests=$(cat "$CLONE"/samordna/target/surefire-reports/TEST-*.xml 2> /dev/null | grep -c "<testcase" || true)
  echo "  $result, $tests tests in $((took / 60)) min $((took % 60)) s"
  met=$(awk -v t="$took" -v r="$result" 'BEGIN {print (t <= 150 && r == "green") ? "met" : "not met"}')
  printf 'suite on a clean clone\t%d min %d s, %s tests, %s\t-\t<= 2 min 30 s\t%s\n' $((took / 60)) $((took % 60)) "$tests" "$result" "$met" >> "$FIGURES"
  rm -rf "$CLONE"
else
  printf 'suite on a clean clone\tnot run (BENCH_SUITE=1)\t-\t<= 2 min 30 s\t-\n' >> "$FIGURES"
fi

echo "== every figure beside its target"
{ printf 'figure\tmeasured\treference\ttarget\t\n'; cat "$FIGURES"; } | awk -F'\t' '{printf "  %-40s %-56s %-28s %-42s %s\n", $1, $2, $3, $4, $5}'
rm -f "$FIGURES"
