package se.samordna.ledger;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.ledger.sie.SieFile;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.PlanPeriod;
import se.samordna.plan.PlanStatus;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.LineType;
import se.samordna.plan.YearFigures;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * Budget against actual for one year, month by month: each budget line's budget spread over the months (evenly, or by
 * the line's monthly profile), what the books show on its accounts, the difference so far, and the forecast for the
 * whole year: what is booked through the last month booked plus the budget of the months still to come (all booked
 * when the books cover the year), unless the director entered one, with the projected result and equity at year end
 * against the plan's ceiling and floor. The plan
 * followed is the one the board adopted for the year (else the plan worked on that has the year).
 */
@Service
public class LedgerFollowUp {

    private final JdbcClient jdbc;
    private final Plans plans;
    private final PlanCycle cycle;
    private final AccountRules rules;
    private final LedgerImports imports;
    private final AuditLog auditLog;

    LedgerFollowUp(JdbcClient jdbc, Plans plans, PlanCycle cycle, AccountRules rules, LedgerImports imports, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.cycle = cycle;
        this.rules = rules;
        this.imports = imports;
        this.auditLog = auditLog;
    }

    /** One budget line of the year: {@code lineId} is how the books' rules, profile and forecast refer to it. */
    public record LineRow(String lineId, String group, String line, String ref, boolean income, Money budget, List<Money> budgetByMonth,
                          List<Money> actualByMonth, Money budgetToDate, Money actualToDate, Money forecast, boolean forecastEntered) {
        public Money differenceToDate() {
            return actualToDate.minus(budgetToDate);
        }
    }

    public record Unmapped(String account, String name, String object, Money amount) {
    }

    /**
     * An initiative's lines together: what the plan gives it this year, what the books show so far, the forecast.
     * {@code initiative} is its name; {@code initiativeId} its id (null for a line naming an initiative the plan does
     * not hold).
     */
    public record InitiativeRow(String initiativeId, String initiative, Money budget, Money actualToDate, Money forecast, boolean mapped) {
    }

    public record View(int year, Optional<LedgerImports.Imported> books, PlanPeriod plan, int monthsBooked, List<LineRow> rows,
                       Money budgetResult, Money actualResultToDate, Money forecastResult, Money openingEquity,
                       Money projectedEquity, Money ceiling, Money floor, List<Unmapped> unmapped, AccountRules.Rules rules,
                       List<AccountRule> suggestions, List<InitiativeRow> initiatives, List<AccountRule> rulesWithoutLine) {
    }

    @Transactional(readOnly = true)
    public View view(AssociationId associationId, int year) {
        return view(associationId, year, null);
    }

    /** The year through {@code throughMonth} (1–12; null: as far as the books go), for an interim report. */
    @Transactional(readOnly = true)
    public View view(AssociationId associationId, int year, Integer throughMonth) {
        Followed followed = followed(associationId, year);
        Plan plan = followed.stored().plan();
        PlanPeriod period = followed.period();
        AccountRules.Rules mapping = rules.of(associationId).labelled(plan);
        List<AccountRule> withoutLine = mapping.withoutLine(plan);
        Optional<LedgerImports.Imported> books = imports.find(associationId, year);
        Booked fromBooks = booked(associationId, year, books, mapping, withoutLine);
        Map<String, long[]> actual = fromBooks.actual();
        List<Unmapped> unmapped = fromBooks.unmapped();
        int monthsBooked = fromBooks.monthsBooked();
        Map<String, int[]> profiles = new HashMap<>();
        Map<String, Long> forecasts = new HashMap<>();
        profilesAndForecasts(associationId, year, profiles, forecasts);
        List<LineRow> rows = new ArrayList<>();
        Map<String, InitiativeRow> byInitiative = new LinkedHashMap<>();
        int upTo = throughMonth != null ? Math.max(0, Math.min(12, throughMonth)) : monthsBooked;
        Money budgetResult = Money.ZERO;
        Money actualResult = Money.ZERO;
        Money forecastResult = Money.ZERO;
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                if (line.type() == LineType.EQUITY_USE) {
                    continue;
                }
                boolean income = line.type() != LineType.COST;
                String key = key(group, line);
                Money budget = line.amount(year);
                List<Money> budgetByMonth = profiles.containsKey(key) ? spread(budget, profiles.get(key)) : spread(budget);
                long[] booked = actual.getOrDefault(key, new long[12]);
                List<Money> actualByMonth = new ArrayList<>();
                for (long amount : booked) {
                    actualByMonth.add(se.samordna.ledger.accounts.BooksSign.toPlan(amount, income));
                }
                Money budgetToDate = budgetByMonth.subList(0, upTo).stream().reduce(Money.ZERO, Money::plus);
                Money actualToDate = actualByMonth.subList(0, upTo).stream().reduce(Money.ZERO, Money::plus);
                Long entered = forecasts.get(key);
                Money forecast = entered != null ? new Money(entered)
                        : actualByMonth.subList(0, monthsBooked).stream().reduce(Money.ZERO, Money::plus)
                                .plus(budgetByMonth.subList(monthsBooked, 12).stream().reduce(Money.ZERO, Money::plus));
                rows.add(new LineRow(line.id(), group.name(), line.name(), line.ref(), income, budget, budgetByMonth, actualByMonth, budgetToDate,
                        actualToDate, forecast, entered != null));
                if (line.initiative() != null && !income) {
                    boolean mapped = mapping.rules().stream().anyMatch(r -> key.equals(r.lineId()));
                    Optional<se.samordna.plan.Initiative> funded = plan.initiativeOf(line);
                    byInitiative.merge(line.initiative(), new InitiativeRow(funded.map(se.samordna.plan.Initiative::id).orElse(null),
                                    funded.map(se.samordna.plan.Initiative::name).orElse(line.initiative()), budget, actualToDate, forecast, mapped),
                            (a, b) -> new InitiativeRow(a.initiativeId(), a.initiative(), a.budget().plus(b.budget()), a.actualToDate().plus(b.actualToDate()),
                                    a.forecast().plus(b.forecast()), a.mapped() || b.mapped()));
                }
                budgetResult = income ? budgetResult.plus(budget) : budgetResult.minus(budget);
                actualResult = income ? actualResult.plus(actualToDate) : actualResult.minus(actualToDate);
                forecastResult = income ? forecastResult.plus(forecast) : forecastResult.minus(forecast);
            }
        }
        se.samordna.plan.PlanFigures planFigures = se.samordna.plan.PlanFigures.of(plan);
        YearFigures figures = planFigures.year(year).orElse(null);
        Money opening = figures == null || figures.equityStart() == null ? null : figures.equityStart();
        Money projected = opening == null ? null : opening.plus(forecastResult);
        List<AccountRule> suggestions = new ArrayList<>(AccountRules.suggestions(plan, mapping.rules()));
        suggestions.addAll(AccountNames.suggestions(plan, unmapped, suggestions));
        return new View(year, books, period, monthsBooked, rows, budgetResult, actualResult, forecastResult, opening, projected,
                figures == null ? null : figures.equityCeiling(), planFigures.floor(), unmapped, mapping, suggestions,
                List.copyOf(byInitiative.values()), withoutLine);
    }

    /** How the books refer to a line: its id (a plan read from a file before ids were given: its group and name). */
    private static String key(Plan.LineGroup group, Plan.BudgetLine line) {
        return line.id() != null ? line.id() : group.name() + "\u001f" + line.name();
    }

    /** What the books show, summed per budget line and month by the rules, and what maps nowhere. */
    private record Booked(Map<String, long[]> actual, List<Unmapped> unmapped, int monthsBooked) {
    }

    private Booked booked(AssociationId associationId, int year, Optional<LedgerImports.Imported> books, AccountRules.Rules mapping,
                          List<AccountRule> withoutLine) {
        // A rule whose line is gone maps nothing: its accounts show as unmapped (and the rule is named beside them).
        List<AccountRule> live = mapping.rules().stream().filter(r -> !withoutLine.contains(r)).toList();
        Map<String, long[]> actual = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Unmapped> unmapped = new ArrayList<>();
        int monthsBooked = 0;
        if (books.isEmpty()) {
            return new Booked(actual, unmapped, 0);
        }
        {
            Map<String, long[]> unmappedSums = new LinkedHashMap<>();
            Map<String, Optional<AccountRule>> ruleOf = new HashMap<>();
            for (Object[] row : jdbc.sql("""
                    select account, month, object, amount from ledger_month
                    where association_id = :a and year_start = :y order by account, object, month""")
                    .param("a", associationId.value()).param("y", books.get().yearStart())
                    .query((rs, n) -> new Object[]{rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getLong(4)}).list()) {
                String account = (String) row[0];
                LocalDate month = (LocalDate) row[1];
                String object = (String) row[2];
                long amount = (Long) row[3];
                if (month.getYear() != year) {
                    continue;
                }
                monthsBooked = Math.max(monthsBooked, month.getMonthValue());
                // The rows come by account and object: the rule is found once per pair, not once per month.
                Optional<AccountRule> rule = ruleOf.computeIfAbsent(account + "\u001f" + object,
                        k -> live.stream().filter(r -> r.matches(account, object)).findFirst());
                if (rule.isPresent()) {
                    actual.computeIfAbsent(rule.get().lineId(), k -> new long[12])[month.getMonthValue() - 1] += amount;
                } else if (SieFile.isResultAccount(account)) {
                    unmappedSums.computeIfAbsent(account + "\u001f" + object, k -> new long[1])[0] += amount;
                }
            }
            if (unmappedSums.values().stream().anyMatch(sum -> sum[0] != 0)) {
                // The accounts' names are read only when some account maps nowhere: they name those accounts.
                jdbc.sql("select account, name from ledger_account where association_id = :a and year_start = :y")
                        .param("a", associationId.value()).param("y", books.get().yearStart())
                        .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
            }
            unmappedSums.forEach((key, sum) -> {
                if (sum[0] != 0) {
                    String[] parts = key.split("\u001f", -1);
                    unmapped.add(new Unmapped(parts[0], names.getOrDefault(parts[0], ""), parts[1], new Money(sum[0])));
                }
            });
        }
        return new Booked(actual, unmapped, monthsBooked);
    }

    /** The year's monthly profiles and entered forecasts per line, in one statement (the page asks on every visit). */
    private void profilesAndForecasts(AssociationId associationId, int year, Map<String, int[]> profiles, Map<String, Long> forecasts) {
        jdbc.sql("""
                select line_id, weights, null::bigint from ledger_profile where association_id = :a and year = :y
                union all
                select line_id, null, amount from ledger_forecast where association_id = :a and year = :y""")
                .param("a", associationId.value()).param("y", year)
                .query(rs -> {
                    java.sql.Array weights = rs.getArray(2);
                    if (weights != null) {
                        profiles.put(rs.getString(1), java.util.Arrays.stream((Integer[]) weights.getArray()).mapToInt(Integer::intValue).toArray());
                    } else {
                        forecasts.put(rs.getString(1), rs.getLong(3));
                    }
                });
    }

    /** A line of the year's plan as the books refer to it (its id) and as people read it ("Group / Line"). */
    private record Located(String key, String label) {
    }

    /** The line a form or the API names: by its id, or by its group and name (the API's older form); refused when the year's plan lacks it. */
    public String lineId(AssociationId associationId, int year, String lineId, String group, String line) {
        return locate(associationId, year, lineId, group, line).key();
    }

    private Located locate(AssociationId associationId, int year, String lineId, String group, String line) {
        Plan plan = planFor(associationId, year).plan();
        for (Plan.LineGroup g : plan.budget().groups()) {
            for (Plan.BudgetLine l : g.lines()) {
                if (lineId != null ? lineId.equals(key(g, l)) : g.name().equals(group) && l.name().equals(line)) {
                    return new Located(key(g, l), g.name() + " / " + l.name());
                }
            }
        }
        throw new InvalidInputException(Text.of("place.budgetrad"), Text.of("error.budgetradenFinnsInteIPlanen2",
                lineId != null ? lineId : line, year));
    }

    /** The director's forecast for a line's whole year; empty clears it (the budget again). */
    @Transactional
    public void forecast(AssociationId associationId, int year, String lineId, Money amount) {
        Located located = locate(associationId, year, lineId, null, null);
        String line = located.key();
        if (amount == null) {
            jdbc.sql("delete from ledger_forecast where association_id = :a and year = :y and line_id = :l")
                    .param("a", associationId.value()).param("y", year).param("l", line).update();
        } else {
            if (amount.isNegative()) {
                throw new InvalidInputException(Text.of("place.prognos"), Text.of("error.prognosenSkrivsUtanMinusteckenRadens"));
            }
            jdbc.sql("""
                    insert into ledger_forecast (association_id, year, line_id, amount, updated_by) values (:a, :y, :l, :m, :u)
                    on conflict (association_id, year, line_id) do update set amount = excluded.amount, updated_at = now(), updated_by = excluded.updated_by""")
                    .param("a", associationId.value()).param("y", year).param("l", line).param("m", amount.ore()).param("u", AuditLog.currentActor()).update();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", located.label());
        details.put("lineId", line);
        details.put("forecast", amount == null ? "budget" : String.valueOf(amount.kronor()));
        auditLog.record(associationId, "forecast", year, "changed", details);
    }

    /** The plan followed in {@code year}. */
    @Transactional(readOnly = true)
    public Plan plan(AssociationId associationId, int year) {
        return planFor(associationId, year).plan();
    }

    /** The period of the plan year {@code year} is followed against (see {@link #planFor}). */
    @Transactional(readOnly = true)
    public PlanPeriod planPeriod(AssociationId associationId, int year) {
        return followed(associationId, year).period();
    }

    /**
     * The plan the year is followed against, and its annual report is tied to: the plan whose budget year it is, its last
     * adopted version (in force, or superseded since by the next period), else that period's open draft; without one,
     * the current plan or any that has the year.
     */
    StoredPlan planFor(AssociationId associationId, int year) {
        return followed(associationId, year).stored();
    }

    /** The plan followed in a year and its period, found from one reading of the association's periods. */
    private record Followed(StoredPlan stored, PlanPeriod period) {
    }

    private Followed followed(AssociationId associationId, int year) {
        List<PlanPeriod> periods = cycle.periods(associationId);
        Optional<PlanPeriod> ofTheYear = periods.stream().filter(p -> p.budgetYear() == year && p.status() == PlanStatus.ADOPTED).findFirst()
                .or(() -> periods.stream().filter(p -> p.budgetYear() == year && p.status() == PlanStatus.SUPERSEDED).findFirst())
                .or(() -> periods.stream().filter(p -> p.budgetYear() == year).findFirst());
        if (ofTheYear.isPresent()) {
            return new Followed(plans.get(associationId, ofTheYear.get().id()), ofTheYear.get());
        }
        Optional<StoredPlan> current = plans.find(associationId).filter(s -> s.plan().budget().year(year).isPresent());
        if (current.isPresent()) {
            PlanPeriod period = periods.stream().filter(p -> p.id().equals(current.get().id())).findFirst()
                    .orElseGet(() -> cycle.period(associationId, current.get().id()));
            return new Followed(current.get(), period);
        }
        return periods.stream().filter(p -> p.years().contains(year)).findFirst().map(p -> new Followed(plans.get(associationId, p.id()), p))
                .orElseThrow(() -> new NotFoundException(Text.of("error.ingenAvForbundetsPlanerHar", year)));
    }

    /** A year's amount over twelve months by weights, in whole öre; the months add up to the amount exactly. */
    static List<Money> spread(Money amount, int[] weights) {
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        if (sum <= 0) {
            return spread(amount);
        }
        List<Money> months = new ArrayList<>(12);
        long given = 0;
        long cumulative = 0;
        for (int m = 0; m < 12; m++) {
            cumulative += weights[m];
            long upTo = Math.floorDiv(amount.ore() * cumulative, sum);
            months.add(new Money(upTo - given));
            given = upTo;
        }
        return months;
    }

    /** Sets how a line's budget is spread over the months (twelve weights, none negative); null spreads it evenly again. */
    @Transactional
    public void profile(AssociationId associationId, int year, String lineId, int[] weights) {
        Located located = locate(associationId, year, lineId, null, null);
        String line = located.key();
        if (weights == null) {
            jdbc.sql("delete from ledger_profile where association_id = :a and year = :y and line_id = :l")
                    .param("a", associationId.value()).param("y", year).param("l", line).update();
        } else {
            if (weights.length != 12 || java.util.Arrays.stream(weights).anyMatch(w -> w < 0 || w > 1000)
                    || java.util.Arrays.stream(weights).sum() == 0) {
                throw new InvalidInputException(Text.of("place.profil"), Text.of("error.angeTolvVikterEnPer"));
            }
            Integer[] boxed = java.util.Arrays.stream(weights).boxed().toArray(Integer[]::new);
            jdbc.sql("""
                    insert into ledger_profile (association_id, year, line_id, weights, updated_by) values (:a, :y, :l, :w, :u)
                    on conflict (association_id, year, line_id) do update set weights = excluded.weights, updated_by = excluded.updated_by""")
                    .param("a", associationId.value()).param("y", year).param("l", line).param("w", boxed).param("u", AuditLog.currentActor()).update();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", located.label());
        details.put("lineId", line);
        details.put("weights", weights == null ? "even" : java.util.Arrays.toString(weights));
        auditLog.record(associationId, "budget-profile", year, "changed", details);
    }

    /** A year's amount over twelve months in whole öre; the months add up to the amount exactly. */
    static List<Money> spread(Money amount) {
        List<Money> months = new ArrayList<>(12);
        long total = amount.ore();
        long given = 0;
        for (int m = 1; m <= 12; m++) {
            long upTo = Math.floorDiv(total * m, 12);
            months.add(new Money(upTo - given));
            given = upTo;
        }
        return months;
    }

}
