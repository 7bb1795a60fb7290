package se.samordna.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One of an association's plans as the cycle sees it: the period (budget year and all the years it shows), the status
 * with its dates, and the version. {@code basedOn} is the plan it was revised or rolled forward from.
 */
public record PlanPeriod(UUID id, int budgetYear, List<Integer> years, PlanStatus status, LocalDate consultationSentOn,
                         LocalDate adoptedOn, String minutes, String adoptedBy, LocalDate supersededOn, UUID basedOn,
                         long version) {

    /** "2026–2028" or "2025": the budget year and the plan years after it. */
    public String label() {
        int last = years.stream().filter(y -> y >= budgetYear).mapToInt(Integer::intValue).max().orElse(budgetYear);
        return last == budgetYear ? String.valueOf(budgetYear) : budgetYear + "–" + last;
    }
}
