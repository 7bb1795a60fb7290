package se.samordna.followup;

import se.samordna.shared.AssociationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The NNS indicator survey: rounds per respondent group, answers as whole distributions keyed by (indicator,
 * group, question), and per indicator the share agreeing (answers at or above the cut-off, a setting) and the
 * mean, for women, men and everyone; groups smaller than the suppression threshold are not shown.
 */
@Service
public class Surveys {

    /** The 15 NNS core indicators, in short, in Swedish ({@code surveys.indicator.1} … {@code .15} in the bundles). */
    public static final List<String> INDICATORS = java.util.stream.IntStream.rangeClosed(1, 15)
            .mapToObj(n -> Text.of("surveys.indicator." + n).swedish()).toList();

    public enum Group { PARTICIPANTS_TWO_MONTHS, PARTICIPANTS_EXIT, STAFF, PREPARATION_GROUP, STEERING_GROUPS, BOARD }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final int agreeFrom;
    private final int threshold;

    Surveys(JdbcClient jdbc, AuditLog auditLog, @Value("${samordna.survey.agree-from:7}") int agreeFrom,
            @Value("${samordna.followup.suppression-threshold:5}") int threshold) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.agreeFrom = agreeFrom;
        this.threshold = threshold;
    }

    public record Round(UUID id, String name, int year, String respondentGroup, int scale, String initiativeId) {
    }

    /** One indicator's result in a year and group: respondents, share agreeing (%) and mean, overall and by sex (null = hidden). */
    public record Result(int indicator, String group, int respondents, BigDecimal shareAgreeing, BigDecimal mean,
                         BigDecimal shareWomen, BigDecimal shareMen) {
    }

    /** One indicator's share agreeing in a respondent group, year by year (null where too few answered). */
    public record Trend(int indicator, String group, java.util.SortedMap<Integer, BigDecimal> shareByYear) {
    }

    /** Every indicator and group the association has answers for, with its share agreeing in each year, from the yearly sums (V9). */
    public List<Trend> trends(AssociationId associationId) {
        record YearRow(int indicator, String group, int year, long respondents, long agreeing) {
        }
        List<YearRow> rows = jdbc.sql("""
                select indicator, respondent_group as "group", year, sum(count) as respondents,
                       coalesce(sum(count) filter (where answer >= :agree), 0) as agreeing
                from survey_year_distribution where association_id = :a and count > 0
                group by indicator, respondent_group, year""")
                .param("a", associationId.value()).param("agree", agreeFrom).query(YearRow.class).list();
        Map<String, Trend> trends = new java.util.TreeMap<>();
        for (YearRow row : rows) {
            trends.computeIfAbsent(String.format("%02d/%s", row.indicator(), row.group()), k -> new Trend(row.indicator(), row.group(), new java.util.TreeMap<>()))
                    .shareByYear().put(row.year(), Suppression.answerShare(row.agreeing(), row.respondents(), threshold));
        }
        return List.copyOf(trends.values());
    }

    /** A respondent group's name in Swedish, for documents and comments (pages use the messages). */
    /** A respondent group's name in Swedish ({@code surveys.group.*}); an unknown group as it is written. */
    public static String groupName(String group) {
        boolean known = java.util.Arrays.stream(Group.values()).anyMatch(g -> g.name().equals(group));
        return known ? Text.of("surveys.group." + group).swedish() : group;
    }

    public int agreeFrom() {
        return agreeFrom;
    }

    public List<Round> rounds(AssociationId associationId) {
        return jdbc.sql("select id, name, year, respondent_group, scale, initiative_id from survey_round where association_id = :a order by year desc, name")
                .param("a", associationId.value()).query(Round.class).list();
    }

    /** The rounds of one year, as the surveys page lists them. */
    public List<Round> rounds(AssociationId associationId, int year) {
        return jdbc.sql("select id, name, year, respondent_group, scale, initiative_id from survey_round where association_id = :a and year = :y order by name")
                .param("a", associationId.value()).param("y", year).query(Round.class).list();
    }

    /** The years with rounds and how many each, newest first. */
    public Map<Integer, Integer> roundsPerYear(AssociationId associationId) {
        Map<Integer, Integer> years = new java.util.LinkedHashMap<>();
        jdbc.sql("select year, count(*) from survey_round where association_id = :a group by year order by year desc").param("a", associationId.value())
                .query((rs, n) -> years.put(rs.getInt(1), rs.getInt(2))).list();
        return years;
    }

    /** Creates a round and imports its answers from CSV ({@code indicator;question;sex;answer;count}), all or nothing. */
    @Transactional
    public UUID importRound(AssociationId associationId, String name, int year, Group group, int scale, String csv) {
        requireRound(name, year, scale);
        List<int[]> rows = new ArrayList<>();
        List<String> sexes = new ArrayList<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<se.samordna.shared.Csv.Row> csvRows = se.samordna.shared.Csv.rows(csv, 5000, se.samordna.shared.Csv.Separator.SEMICOLON);
        for (se.samordna.shared.Csv.Row row : csvRows) {
            int n = row.line() - 1;
            String line = row.text();
            if (line.isEmpty() || (n == 0 && line.toLowerCase(Locale.ROOT).startsWith("indikator"))) {
                continue;
            }
            String[] c = row.cells();
            Text place = Text.of("place.rad2", n + 1);
            if (c.length != 5) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.radenSkaHaFemFalt2")));
                continue;
            }
            try {
                int indicator = Integer.parseInt(c[0].strip());
                int question = Integer.parseInt(c[1].strip());
                int answer = Integer.parseInt(c[3].strip());
                int count = Integer.parseInt(c[4].strip());
                String written = c[2].strip().toLowerCase(Locale.ROOT);
                String sex = java.util.Set.of("", "-", "okänt", "unknown").contains(written) ? "UNKNOWN"
                        : se.samordna.shared.LegalSex.read(written).map(Enum::name).orElse(null);
                if (indicator < 1 || indicator > 15) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.indikatornFinnsInteNnsHar", indicator)));
                } else if (question < 1 || question > 99) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.fragenumretArOrimligt", question)));
                } else if (sex == null) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.konSkaVaraKM")));
                } else if (answer < 1 || answer > scale) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.svaretLiggerUtanforSkalan1", answer, scale)));
                } else if (count < 0) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.antaletKanInteVaraNegativt")));
                } else {
                    rows.add(new int[]{indicator, question, answer, count});
                    sexes.add(sex);
                }
            } catch (NumberFormatException e) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.indikatorFragaSvarOchAntal")));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.fil"), Text.of("error.filenInnehallerIngaSvar")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return storeRound(associationId, name, year, group, scale, rows, sexes, csv);
    }

    private static void requireRound(String name, int year, int scale) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException(Text.of("place.namn"), Text.of("error.geEnkatomgangenEttNamn"));
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.aretLiggerUtanfor20002100", year));
        }
        if (scale < 2 || scale > 10) {
            throw new InvalidInputException(Text.of("place.skala"), Text.of("error.skalanSkaHa210Steg"));
        }
    }

    /** The round and its answer counts, and one audit entry with the number of answers and the file's checksum. */
    private UUID storeRound(AssociationId associationId, String name, int year, Group group, int scale, List<int[]> rows, List<String> sexes,
                            String csv) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into survey_round (id, association_id, name, year, respondent_group, scale) values (:id, :a, :n, :y, :g, :s)")
                .param("id", id).param("a", associationId.value()).param("n", name.trim()).param("y", year).param("g", group.name()).param("s", scale).update();
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            jdbc.sql("""
                    insert into survey_answer_count (round_id, indicator, question, sex, answer, count) values (:r, :i, :q, :sex, :ans, :c)
                    on conflict (round_id, indicator, question, sex, answer) do update set count = survey_answer_count.count + :c""")
                    .param("r", id).param("i", r[0]).param("q", r[1]).param("sex", sexes.get(i)).param("ans", r[2]).param("c", r[3]).update();
        }
        auditLog.record(associationId, "survey-round", id, "imported", Map.of("name", name.trim(), "year", year, "group", group.name(),
                "answers", rows.stream().mapToInt(r -> r[3]).sum(), "sha256", se.samordna.shared.Csv.checksum(csv)));
        return id;
    }


    /** Results per indicator and respondent group for a year, from the year's distribution (kept by the database, V9), in one query. */
    private record Row(int indicator, String group, String sex, long respondents, long agreeing, BigDecimal total) {
    }

    public List<Result> results(AssociationId associationId, int year) {
        List<Row> rows = jdbc.sql("""
                select indicator, respondent_group as "group", sex, sum(count) as respondents,
                       coalesce(sum(count) filter (where answer >= :agree), 0) as agreeing, sum(count * answer) as total
                from survey_year_distribution
                where association_id = :a and year = :y and count > 0
                group by indicator, respondent_group, sex""")
                .param("a", associationId.value()).param("y", year).param("agree", agreeFrom)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6)))
                .list();
        Map<String, List<Row>> byKey = new java.util.TreeMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(String.format("%02d/%s", r.indicator(), r.group()), k -> new ArrayList<>()).add(r));
        List<Result> results = new ArrayList<>();
        for (List<Row> group : byKey.values()) {
            long n = group.stream().mapToLong(Row::respondents).sum();
            long agreeing = group.stream().mapToLong(Row::agreeing).sum();
            BigDecimal total = group.stream().map(Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            Row women = group.stream().filter(r -> r.sex().equals(se.samordna.shared.LegalSex.WOMAN.name())).findFirst().orElse(null);
            Row men = group.stream().filter(r -> r.sex().equals(se.samordna.shared.LegalSex.MAN.name())).findFirst().orElse(null);
            boolean hide = Suppression.fewAnswers(n, threshold);
            Suppression.AnswerShares bySex = Suppression.answerShares(women == null ? 0 : women.agreeing(), women == null ? 0 : women.respondents(),
                    men == null ? 0 : men.agreeing(), men == null ? 0 : men.respondents(), !hide, threshold);
            results.add(new Result(group.get(0).indicator(), group.get(0).group(), (int) n,
                    Suppression.answerShare(agreeing, n, threshold), hide || n == 0 ? null : total.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP),
                    bySex.women(), bySex.men()));
        }
        return results;
    }

    /** The share agreeing for one indicator and group in a year (null when not measured or too few answered). */
    public BigDecimal shareAgreeing(AssociationId associationId, int year, int indicator, String group) {
        return results(associationId, year).stream().filter(r -> r.indicator() == indicator && (group == null || r.group().equals(group)))
                .map(Result::shareAgreeing).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Removes a round imported by mistake with all its answers; the year's results follow (V9 trigger). Logged. */
    @Transactional
    public void deleteRound(AssociationId associationId, UUID roundId) {
        Round round = rounds(associationId).stream().filter(r -> r.id().equals(roundId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("error.enkatomgangenFinnsInte")));
        jdbc.sql("delete from survey_round where id = :id and association_id = :a").param("id", roundId).param("a", associationId.value()).update();
        auditLog.record(associationId, "survey-round", roundId, "deleted", Map.of("name", round.name(), "year", round.year(),
                "group", round.respondentGroup()));
    }

    public void requireRound(AssociationId associationId, UUID roundId) {
        if (rounds(associationId).stream().noneMatch(r -> r.id().equals(roundId))) {
            throw new NotFoundException(Text.of("error.enkatomgangenFinnsInte"));
        }
    }
}
