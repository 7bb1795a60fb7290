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
        return DocumentWords.of("doc.interimReport.delarsrapport", period);
    }

    static List<Block> blocks(Plan plan, String period, LedgerFollowUp.View view, List<GoalRow> goals, List<List<String>> participants,
                              boolean generated) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title(period)));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.interimReport.foljsMotPlanenFor", plan.association().name(), view.plan().label())));
        if (generated) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.interimReport.obsBokforingenArGenereradFor")));
        }
        blocks.add(new Block.Heading(2, "1 Ekonomi"));
        Money budgetToDate = Money.ZERO;
        for (LedgerFollowUp.LineRow r : view.rows()) {
            budgetToDate = r.income() ? budgetToDate.plus(r.budgetToDate()) : budgetToDate.minus(r.budgetToDate());
        }
        List<String> economy = new ArrayList<>();
        economy.add(DocumentWords.of("doc.interimReport.resultatHittillsMotBudgeteratFor", MoneyFormat.kronor(view.actualResultToDate()), MoneyFormat.kronor(budgetToDate)));
        economy.add(DocumentWords.of("doc.interimReport.prognosForHelaretResultatBudget", MoneyFormat.kronor(view.forecastResult()), MoneyFormat.kronor(view.budgetResult())));
        if (view.projectedEquity() != null) {
            economy.add(view.ceiling() == null
                    ? DocumentWords.of("doc.interimReport.equityEnd", MoneyFormat.kronor(view.projectedEquity()), MoneyFormat.kronor(view.floor()))
                    : DocumentWords.of("doc.interimReport.equityEndWithCeiling", MoneyFormat.kronor(view.projectedEquity()),
                            MoneyFormat.kronor(view.ceiling()), MoneyFormat.kronor(view.floor())));
        }
        blocks.add(new Block.Bullets(economy));
        List<List<String>> rows = new ArrayList<>();
        for (LedgerFollowUp.LineRow r : view.rows()) {
            rows.add(List.of((r.ref() == null ? "" : r.ref() + " ") + r.line() + (r.income() ? DocumentWords.of("doc.interimReport.intakt") : ""), MoneyFormat.kronor(r.budgetToDate()),
                    MoneyFormat.kronor(r.actualToDate()), MoneyFormat.kronor(r.differenceToDate()), MoneyFormat.kronor(r.forecast())));
        }
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.interimReport.budgetrad"), DocumentWords.of("doc.interimReport.budgetHittills"), DocumentWords.of("doc.interimReport.utfallHittills"), DocumentWords.of("doc.interimReport.skillnad"), DocumentWords.of("doc.interimReport.prognosHelar")), rows,
                new boolean[]{false, true, true, true, true}, List.of()));
        if (!view.initiatives().isEmpty()) {
            blocks.add(new Block.Heading(2, "2 Insatser"));
            blocks.add(new Block.Table(List.of(DocumentWords.of("doc.interimReport.insats"), DocumentWords.of("doc.interimReport.budgetHelar"), DocumentWords.of("doc.interimReport.utfallHittills"), DocumentWords.of("doc.interimReport.prognosHelar")), view.initiatives().stream()
                    .map(i -> List.of(i.initiative(), MoneyFormat.kronor(i.budget()), MoneyFormat.kronor(i.actualToDate()), MoneyFormat.kronor(i.forecast())))
                    .toList(), new boolean[]{false, true, true, true}, List.of()));
        }
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.interimReport.3Mal")));
        if (goals.isEmpty()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.interimReport.planenHarIngaMalFor")));
        }
        for (GoalRow goal : goals) {
            blocks.add(new Block.Paragraph(goal.title() + " – " + goal.status()));
            if (!goal.measurements().isEmpty()) {
                blocks.add(new Block.Bullets(goal.measurements()));
            }
        }
        blocks.add(new Block.Heading(2, "4 Deltagare"));
        if (participants.isEmpty()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.interimReport.ingaDeltagareArRegistreradeFor")));
        } else {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.interimReport.helaAretHittillsEfterJuridiskt")));
            blocks.add(new Block.Table(List.of("", DocumentWords.of("doc.interimReport.kvinnor"), DocumentWords.of("doc.interimReport.man"), DocumentWords.of("doc.interimReport.totalt")), participants, new boolean[]{false, true, true, true}, List.of()));
        }
        return blocks;
    }
}
