package se.samordna.initiative;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.samordna.plan.Initiative;

/**
 * The reports an agreement asks for, with due dates: a half-year report for each first half-year the
 * period covers (due 31 August), an annual report for each calendar year (due the last day of February
 * after it), and a final report due two months after the period ends.
 */
public final class ReportSchedule {

    private ReportSchedule() {
    }

    /** One report an initiative owes: its kind, period code (2025H1, 2025, FINAL) and due date. */
    public record Due(Initiative.ReportKind kind, String period, LocalDate due) {

        /** The period in words ("våren 2025 (januari–juni)"); the final report's is the initiative's whole time. */
        public se.samordna.shared.Localized label() {
            return kind == Initiative.ReportKind.FINAL ? se.samordna.shared.Text.of("period.label.final")::in : se.samordna.shared.Period.labelOf(period);
        }

    }

    /** The report the initiative owes for this period (2025H1, 2025 or FINAL); 404 when its schedule has none. */
    public static Due due(Initiative initiative, String period) {
        return of(initiative).stream().filter(d -> d.period().equals(period)).findFirst()
                .orElseThrow(() -> new se.samordna.shared.NotFoundException(se.samordna.shared.Text.of("error.insatsenSkaInteLamnaNagon", period)));
    }

    public static List<Due> of(Initiative initiative) {
        Initiative.Agreement agreement = initiative.agreement();
        LocalDate start = agreement != null ? agreement.start() : initiative.start();
        LocalDate end = agreement != null ? agreement.end() : initiative.end();
        List<Initiative.ReportKind> kinds = agreement != null ? agreement.reports()
                : List.of(Initiative.ReportKind.HALF_YEAR, Initiative.ReportKind.ANNUAL, Initiative.ReportKind.FINAL);
        List<Due> due = new ArrayList<>();
        if (start == null || end == null) {
            return due;
        }
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate midYear = LocalDate.of(year, Month.JUNE, 30);
            if (kinds.contains(Initiative.ReportKind.HALF_YEAR) && !midYear.isBefore(start) && midYear.isBefore(end)) {
                due.add(new Due(Initiative.ReportKind.HALF_YEAR, year + "H1", LocalDate.of(year, Month.AUGUST, 31)));
            }
            LocalDate yearEnd = LocalDate.of(year, Month.DECEMBER, 31);
            if (kinds.contains(Initiative.ReportKind.ANNUAL) && yearEnd.isBefore(end)) {
                due.add(new Due(Initiative.ReportKind.ANNUAL, String.valueOf(year), YearMonth.of(year + 1, 2).atEndOfMonth()));
            }
        }
        if (kinds.contains(Initiative.ReportKind.FINAL)) {
            due.add(new Due(Initiative.ReportKind.FINAL, "FINAL", end.plusMonths(2)));
        }
        return due;
    }
}
