package se.samordna.followup;

import se.samordna.shared.AssociationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * SCB's full-year equivalents per municipality (Statistikdatabasen HE0000T01N / HE0000T02), imported all or
 * nothing from CSV ({@code region;kön;period;helårsekvivalenter;befolkning 20-64}), and per municipality the share
 * of the population 20–64 supported by public benefits and its change from the previous period.
 */
@Service
public class RegionalStatistics {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    RegionalStatistics(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public record Share(String municipalityCode, String municipality, String period, String sex, BigDecimal fullYearEquivalents,
                        int population, BigDecimal share, BigDecimal change) {
    }

    @Transactional
    public int importCsv(AssociationId associationId, String csv) {
        List<Object[]> rows = new ArrayList<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<se.samordna.shared.Csv.Row> csvRows = se.samordna.shared.Csv.rows(csv, 50000, se.samordna.shared.Csv.Separator.SEMICOLON_OR_COMMA);
        for (se.samordna.shared.Csv.Row row : csvRows) {
            int n = row.line() - 1;
            String line = row.text();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("region")) {
                continue;
            }
            String[] c = row.cells();
            Text place = Text.of("place.rad2", n + 1);
            if (c.length != 5) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.radenSkaHaFemFalt")));
                continue;
            }
            String region = c[0].strip();
            if (!region.matches("\\d{4} .+")) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.regionenSkaBorjaMedKommunkoden")));
                continue;
            }
            String written = c[1].strip().toLowerCase(Locale.ROOT);
            String sex = written.equals("totalt") || written.equals("båda könen") ? "TOTAL"
                    : se.samordna.shared.LegalSex.read(written).map(Enum::name).orElse(null);
            String period = c[2].strip().replace("M", "M");
            if (sex == null) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.konSkaVaraKvinnorMan")));
                continue;
            }
            try {
                se.samordna.shared.Period.parse(period, java.util.EnumSet.of(se.samordna.shared.Period.Kind.YEAR, se.samordna.shared.Period.Kind.MONTH));
            } catch (InvalidInputException notAPeriod) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.periodenSkaVaraEttAr", period)));
                continue;
            }
            try {
                BigDecimal fye = se.samordna.shared.Decimals.parse(c[3]);
                int population = Integer.parseInt(c[4].strip().replace(" ", ""));
                if (fye.signum() < 0 || population <= 0) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.helarsekvivalenternaKanInteVaraNegativa")));
                    continue;
                }
                rows.add(new Object[]{region.substring(0, 4), region.substring(5).strip(), period, sex, fye, population});
            } catch (NumberFormatException e) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.helarsekvivalenterOchBefolkningSkaVara")));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.fil"), Text.of("error.filenInnehallerIngenStatistik")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store(associationId, rows, csv);
        return rows.size();
    }

    /**
     * Every row in one statement (a later row for the same municipality, period and sex wins, as a second import would),
     * and one audit entry with the count and the file's checksum.
     */
    private void store(AssociationId associationId, List<Object[]> rows, String csv) {
        Map<String, Object[]> latest = new java.util.LinkedHashMap<>();
        rows.forEach(r -> latest.put(r[0] + "/" + r[2] + "/" + r[3], r));
        List<Object[]> unique = List.copyOf(latest.values());
        jdbc.sql("""
                insert into regional_statistic (association_id, municipality_code, municipality, period, sex, full_year_equivalents, population)
                select :a, t.code, t.name, t.p, t.sex, t.fye, t.pop
                from unnest(cast(:codes as text[]), cast(:names as text[]), cast(:periods as text[]), cast(:sexes as text[]),
                            cast(:fyes as numeric[]), cast(:pops as integer[])) as t(code, name, p, sex, fye, pop)
                on conflict (association_id, municipality_code, period, sex) do update set municipality = excluded.municipality,
                    full_year_equivalents = excluded.full_year_equivalents, population = excluded.population""")
                .param("a", associationId.value())
                .param("codes", unique.stream().map(r -> (String) r[0]).toArray(String[]::new))
                .param("names", unique.stream().map(r -> (String) r[1]).toArray(String[]::new))
                .param("periods", unique.stream().map(r -> (String) r[2]).toArray(String[]::new))
                .param("sexes", unique.stream().map(r -> (String) r[3]).toArray(String[]::new))
                .param("fyes", unique.stream().map(r -> (BigDecimal) r[4]).toArray(BigDecimal[]::new))
                .param("pops", unique.stream().map(r -> (Integer) r[5]).toArray(Integer[]::new))
                .update();
        auditLog.record(associationId, "regional-statistics", null, "imported", Map.of("rows", rows.size(), "sha256", se.samordna.shared.Csv.checksum(csv)));
    }


    public List<Share> shares(AssociationId associationId) {
        record Row(String municipalityCode, String municipality, String period, String sex, BigDecimal fullYearEquivalents, int population) {
        }
        List<Row> rows = jdbc.sql("""
                select municipality_code, municipality, period, sex, full_year_equivalents, population from regional_statistic
                where association_id = :a order by municipality_code, sex, period""")
                .param("a", associationId.value()).query(Row.class).list();
        List<Share> result = new ArrayList<>();
        Row previous = null;
        BigDecimal previousShare = null;
        for (Row r : rows) {
            BigDecimal share = r.fullYearEquivalents().multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(r.population()), 1, RoundingMode.HALF_UP);
            boolean sameSeries = previous != null && previous.municipalityCode().equals(r.municipalityCode()) && previous.sex().equals(r.sex())
                    && previous.period().length() == r.period().length();
            result.add(new Share(r.municipalityCode(), r.municipality(), r.period(), r.sex(), r.fullYearEquivalents(), r.population(), share,
                    sameSeries ? share.subtract(previousShare) : null));
            previous = r;
            previousShare = share;
        }
        return result;
    }

    /** The share (total, all member municipalities together) for a year, if imported. */
    public BigDecimal totalShare(AssociationId associationId, int year) {
        record Sum(BigDecimal fye, Long population) {
        }
        Sum sum = jdbc.sql("""
                select sum(full_year_equivalents) as fye, sum(population) as population from regional_statistic
                where association_id = :a and period = :p and sex = 'TOTAL'""")
                .param("a", associationId.value()).param("p", String.valueOf(year)).query(Sum.class).single();
        return sum.fye() == null || sum.population() == null || sum.population() == 0 ? null
                : sum.fye().multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(sum.population()), 1, RoundingMode.HALF_UP);
    }
}
