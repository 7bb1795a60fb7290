package se.samordna.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.samordna.plan.Plan;
import se.samordna.plan.budget.Commitments;
import se.samordna.plan.budget.YearFigures;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The multi-year overview as the seeds print it: earlier years' outcome and prognosis as the plan's document states
 * them, and the budget year and every plan year computed from the lines, with the equity at year end against the
 * ceiling and the floor, and the grants committed for years after the plan.
 */
final class PlanOverview {

    private PlanOverview() {
    }

    static List<Block> blocks(Plan plan) {
        Map<Integer, YearFigures> computed = new TreeMap<>();
        se.samordna.plan.PlanFigures.of(plan).years().stream().filter(f -> f.kind().isFuture()).forEach(f -> computed.put(f.year(), f));
        Map<Integer, Plan.OverviewYear> stated = new TreeMap<>();
        plan.overview().stream().filter(o -> !computed.containsKey(o.year())).forEach(o -> stated.put(o.year(), o));
        TreeMap<Integer, String> years = new TreeMap<>();
        stated.forEach((year, o) -> years.put(year, o.kind().name()));
        computed.forEach((year, f) -> years.put(year, f.kind().name()));
        boolean tkr = "tkr".equals(plan.budget().unit());
        boolean netted = plan.budget().otherIncomeNettedInCosts();
        List<String> headers = new ArrayList<>(List.of(tkr ? "tkr" : "kr"));
        years.keySet().forEach(y -> headers.add(String.valueOf(y)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("", years, y -> PlanDocument.kindName(years.get(y))));
        rows.add(row(DocumentWords.of("doc.planOverview.intakter"), years, y -> computed.containsKey(y) ? money(income(computed.get(y), netted), tkr) : money(stated.get(y).income(), tkr)));
        rows.add(row(DocumentWords.of("doc.planOverview.kostnader"), years, y -> computed.containsKey(y) ? money(costs(computed.get(y), netted), tkr) : money(stated.get(y).costs(), tkr)));
        rows.add(row(DocumentWords.of("doc.planOverview.resultat"), years, y -> computed.containsKey(y) ? money(computed.get(y).result(), tkr) : money(result(stated.get(y)), tkr)));
        rows.add(row(DocumentWords.of("doc.planOverview.egetKapitalVidAretsSlut"), years, y -> computed.containsKey(y) ? money(computed.get(y).equityEnd(), tkr)
                : money(stated.get(y).equityEnd(), tkr)));
        rows.add(row(DocumentWords.of("doc.planOverview.takForEgetKapital"), years, y -> computed.containsKey(y) ? money(computed.get(y).equityCeiling(), tkr) : ""));
        rows.add(row(DocumentWords.of("doc.planOverview.golvForEgetKapital"), years, y -> computed.containsKey(y) ? money(se.samordna.plan.PlanFigures.of(plan).floor(), tkr) : ""));
        boolean[] numeric = new boolean[headers.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(headers, rows, numeric, List.of(3, 4)));
        blocks.add(new Block.Paragraph((stated.isEmpty() ? DocumentWords.of("doc.planOverview.budgetaretOchPlanarenArBeraknade")
                : DocumentWords.of("doc.planOverview.tidigareArSomPlanensDokument"))
                + (netted ? DocumentWords.of("doc.planOverview.somIForbundetsEgetDokument") : "")));
        List<String> differences = differences(plan, computed, netted, tkr);
        if (!differences.isEmpty()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.planOverview.darPlanensDokumentAngerAndra")));
            blocks.add(new Block.Bullets(differences));
        }
        List<Commitments.Commitment> commitments = Commitments.of(plan);
        if (!commitments.isEmpty()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.planOverview.beslutadeAtagandenKommandeAr")));
            blocks.add(new Block.Bullets(commitments.stream().map(c -> c.year() + ": " + c.initiative() + " " + MoneyFormat.kronor(c.amount())).toList()));
        }
        return blocks;
    }

    /** For each computed year the document also states: its stated figures, when they differ from the computed ones. */
    private static List<String> differences(Plan plan, Map<Integer, YearFigures> computed, boolean netted, boolean tkr) {
        List<String> lines = new ArrayList<>();
        for (Plan.OverviewYear o : plan.overview()) {
            YearFigures f = computed.get(o.year());
            if (f == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            differs(parts, DocumentWords.of("doc.planOverview.intakter2"), o.income(), income(f, netted), tkr);
            differs(parts, "kostnader", o.costs(), costs(f, netted), tkr);
            differs(parts, "resultat", o.result(), f.result(), tkr);
            differs(parts, DocumentWords.of("doc.planOverview.egetKapitalVidAretsSlut2"), o.equityEnd(), f.equityEnd(), tkr);
            if (!parts.isEmpty()) {
                lines.add(o.year() + ": " + String.join("; ", parts) + ".");
            }
        }
        return lines;
    }

    private static void differs(List<String> parts, String label, Money stated, Money computed, boolean tkr) {
        if (stated != null && computed != null && !money(stated, tkr).equals(money(computed, tkr))) {
            parts.add(DocumentWords.of("doc.planOverview.angesTillRadernaGer", label, money(stated, tkr), money(computed, tkr)));
        }
    }

    private static Money income(YearFigures f, boolean netted) {
        return netted ? f.contributions() : f.income();
    }

    private static Money costs(YearFigures f, boolean netted) {
        return netted ? f.costs().minus(f.otherIncome()) : f.costs();
    }

    private static List<String> row(String label, TreeMap<Integer, String> years, java.util.function.IntFunction<String> cell) {
        List<String> row = new ArrayList<>(List.of(label));
        years.keySet().forEach(y -> row.add(cell.apply(y)));
        return row;
    }

    private static Money result(Plan.OverviewYear o) {
        if (o.result() != null) {
            return o.result();
        }
        return o.income() == null || o.costs() == null ? null : o.income().minus(o.costs());
    }

    static String money(Money amount, boolean tkr) {
        return amount == null ? "–" : tkr ? MoneyFormat.tkr(amount) : MoneyFormat.kronor(amount);
    }
}
