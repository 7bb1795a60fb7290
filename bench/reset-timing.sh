#!/usr/bin/env bash
# Issue 29, finding 1: "Glömt lösenordet?" must answer in the same time whoever is named. Starts the jar on a fresh data
# directory with mail pointing at bench/SmtpSink.java, gives admin an e-mail address, then sends N alternating reset
# requests (admin, who has an address, and a name nobody has) and prints the median answer time of each and the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/samordna.jar}
PORT=${PORT:-18095}
N=${N:-40}
DATA=$(mktemp -d)
export SAMORDNA_DATA_DIR=$DATA SAMORDNA_ADMIN_PASSWORD=bench-admin-password SAMORDNA_DEMO_CYCLE=false
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="${TMPDIR:-/tmp}/samordna-test.cp" > /dev/null 2>&1 \
  || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="${TMPDIR:-/tmp}/samordna-test.cp" > /dev/null
fifo=$(mktemp -u); mkfifo "$fifo"
java -cp "$(cat "${TMPDIR:-/tmp}/samordna-test.cp")" bench/SmtpSink.java < "$fifo" > "$DATA/smtp.out" 2>&1 & SINK=$!
exec 3> "$fifo"
until grep -q listening "$DATA/smtp.out" 2>/dev/null; do sleep 0.2; done
java -jar "$JAR" --server.port=$PORT --spring.mail.host=127.0.0.1 --spring.mail.port=3025 > "$DATA/server.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null; exec 3>&-; wait 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.2; done
sleep 3
pgport=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PGPASSWORD=$(head -1 "$DATA/db-secret") psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres \
  -c "update user_account set email = 'admin@example.se' where username = 'admin'" > /dev/null
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/password-reset" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
ask() { curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' -d "account=$1&_csrf=$token" "http://localhost:$PORT/password-reset"; }
for i in $(seq 1 5); do ask admin > /dev/null; ask "nobody-$i" > /dev/null; done   # warm up
known=(); unknown=()
for i in $(seq 1 "$N"); do known+=("$(ask admin)"); unknown+=("$(ask "nobody-at-all-$i")"); done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2) * 1000}'; }
mk=$(median "${known[@]}"); mu=$(median "${unknown[@]}")
sleep 2; echo "count" >&3; sleep 1
echo "== password reset, $N alternating requests each: median $mk ms for an account with an address, $mu ms for an unknown name, difference $(awk -v a="$mk" -v b="$mu" 'BEGIN {d = a - b; printf "%.1f", d < 0 ? -d : d}') ms"
echo "   the SMTP server holds $(tail -1 "$DATA/smtp.out") (one reset link per account per 15 minutes)"
