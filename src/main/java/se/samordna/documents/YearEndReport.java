package se.samordna.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.samordna.plan.Plan;
import se.samordna.plan.YearFigures;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The year-end follow-up (input to the annual report): budget against outcome per initiative, the goals and
 * their status, and the initiatives and their participants in aggregate, with charts.
 */
public final class YearEndReport {

    private YearEndReport() {
    }

    /** Budget against outcome for one initiative in the year. */
    public record InitiativeRow(String name, String state, Money budget, Money outcome, Integer participants) {
    }

    /** A goal of the year with its status and its indicators' latest values. */
    public record GoalRow(String title, String status, List<String> indicators) {
    }

    /** A survey result of the year: an NNS indicator in a respondent group (shares null when too few answered). */
    public record SurveyRow(String indicator, String group, int respondents, java.math.BigDecimal share, java.math.BigDecimal women,
                            java.math.BigDecimal men) {
    }

    /**
     * The association's participant follow-up of the year as printed: rows of label, women, men, total, and rows per
     * initiative (participants, exits, shares, mean days), with small cells already suppressed ("–"); the suppression
     * threshold; and whether generated demonstration data is among it.
     */
    public record ParticipantFigures(List<List<String>> rows, List<List<String>> initiativeRows, int threshold, boolean generated) {
        public static final ParticipantFigures NONE = new ParticipantFigures(List.of(), List.of(), 5, false);
    }

    public static byte[] pdf(Plan plan, int year, List<InitiativeRow> initiatives, List<GoalRow> goals, List<SurveyRow> surveys,
                             ParticipantFigures participants) {
        return DocumentRenderer.pdf(title(year), plan.association().name(), blocks(plan, year, initiatives, goals, surveys, participants));
    }

    public static byte[] docx(Plan plan, int year, List<InitiativeRow> initiatives, List<GoalRow> goals, List<SurveyRow> surveys,
                              ParticipantFigures participants) {
        return DocumentRenderer.docx(title(year), blocks(plan, year, initiatives, goals, surveys, participants));
    }

    static String title(int year) {
        return DocumentWords.of("doc.yearEndReport.uppfoljningAvVerksamhetsaret", year);
    }

    static List<Block> blocks(Plan plan, int year, List<InitiativeRow> initiatives, List<GoalRow> goals, List<SurveyRow> surveys,
                              ParticipantFigures participantFigures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title(year)));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.yearEndReport.underlagTillArsredovisningen", plan.association().name())));
        if (participantFigures.generated()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.yearEndReport.obsDeltagaruppfoljningenOchEnkatresultatenInnehaller")));
        }

        budgetAndOutcome(blocks, plan, year, initiatives);

        blocks.add(new Block.Heading(2, DocumentWords.of("doc.yearEndReport.2MalOchMaluppfyllelse")));
        if (goals.isEmpty()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.yearEndReport.planenHarIngaMalFor", year)));
        } else {
            List<List<String>> goalRows = goals.stream().map(g -> List.of(g.title(), g.status(), String.join("; ", g.indicators()))).toList();
            blocks.add(new Block.Table(List.of(DocumentWords.of("doc.yearEndReport.mal"), DocumentWords.of("doc.yearEndReport.status"), DocumentWords.of("doc.yearEndReport.indikatorerSenasteVarde")), goalRows, new boolean[3], List.of()));
        }
        participants(blocks, year, initiatives, participantFigures);

        blocks.add(new Block.Heading(2, DocumentWords.of("doc.yearEndReport.4EnkatresultatNnsIndikatorenkat")));
        if (surveys.isEmpty()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.yearEndReport.ingaEnkatsvarArRegistreradeFor", year)));
        } else {
            List<List<String>> surveyRows = surveys.stream().map(r -> List.of(r.indicator(), r.group(), String.valueOf(r.respondents()),
                    MoneyFormat.percent(r.share()), MoneyFormat.percent(r.women()), MoneyFormat.percent(r.men()))).toList();
            blocks.add(new Block.Table(List.of(DocumentWords.of("doc.yearEndReport.indikator"), DocumentWords.of("doc.yearEndReport.svarsgrupp"), DocumentWords.of("doc.yearEndReport.svar"), DocumentWords.of("doc.yearEndReport.instammer"), DocumentWords.of("doc.yearEndReport.kvinnor"), DocumentWords.of("doc.yearEndReport.man")), surveyRows,
                    new boolean[]{false, false, true, true, true, true}, List.of()));
        }
        return blocks;
    }

    /** Section 1: the year's budgeted figures and budget against outcome per initiative (no outcome counts as none). */
    private static void budgetAndOutcome(List<Block> blocks, Plan plan, int year, List<InitiativeRow> initiatives) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.yearEndReport.1BudgetOchUtfall")));
        YearFigures figures = se.samordna.plan.PlanFigures.of(plan).year(year).orElse(null);
        if (figures != null) {
            blocks.add(new Block.Bullets(List.of(DocumentWords.of("doc.yearEndReport.budgeteradeIntakterKostnaderResultat", MoneyFormat.kronor(figures.income()), MoneyFormat.kronor(figures.costs()), MoneyFormat.kronor(figures.result())),
                    figures.equityEnd() == null ? DocumentWords.of("doc.yearEndReport.egetKapitalVidAretsSlut") : DocumentWords.of("doc.yearEndReport.beraknatEgetKapitalVidArets", MoneyFormat.kronor(figures.equityEnd()), MoneyFormat.kronor(figures.equityCeiling())))));
        }
        List<List<String>> rows = new ArrayList<>();
        Money budget = Money.ZERO;
        Money outcome = Money.ZERO;
        Money budgetWithOutcome = Money.ZERO;
        int withOutcome = 0;
        for (InitiativeRow row : initiatives) {
            budget = budget.plus(row.budget());
            if (row.outcome() != null) {
                outcome = outcome.plus(row.outcome());
                budgetWithOutcome = budgetWithOutcome.plus(row.budget());
                withOutcome++;
            }
            rows.add(List.of(row.name(), MoneyFormat.kronor(row.budget()), row.outcome() == null ? "–" : MoneyFormat.kronor(row.outcome()),
                    row.outcome() == null ? "–" : MoneyFormat.kronor(row.budget().minus(row.outcome()))));
        }
        // An initiative without a recorded outcome has no outcome: its budget is not counted as unspent.
        rows.add(List.of(DocumentWords.of("doc.yearEndReport.summaInsatser"), MoneyFormat.kronor(budget), withOutcome == 0 ? "–" : MoneyFormat.kronor(outcome),
                withOutcome == 0 ? "–" : MoneyFormat.kronor(budgetWithOutcome.minus(outcome))));
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.yearEndReport.insats"), DocumentWords.of("doc.yearEndReport.budget"), DocumentWords.of("doc.yearEndReport.utfall"), DocumentWords.of("doc.yearEndReport.skillnad")), rows, new boolean[]{false, true, true, true},
                List.of(rows.size() - 1)));
        if (withOutcome < initiatives.size()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.yearEndReport.skillnadenISummaradenAvserDe", withOutcome, initiatives.size())));
        }
        if (!initiatives.isEmpty()) {
            blocks.add(new Block.Picture(barChart(initiatives), DocumentWords.of("doc.yearEndReport.budgetOchUtfallPerInsats")));
        }
    }

    /** Section 3: initiatives by state, the participants they reported, and the suppressed participant follow-up. */
    private static void participants(List<Block> blocks, int year, List<InitiativeRow> initiatives, ParticipantFigures participantFigures) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.yearEndReport.3InsatserOchDeltagare")));
        Map<String, Long> byState = new java.util.TreeMap<>();
        initiatives.forEach(i -> byState.merge(i.state(), 1L, Long::sum));
        int participants = initiatives.stream().mapToInt(i -> i.participants() == null ? 0 : i.participants()).sum();
        List<String> lines = new ArrayList<>();
        byState.forEach((state, count) -> lines.add(state + ": " + count + (count == 1 ? " insats" : " insatser")));
        lines.add(DocumentWords.of("doc.yearEndReport.deltagareEnligtInsatsernasInlamnadeRapporter", year, participants));
        blocks.add(new Block.Bullets(lines));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.yearEndReport.deltagareRedovisasEndastSomSummor")));
        if (!participantFigures.rows().isEmpty()) {
            blocks.add(new Block.Table(List.of(DocumentWords.of("doc.yearEndReport.deltagaruppfoljning", year), DocumentWords.of("doc.yearEndReport.kvinnor"), DocumentWords.of("doc.yearEndReport.man"), DocumentWords.of("doc.yearEndReport.totalt")), participantFigures.rows(),
                    new boolean[]{false, true, true, true}, List.of()));
            if (!participantFigures.initiativeRows().isEmpty()) {
                blocks.add(new Block.Table(List.of(DocumentWords.of("doc.yearEndReport.perInsats"), DocumentWords.of("doc.yearEndReport.deltagare"), DocumentWords.of("doc.yearEndReport.avslut"), "Arbete, studier, AF", DocumentWords.of("doc.yearEndReport.stegforflyttning"), "Dagar i snitt"),
                        participantFigures.initiativeRows(), new boolean[]{false, true, true, true, true, true}, List.of()));
            }
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.yearEndReport.grupperMedFarreAnPersoner", participantFigures.threshold())));
        }

    }

    /** Budget (blue) and outcome (grey) per initiative as horizontal bars. */
    static String barChart(List<InitiativeRow> rows) {
        long max = Math.max(1, rows.stream().mapToLong(r -> Math.max(r.budget().kronor(), r.outcome() == null ? 0 : r.outcome().kronor())).max().orElse(1));
        int label = 230;
        int width = 680;
        int barArea = width - label - 90;
        int rowHeight = 30;
        int height = rows.size() * rowHeight + 30;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"DejaVu Sans\" font-size=\"9\">");
        svg.append("<rect x=\"").append(label).append("\" y=\"4\" width=\"10\" height=\"8\" fill=\"#0b4f8a\"/><text x=\"").append(label + 14)
                .append("\" y=\"11\">Budget</text><rect x=\"").append(label + 70).append("\" y=\"4\" width=\"10\" height=\"8\" fill=\"#9aa5b1\"/><text x=\"")
                .append(label + 84).append("\" y=\"11\">Utfall</text>");
        for (int i = 0; i < rows.size(); i++) {
            InitiativeRow row = rows.get(i);
            int y = 22 + i * rowHeight;
            svg.append("<text x=\"0\" y=\"").append(y + 11).append("\">").append(DocumentRenderer.escape(shorten(row.name()))).append("</text>");
            long b = row.budget().kronor() * barArea / max;
            svg.append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(b).append("\" height=\"10\" fill=\"#0b4f8a\"/>");
            svg.append("<text x=\"").append(label + b + 4).append("\" y=\"").append(y + 9).append("\">").append(MoneyFormat.tkr(row.budget()).replace('\u00a0', ' ')).append("</text>");
            if (row.outcome() != null) {
                long o = row.outcome().kronor() * barArea / max;
                svg.append("<rect x=\"").append(label).append("\" y=\"").append(y + 12).append("\" width=\"").append(o).append("\" height=\"10\" fill=\"#9aa5b1\"/>");
                svg.append("<text x=\"").append(label + o + 4).append("\" y=\"").append(y + 21).append("\">").append(MoneyFormat.tkr(row.outcome()).replace('\u00a0', ' ')).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 39) + "…" : name;
    }
}
