#!/usr/bin/env bash
# The follow-up page over 1 000 000 survey answers and 200 000 participant records, side by side with the
# best single SQL query for the same figures. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/samordna.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 1; }
command -v psql > /dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 1; }
PORT=${PORT:-18081}
DATA=$(mktemp -d)
[ -z "${KEEP:-}" ] || echo "== data directory, kept after the run (KEEP=1): $DATA"
PASSWORD=bench-admin-password
export SAMORDNA_DATA_DIR=$DATA SAMORDNA_ADMIN_PASSWORD=$PASSWORD SERVER_PORT=$PORT
YEAR=2025

java -jar $JAR --samordna.demo.follow-up=false > "$DATA/run.log" 2>&1 & PID=$!
cleanup() {
  # Under set -e a failing kill or the JVM's exit status from wait would end this before the data is removed.
  kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true
  # The embedded PostgreSQL stops after the JVM; remove its data only once it has.
  for _ in $(seq 1 50); do [ -f "$DATA/postgres/postmaster.pid" ] || break; sleep 0.2; done
  [ -n "${KEEP:-}" ] || rm -rf "$DATA"
}
trap cleanup EXIT
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.1; done
sleep 2
DBPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
sql() { psql -h localhost -p "$DBPORT" -U postgres -q -At "$@"; }
A=$(sql -c "select id from association where name like '%Klarälvdalen%'")

echo "== loading 200 000 participant records and 1 000 200 survey answers into Samordningsförbundet Klarälvdalen"
sql <<SQL
insert into participant_record (id, association_id, initiative_id, code, legal_sex, age_band, start_date, end_date, outcome, step_movement)
select gen_random_uuid(), '$A', (array['rebus-hagfors', 'modus-munkfors', 'b-bench-1', 'b-bench-2'])[1 + n % 4], 'B-' || n,
       case when n % 7 < 4 then 'WOMAN' else 'MAN' end, (array['16-19', '20-24', '25-29', '30-39', '40-49', '50-59', '60-64'])[1 + n % 7],
       date '$YEAR-01-01' + (n % 900) - 450,
       case when n % 3 = 0 then null else date '$YEAR-01-01' + (n % 900) - 450 + 30 + n % 400 end,
       case when n % 3 = 0 then null else (array['WORK', 'STUDIES', 'EMPLOYMENT_SERVICE', 'OTHER_MEMBER', 'OTHER'])[1 + n % 5] end,
       case when n % 3 = 0 then null else n % 4 <> 0 end
from generate_series(1, 200000) n;
-- Every answer its own distribution row (count 1): the most rows 1 000 200 answers can take.
insert into survey_round (id, association_id, name, year, respondent_group, scale)
select gen_random_uuid(), '$A', 'Benchmark ' || n, $YEAR, (array['PARTICIPANTS_EXIT', 'PARTICIPANTS_TWO_MONTHS', 'STAFF'])[1 + n % 3], 10
from generate_series(1, 3334) n;
insert into survey_answer_count (round_id, indicator, question, sex, answer, count)
select r.id, i, i, s, a, 1 from survey_round r, generate_series(1, 15) i, unnest(array['WOMAN', 'MAN']) s, generate_series(1, 10) a
where r.association_id = '$A' and r.name like 'Benchmark %';
analyze;
SQL
echo "  participant records: $(sql -c "select count(*) from participant_record where association_id = '$A'"), survey answers: $(sql -c "select sum(count) from survey_answer_count c join survey_round r on r.id = c.round_id where r.association_id = '$A'")"

jar=$(mktemp); csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$PASSWORD&_csrf=$token" "http://localhost:$PORT/login"
URL="http://localhost:$PORT/associations/$A/followup?year=$YEAR"
for i in $(seq 1 20); do curl -s -b "$jar" -o /dev/null "$URL"; done
curl -s -b "$jar" "$URL" > "$DATA/page.html"
grep -q "Instämmer" "$DATA/page.html" || { echo "  the page did not show the survey results"; exit 1; }

# The same figures in one statement: participants, exits and their outcomes by initiative and legal sex for the year
# (the page shows them by sex and per initiative), and the
# year's survey distribution (survey_year_distribution, kept by the database from every round) summed per
# indicator, respondent group and sex. Every figure is returned (json_agg), so the planner cannot skip computing
# one. The raw rounds are checked against the year's distribution once, below.
BEST="with p as (
  select initiative_id, legal_sex, count(*) filter (where start_date <= date '$YEAR-12-31' and (end_date is null or end_date >= date '$YEAR-01-01')),
         count(*) filter (where end_date between date '$YEAR-01-01' and date '$YEAR-12-31'),
         count(*) filter (where end_date between date '$YEAR-01-01' and date '$YEAR-12-31' and outcome in ('WORK', 'STUDIES', 'EMPLOYMENT_SERVICE')),
         count(*) filter (where end_date between date '$YEAR-01-01' and date '$YEAR-12-31' and step_movement),
         sum(end_date - start_date) filter (where end_date between date '$YEAR-01-01' and date '$YEAR-12-31')
  from participant_record
  where association_id = '$A' and start_date <= date '$YEAR-12-31' and (end_date is null or end_date >= date '$YEAR-01-01')
  group by initiative_id, legal_sex),
s as (
  select indicator, respondent_group, sex, sum(count), sum(count) filter (where answer >= 7), sum(count * answer)
  from survey_year_distribution where association_id = '$A' and year = $YEAR and count > 0 group by indicator, respondent_group, sex)
select (select json_agg(p) from p), (select json_agg(s) from s)"
for i in 1 2 3 4 5; do sql -c "$BEST" > /dev/null; done
RAW="select indicator, respondent_group, sex, answer, sum(count) from survey_answer_count c join survey_round r on r.id = c.round_id
     where r.association_id = '$A' and r.year = $YEAR group by 1, 2, 3, 4"
YEARLY="select indicator, respondent_group, sex, answer, count from survey_year_distribution where association_id = '$A' and year = $YEAR and count > 0"
[ "$(sql -c "select count(*) from (($RAW) except ($YEARLY)) x")" = 0 ] && [ "$(sql -c "select count(*) from (($YEARLY) except ($RAW)) x")" = 0 ] \
  || { echo "  the year's distribution disagrees with the rounds"; exit 1; }
echo "  the year's distribution agrees with all 3 334 rounds"

echo "== side by side, 5 rounds of 20 requests each (page: server round trip on loopback; SQL: psql \\timing)"
echo "   'after a change': the association's change counter is moved before each request, so the page counts the records"
echo "   again, as after any reporter's change; 'unchanged': the page reuses the year's counts it read before."
changed_all=(); page_all=(); sql_all=()
for round in 1 2 3 4 5; do
  for i in $(seq 1 20); do
    sql -c "update participant_change set version = version + 1 where association_id = '$A'"
    changed_all+=("$(curl -s -b "$jar" -o /dev/null -w "%{time_total}" "$URL" | awk '{printf "%.1f", $1 * 1000}')")
    page_all+=("$(curl -s -b "$jar" -o /dev/null -w "%{time_total}" "$URL" | awk '{printf "%.1f", $1 * 1000}')")
    sql_all+=("$( (echo '\timing on'; echo "$BEST;") | psql -h localhost -p "$DBPORT" -U postgres -q -At 2>&1 | grep -o 'Time: [0-9.]*' | cut -d' ' -f2)")
  done
done
stats() { sort -n | awk -v r="$1" '{a[NR]=$1} END {printf "  %s: median %.1f ms, p95 %.1f ms, best %.1f ms\n", r, a[int((NR+1)/2)], a[int(NR*0.95)], a[1]}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%s\n' "${changed_all[@]}" | stats "page after a change  "
printf '%s\n' "${page_all[@]}" | stats "page, data unchanged "
printf '%s\n' "${sql_all[@]}" | stats "best single SQL      "
cm=$(printf '%s\n' "${changed_all[@]}" | median); pm=$(printf '%s\n' "${page_all[@]}" | median); sm=$(printf '%s\n' "${sql_all[@]}" | median)
echo "  ratio of medians to the SQL: after a change $(awk -v p="$cm" -v s="$sm" 'BEGIN {printf "%.2f", p / s}')×, unchanged $(awk -v p="$pm" -v s="$sm" 'BEGIN {printf "%.2f", p / s}')×"
rm -f "$jar"
