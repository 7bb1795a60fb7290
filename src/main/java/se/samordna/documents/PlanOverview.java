package se.samordna.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.samordna.plan.Plan;
import se.samordna.plan.Commitments;
import se.samordna.plan.YearFigures;
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

    /**
     * The overview the plan states, year by year as adopted (no ceiling or floor rows it does not have); then Samordna's
     * computation of the budget year and the plan years from the lines, with the ceiling and the floor, marked as
     * Samordna's, and a note for each figure where the two differ.
     */
    static List<Block> blocks(Plan plan) {
        Map<Integer, YearFigures> computed = new TreeMap<>();
        se.samordna.plan.PlanFigures.of(plan).years().stream().filter(f -> f.kind().isFuture()).forEach(f -> computed.put(f.year(), f));
        boolean tkr = "tkr".equals(plan.budget().unit());
        boolean netted = plan.budget().otherIncomeNettedInCosts();
        List<Block> blocks = new ArrayList<>();
        if (!plan.overview().isEmpty()) {
            TreeMap<Integer, Plan.OverviewYear> stated = new TreeMap<>();
            plan.overview().forEach(o -> stated.put(o.year(), o));
            TreeMap<Integer, String> years = new TreeMap<>();
            stated.forEach((year, o) -> years.put(year, o.kind().name()));
            List<String> headers = headers(years, tkr);
            List<List<String>> rows = new ArrayList<>();
            rows.add(row("", years, y -> PlanDocument.kindName(years.get(y))));
            addRow(rows, DocumentWords.of("doc.planOverview.intakter"), years, y -> stated.get(y).income(), tkr);
            addRow(rows, DocumentWords.of("doc.planOverview.kostnader"), years, y -> stated.get(y).costs(), tkr);
            addRow(rows, DocumentWords.of("doc.planOverview.resultat"), years, y -> stated.get(y).result(), tkr);
            addRow(rows, DocumentWords.of("doc.planOverview.egetKapitalVidAretsSlut"), years, y -> stated.get(y).equityEnd(), tkr);
            boolean[] numeric = new boolean[headers.size()];
            java.util.Arrays.fill(numeric, 1, numeric.length, true);
            blocks.add(new Block.Table(headers, rows, numeric, List.of()));
        }
        if (!computed.isEmpty()) {
            TreeMap<Integer, String> years = new TreeMap<>();
            computed.forEach((year, f) -> years.put(year, f.kind().name()));
            List<String> headers = headers(years, tkr);
            List<List<String>> rows = new ArrayList<>();
            rows.add(row("", years, y -> PlanDocument.kindName(years.get(y))));
            rows.add(row(DocumentWords.of("doc.planOverview.intakter"), years, y -> money(income(computed.get(y), netted), tkr)));
            rows.add(row(DocumentWords.of("doc.planOverview.kostnader"), years, y -> money(costs(computed.get(y), netted), tkr)));
            rows.add(row(DocumentWords.of("doc.planOverview.resultat"), years, y -> money(computed.get(y).result(), tkr)));
            rows.add(row(DocumentWords.of("doc.planOverview.egetKapitalVidAretsSlut"), years, y -> money(computed.get(y).equityEnd(), tkr)));
            rows.add(row(DocumentWords.of("doc.planOverview.takForEgetKapital"), years, y -> money(computed.get(y).equityCeiling(), tkr)));
            rows.add(row(DocumentWords.of("doc.planOverview.golvForEgetKapital"), years, y -> money(se.samordna.plan.PlanFigures.of(plan).floor(), tkr)));
            boolean[] numeric = new boolean[headers.size()];
            java.util.Arrays.fill(numeric, 1, numeric.length, true);
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.planOverview.computedBySamordna")
                    + (netted ? DocumentWords.of("doc.planOverview.somIForbundetsEgetDokument") : "")));
            blocks.add(new Block.Table(headers, rows, numeric, List.of()));
        }
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

    /** A row of stated figures, left out when the plan states none of them. */
    private static void addRow(List<List<String>> rows, String label, TreeMap<Integer, String> years,
                               java.util.function.IntFunction<Money> value, boolean tkr) {
        if (years.keySet().stream().allMatch(y -> value.apply(y) == null)) {
            return;
        }
        rows.add(row(label, years, y -> value.apply(y) == null ? "" : money(value.apply(y), tkr)));
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

    static String money(Money amount, boolean tkr) {
        return amount == null ? "–" : tkr ? MoneyFormat.tkr(amount) : MoneyFormat.kronor(amount);
    }

    /** A year table's heading: the unit, then each year. */
    private static List<String> headers(TreeMap<Integer, String> years, boolean tkr) {
        List<String> headers = new ArrayList<>(List.of(tkr ? "tkr" : "kr"));
        years.keySet().forEach(y -> headers.add(String.valueOf(y)));
        return headers;
    }
}
