#!/usr/bin/env bash
# The daily e-mail digests of a national installation, rendered and sent to a real SMTP server (GreenMail): starts
# the jar on DATA (a data directory made with samordna.demo.national=76 and SAMORDNA_ADMIN_PASSWORD, see
# load/README.md) with mail settings pointing at bench/SmtpSink.java, asks for today's digests through
# POST /api/v1/admin/reminders, and prints the time of that request and what the SMTP server received.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:?set DATA to the data directory of a national installation}
PASSWORD=${SAMORDNA_ADMIN_PASSWORD:-bench-admin-password}
PORT=${PORT:-18090}
JAR=${JAR:-target/samordna.jar}
now() { date +%s.%N; }
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="${TMPDIR:-/tmp}/samordna-test.cp" > /dev/null 2>&1 \
  || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="${TMPDIR:-/tmp}/samordna-test.cp" > /dev/null
fifo=$(mktemp -u); mkfifo "$fifo"
java -cp "$(cat "${TMPDIR:-/tmp}/samordna-test.cp")" bench/SmtpSink.java < "$fifo" > "${TMPDIR:-/tmp}/smtp-sink.out" 2>&1 & SINK=$!
exec 3> "$fifo"
until grep -q listening "${TMPDIR:-/tmp}/smtp-sink.out" 2>/dev/null; do sleep 0.2; done
SAMORDNA_DATA_DIR=$DATA SAMORDNA_ADMIN_PASSWORD=$PASSWORD java -jar "$JAR" --server.port=$PORT --spring.mail.host=127.0.0.1 \
  --spring.mail.port=3025 --samordna.base-url=http://localhost:$PORT > "${TMPDIR:-/tmp}/digests-server.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null; exec 3>&-; wait 2>/dev/null' EXIT
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.2; done
jar=$(mktemp)
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$PASSWORD&_csrf=$token" "http://localhost:$PORT/login"
token=$(curl -s -b "$jar" "http://localhost:$PORT/" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"//')
associations=$(curl -s -b "$jar" "http://localhost:$PORT/api/v1/associations" | grep -o '"id":"' | wc -l)
s=$(now)
answer=$(curl -s -b "$jar" -H "X-CSRF-TOKEN: $token" -X POST "http://localhost:$PORT/api/v1/admin/reminders")
e=$(now)
echo "count" >&3; sleep 1
echo "== digests of $associations associations: $answer in $(awk -v a="$e" -v b="$s" 'BEGIN {printf "%.1f", a - b}') s"
echo "   the SMTP server holds $(tail -1 "${TMPDIR:-/tmp}/smtp-sink.out")"
