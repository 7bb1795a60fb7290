package se.samordna.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/**
 * Försäkringskassan's model for the state's yearly allocation to the associations (model paper 2015): a base per
 * association, the rest split by the support measure (försörjningsmått: people supported, counted in full-year
 * equivalents, never a rate) and by the population aged 16–64. Two adjustments, each a parameter with its source:
 * equity above the recommended level reduces the allocation (Nationella rådet's recommendation 2013-10-02), the amount
 * freed going to the others in proportion to their allocations; and an allocation may fall at most a given share from
 * the year before (the limit Försäkringskassan reports), the lift paid by those above their own limit. Amounts are whole
 * kronor and add up to the total exactly (largest remainder).
 */
public final class StateAllocationModel {

    private StateAllocationModel() {
    }

    /**
     * {@code maxDecreasePercent}: the most an allocation may fall from the year before (null: no limit).
     * {@code equityLevelPercent}: the recommended equity as a share of the allocation (null: no reduction);
     * {@code equityReductionPercent}: how much of the equity above it reduces the allocation.
     */
    public record Parameters(Money total, Money basePerAssociation, BigDecimal supportShare, BigDecimal populationShare,
                             BigDecimal maxDecreasePercent, BigDecimal equityLevelPercent, BigDecimal equityReductionPercent) {
        public Parameters(Money total, Money basePerAssociation, BigDecimal supportShare, BigDecimal populationShare) {
            this(total, basePerAssociation, supportShare, populationShare, null, null, null);
        }

        public static Parameters of(Money total) {
            return new Parameters(total, Money.ofTkr(400), BigDecimal.valueOf(75), BigDecimal.valueOf(25));
        }
    }

    /**
     * One association's figures: its support measure (a count of full-year equivalents), its population 16–64, and, for
     * the adjustments, last year's allocation and its equity (null when not given).
     */
    public record Figures(String association, BigDecimal supportMeasure, long population, Money previousAllocation, Money equity) {
        public Figures(String association, BigDecimal supportMeasure, long population) {
            this(association, supportMeasure, population, null, null);
        }
    }

    /** The model's shares, the equity reduction (negative or zero), the adjustment for the limit on falling and others' lifts, the total. */
    public record Share(String association, Money base, Money bySupport, Money byPopulation, Money equityReduction, Money adjustment,
                        Money total) {
        public Share(String association, Money base, Money bySupport, Money byPopulation, Money total) {
            this(association, base, bySupport, byPopulation, Money.ZERO, Money.ZERO, total);
        }
    }

    public static List<Share> allocate(Parameters p, List<Figures> figures) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (figures.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.forbund"), Text.of("error.angeMinstEttForbundMed")));
        }
        if (p.supportShare().add(p.populationShare()).compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.andelar"), Text.of("error.andelenEfterForsorjningsmattOchAndelen")));
        }
        Money bases = p.basePerAssociation().times(figures.size());
        if (!p.total().greaterThan(bases)) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.total"), Text.of("error.denTotalaTilldelningenRackerInte", p.total(), bases)));
        }
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            if (f.supportMeasure().signum() < 0 || f.population() < 0) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.rad2", (i + 1)), Text.of("error.vardenaKanInteVaraNegativa", f.association())));
            } else if (f.supportMeasure().compareTo(BigDecimal.valueOf(f.population())) > 0) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.rad2", (i + 1)), Text.of("error.forsorjningsmattetArFlerHelarsekvivalenterAn", f.association(), f.supportMeasure().toPlainString(), f.population())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long rest = p.total().minus(bases).kronor();
        long support = BigDecimal.valueOf(rest).multiply(p.supportShare()).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        long population = rest - support;
        long[] bySupport = Apportion.largestRemainder(support, figures.stream().map(Figures::supportMeasure).toList());
        long[] byPopulation = Apportion.largestRemainder(population, figures.stream().map(f -> BigDecimal.valueOf(f.population())).toList());
        int n = figures.size();
        long base = p.basePerAssociation().kronor();
        long[] model = new long[n];
        for (int i = 0; i < n; i++) {
            model[i] = base + bySupport[i] + byPopulation[i];
        }
        long[] reduction = equityReductions(p, figures, model, base);
        long[] afterReduction = new long[n];
        for (int i = 0; i < n; i++) {
            afterReduction[i] = model[i] - reduction[i];
        }
        long[] lift = fallLimit(p, figures, afterReduction, reduction);
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long total = afterReduction[i] + lift[i];
            shares.add(new Share(figures.get(i).association(), p.basePerAssociation(), Money.ofKronor(bySupport[i]), Money.ofKronor(byPopulation[i]),
                    Money.ofKronor(-reduction[i]), Money.ofKronor(total - model[i] + reduction[i]), Money.ofKronor(total)));
        }
        return shares;
    }

    /** Equity above the recommended level reduces the allocation (never below the base); the freed amount goes to the others. */
    private static long[] equityReductions(Parameters p, List<Figures> figures, long[] model, long base) {
        int n = figures.size();
        long[] change = new long[n];
        if (p.equityLevelPercent() == null || p.equityReductionPercent() == null) {
            return change;
        }
        long freed = 0;
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Money equity = figures.get(i).equity();
            long level = BigDecimal.valueOf(model[i]).multiply(p.equityLevelPercent()).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
            long excess = equity == null ? 0 : Math.max(0, equity.kronor() - level);
            long reduce = Math.min(model[i] - base, BigDecimal.valueOf(excess).multiply(p.equityReductionPercent())
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact());
            change[i] = reduce;
            freed += reduce;
            weights.add(reduce > 0 ? BigDecimal.ZERO : BigDecimal.valueOf(model[i]));
        }
        if (freed > 0 && weights.stream().anyMatch(w -> w.signum() > 0)) {
            long[] gain = Apportion.largestRemainder(freed, weights);
            for (int i = 0; i < n; i++) {
                change[i] -= gain[i];
            }
        }
        return change;
    }

    /** Lifts an allocation that would fall more than the limit from last year's; those above their own limit pay for it. */
    private static long[] fallLimit(Parameters p, List<Figures> figures, long[] current, long[] reduction) {
        int n = figures.size();
        long[] lift = new long[n];
        if (p.maxDecreasePercent() == null) {
            return lift;
        }
        long needed = 0;
        long[] room = new long[n];
        for (int i = 0; i < n; i++) {
            Money previous = figures.get(i).previousAllocation();
            if (previous == null) {
                continue;
            }
            long floor = BigDecimal.valueOf(previous.kronor()).multiply(BigDecimal.valueOf(100).subtract(p.maxDecreasePercent()))
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).longValueExact();
            // An allocation reduced for its equity is not lifted back by the limit.
            if (current[i] < floor && reduction[i] <= 0) {
                lift[i] = floor - current[i];
                needed += lift[i];
            } else {
                room[i] = Math.max(0, current[i] - floor);
            }
        }
        long available = java.util.Arrays.stream(room).sum();
        if (needed == 0 || available == 0) {
            return lift;
        }
        long paid = Math.min(needed, available);
        if (paid < needed) {
            // Not enough room above the others' limits: the lifts shrink in proportion.
            long[] scaled = Apportion.largestRemainder(paid, java.util.Arrays.stream(lift).mapToObj(BigDecimal::valueOf).toList());
            System.arraycopy(scaled, 0, lift, 0, n);
        }
        long[] pay = Apportion.largestRemainder(paid, java.util.Arrays.stream(room).mapToObj(BigDecimal::valueOf).toList());
        for (int i = 0; i < n; i++) {
            lift[i] -= pay[i];
        }
        return lift;
    }

    /**
     * Reads {@code association;supportMeasure;population[;previousAllocation;equity]} lines (a header line and decimal
     * commas allowed; the last two in kronor, optional).
     */
    public static List<Figures> parse(String csv) {
        List<Figures> result = new ArrayList<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<se.samordna.shared.Csv.Row> rows = se.samordna.shared.Csv.rows(csv, 500, se.samordna.shared.Csv.Separator.SEMICOLON);
        for (se.samordna.shared.Csv.Row row : rows) {
            int n = row.line() - 1;
            String line = row.text();
            if (line.isEmpty() || (n == 0 && !Character.isDigit(line.charAt(line.length() - 1)))) {
                continue;
            }
            String[] cells = row.cells();
            if (cells.length < 3 || cells.length > 5) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.rad2", (n + 1)), Text.of("error.radenSkaHaTreTill")));
                continue;
            }
            try {
                result.add(new Figures(cells[0].strip(), se.samordna.shared.Decimals.parse(cells[1]),
                        Long.parseLong(cells[2].strip().replace(" ", "")), optionalKronor(cells, 3), optionalKronor(cells, 4)));
            } catch (NumberFormatException e) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.rad2", (n + 1)), Text.of("error.forsorjningsmattetOchBefolkningenSkaVara")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }

    private static Money optionalKronor(String[] cells, int index) {
        return index < cells.length && !cells[index].isBlank() ? Money.ofKronor(se.samordna.shared.Decimals.parse(cells[index])) : null;
    }
}
