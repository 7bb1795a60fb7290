package se.samordna.plan.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;

/**
 * Försäkringskassan's model for the state's yearly allocation to the associations: a base per association,
 * the rest split by the support measure (försörjningsmått) and by the population aged 16–64. The shares and
 * the base are parameters, never constants. Amounts are whole kronor and add up to the total exactly
 * (largest remainder).
 */
public final class StateAllocationModel {

    private StateAllocationModel() {
    }

    public record Parameters(Money total, Money basePerAssociation, BigDecimal supportShare, BigDecimal populationShare) {
        public static Parameters of(Money total) {
            return new Parameters(total, Money.ofTkr(400), BigDecimal.valueOf(75), BigDecimal.valueOf(25));
        }
    }

    /** One association's figures: its support measure (e.g. full-year equivalents) and its population 16–64. */
    public record Figures(String association, BigDecimal supportMeasure, long population) {
    }

    public record Share(String association, Money base, Money bySupport, Money byPopulation, Money total) {
    }

    public static List<Share> allocate(Parameters p, List<Figures> figures) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (figures.isEmpty()) {
            problems.add(new InvalidInputException.Problem("förbund", "Ange minst ett förbund med försörjningsmått och befolkning."));
        }
        if (p.supportShare().add(p.populationShare()).compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(new InvalidInputException.Problem("andelar", "Andelen efter försörjningsmått och andelen efter befolkning ska tillsammans vara 100 %."));
        }
        Money bases = p.basePerAssociation().times(figures.size());
        if (!p.total().greaterThan(bases)) {
            problems.add(new InvalidInputException.Problem("total", "Den totala tilldelningen " + p.total() + " räcker inte till grundbeloppen " + bases + "."));
        }
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            if (f.supportMeasure().signum() < 0 || f.population() < 0) {
                problems.add(new InvalidInputException.Problem("rad " + (i + 1), f.association() + ": värdena kan inte vara negativa."));
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
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Money s = Money.ofKronor(bySupport[i]);
            Money pop = Money.ofKronor(byPopulation[i]);
            shares.add(new Share(figures.get(i).association(), p.basePerAssociation(), s, pop, p.basePerAssociation().plus(s).plus(pop)));
        }
        return shares;
    }

    /** Reads {@code association;supportMeasure;population} lines (a header line and decimal commas allowed). */
    public static List<Figures> parse(String csv) {
        List<Figures> result = new ArrayList<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String[] lines = se.samordna.shared.Csv.lines(csv, 500);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || (n == 0 && !Character.isDigit(line.charAt(line.length() - 1)))) {
                continue;
            }
            String[] cells = line.split(";", -1);
            if (cells.length != 3) {
                problems.add(new InvalidInputException.Problem("rad " + (n + 1), "Raden ska ha tre fält: förbund;försörjningsmått;befolkning 16–64."));
                continue;
            }
            try {
                result.add(new Figures(cells[0].strip(), se.samordna.shared.Decimals.parse(cells[1]),
                        Long.parseLong(cells[2].strip().replace(" ", ""))));
            } catch (NumberFormatException e) {
                problems.add(new InvalidInputException.Problem("rad " + (n + 1), "Försörjningsmåttet och befolkningen ska vara tal."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }
}
