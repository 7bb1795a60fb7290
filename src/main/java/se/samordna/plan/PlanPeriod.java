package se.samordna.plan;

import se.samordna.shared.PlanId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One of an association's plans as the cycle sees it: the period (budget year and all the years it shows), the status
 * with its dates, and the version. {@code basedOn} is the plan it was revised or rolled forward from.
 */
public record PlanPeriod(PlanId id, int budgetYear, List<Integer> years, PlanStatus status, LocalDate consultationSentOn,
                         LocalDate adoptedOn, String minutes, String adoptedBy, LocalDate supersededOn, PlanId basedOn,
                         long version) {

    /** The last day for the board to adopt the plan for {@code budgetYear}: 30 November of the year before. */
    public static LocalDate adoptionDue(int budgetYear) {
        return LocalDate.of(budgetYear - 1, 11, 30);
    }

    /** The last day for the board to sign the annual report of {@code year}: 31 March of the year after. */
    public static LocalDate annualReportDue(int year) {
        return LocalDate.of(year + 1, 3, 31);
    }

    /** "2026–2028" or "2025": the budget year and the plan years after it. */
    public String label() {
        int last = years.stream().filter(y -> y >= budgetYear).mapToInt(Integer::intValue).max().orElse(budgetYear);
        return last == budgetYear ? String.valueOf(budgetYear) : budgetYear + "–" + last;
    }
}
