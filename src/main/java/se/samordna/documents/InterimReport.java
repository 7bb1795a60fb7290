package se.samordna.documents;

import java.util.ArrayList;
import java.util.List;

import se.samordna.ledger.LedgerFollowUp;
import se.samordna.plan.Plan;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * An interim report (delårsrapport) for the months from January through a chosen tertial, half-year or quarter: the
 * result so far against the budget so far, the forecast for the whole year with the projected equity against the
 * ceiling and floor, each budget line and each initiative so far, and the goals as followed up.
 */
public final class InterimReport {

    private InterimReport() {
    }

    /** A goal as the report prints it: its title, status and latest measurements. */
    public record GoalRow(String title, String status, List<String> measurements) {
    }

    public static byte[] pdf(Plan plan, String period, LedgerFollowUp.View view, List<GoalRow> goals, List<List<String>> participants,
                             boolean generated) {
        return DocumentRenderer.pdf(title(period), plan.association().name(), blocks(plan, period, view, goals, participants, generated));
    }

    public static byte[] docx(Plan plan, String period, LedgerFollowUp.View view, List<GoalRow> goals, List<List<String>> participants,
                              boolean generated) {
        return DocumentRenderer.docx(title(period), blocks(plan, period, view, goals, participants, generated));
    }

    static String title(String period) {
        return "Delårsrapport " + period;
    }

    static List<Block> blocks(Plan plan, String period, LedgerFollowUp.View view, List<GoalRow> goals, List<List<String>> participants,
                              boolean generated) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title(period)));
        blocks.add(new Block.Paragraph(plan.association().name() + ". Följs mot planen för " + view.plan().label() + "."));
        if (generated) {
            blocks.add(new Block.Paragraph("Obs! Bokföringen är genererad för demonstration; siffrorna är inte ett förbunds verkliga."));
        }
        blocks.add(new Block.Heading(2, "1 Ekonomi"));
        Money budgetToDate = Money.ZERO;
        for (LedgerFollowUp.LineRow r : view.rows()) {
            budgetToDate = r.income() ? budgetToDate.plus(r.budgetToDate()) : budgetToDate.minus(r.budgetToDate());
        }
        List<String> economy = new ArrayList<>();
        economy.add("Resultat hittills " + MoneyFormat.kronor(view.actualResultToDate()) + " mot budgeterat " + MoneyFormat.kronor(budgetToDate)
                + " för samma period.");
        economy.add("Prognos för helåret: resultat " + MoneyFormat.kronor(view.forecastResult()) + " (budget " + MoneyFormat.kronor(view.budgetResult()) + ").");
        if (view.projectedEquity() != null) {
            economy.add("Eget kapital vid årets slut enligt prognosen " + MoneyFormat.kronor(view.projectedEquity())
                    + (view.ceiling() == null ? "" : "; tak " + MoneyFormat.kronor(view.ceiling())) + ", golv " + MoneyFormat.kronor(view.floor()) + ".");
        }
        blocks.add(new Block.Bullets(economy));
        List<List<String>> rows = new ArrayList<>();
        for (LedgerFollowUp.LineRow r : view.rows()) {
            rows.add(List.of((r.ref() == null ? "" : r.ref() + " ") + r.line() + (r.income() ? " (intäkt)" : ""), MoneyFormat.kronor(r.budgetToDate()),
                    MoneyFormat.kronor(r.actualToDate()), MoneyFormat.kronor(r.differenceToDate()), MoneyFormat.kronor(r.forecast())));
        }
        blocks.add(new Block.Table(List.of("Budgetrad", "Budget hittills", "Utfall hittills", "Skillnad", "Prognos helår"), rows,
                new boolean[]{false, true, true, true, true}, List.of()));
        if (!view.initiatives().isEmpty()) {
            blocks.add(new Block.Heading(2, "2 Insatser"));
            blocks.add(new Block.Table(List.of("Insats", "Budget helår", "Utfall hittills", "Prognos helår"), view.initiatives().stream()
                    .map(i -> List.of(i.initiative(), MoneyFormat.kronor(i.budget()), MoneyFormat.kronor(i.actualToDate()), MoneyFormat.kronor(i.forecast())))
                    .toList(), new boolean[]{false, true, true, true}, List.of()));
        }
        blocks.add(new Block.Heading(2, "3 Mål"));
        if (goals.isEmpty()) {
            blocks.add(new Block.Paragraph("Planen har inga mål för året."));
        }
        for (GoalRow goal : goals) {
            blocks.add(new Block.Paragraph(goal.title() + " – " + goal.status()));
            if (!goal.measurements().isEmpty()) {
                blocks.add(new Block.Bullets(goal.measurements()));
            }
        }
        blocks.add(new Block.Heading(2, "4 Deltagare"));
        if (participants.isEmpty()) {
            blocks.add(new Block.Paragraph("Inga deltagare är registrerade för året ännu."));
        } else {
            blocks.add(new Block.Paragraph("Hela året hittills, efter juridiskt kön; små tal visas inte (–) så att ingen kan pekas ut."));
            blocks.add(new Block.Table(List.of("", "Kvinnor", "Män", "Totalt"), participants, new boolean[]{false, true, true, true}, List.of()));
        }
        return blocks;
    }
}
