package se.samordna.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.samordna.plan.Plan;
import se.samordna.plan.AllocationKey;
import se.samordna.plan.BudgetTable;
import se.samordna.plan.Contribution;
import se.samordna.plan.EquityBase;
import se.samordna.plan.YearFigures;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The plan document's money: the budget per group in the plan's own unit (lines carry their sign within the group, so
 * printed lines add up to the printed group sum), the members' contributions with each municipality's key, and the
 * association's equity guidelines with the computed equity against them.
 */
final class PlanBudgetBlocks {

    private static final String[] SUMMARY = {DocumentWords.of("doc.planBudgetBlocks.intakterTotalt"), DocumentWords.of("doc.planBudgetBlocks.kostnaderTotalt"), DocumentWords.of("doc.planBudgetBlocks.resultat"), DocumentWords.of("doc.planBudgetBlocks.egetKapitalVidAretsBorjan"),
            DocumentWords.of("doc.planBudgetBlocks.egetKapitalVidAretsSlut"), DocumentWords.of("doc.planBudgetBlocks.takForEgetKapital"), DocumentWords.of("doc.planBudgetBlocks.tillgangligtForNyaInsatser")};

    private PlanBudgetBlocks() {
    }

    /**
     * The budget as the plan holds it: groups, lines, and the subtotals and totals the plan states, nothing re-added.
     * Samordna's own arithmetic (totals from the lines, equity, ceiling, what is available) follows in a table of its own
     * marked as Samordna's, and where it differs from what the plan states, a note says so beside it.
     */
    static List<Block> budget(Plan plan) {
        String unit = plan.budget().unit();
        boolean tkr = "tkr".equals(unit);
        BudgetTable table = BudgetTable.figuresOnly(plan, unit);
        List<String> headers = new ArrayList<>(List.of("Nr", "Belopp i " + unit));
        for (int y = 0; y < table.years().size(); y++) {
            headers.add(table.years().get(y) + " " + PlanDocument.kindName(table.yearKinds().get(y)));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> bold = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        se.samordna.plan.PrintedSigns signs = plan.budget().signs();
        for (int g = 0; g < table.groups().size(); g++) {
            BudgetTable.Group group = table.groups().get(g);
            Plan.LineGroup planGroup = plan.budget().groups().get(g);
            // The plan's own sign for its costs (a cost-signed table's negative income is the budget's netting, already in the cells).
            boolean flip = !group.income() && signs == se.samordna.plan.PrintedSigns.COSTS_NEGATIVE;
            bold.add(rows.size());
            List<String> title = new ArrayList<>(List.of("", group.name() + (group.income() && !group.name().toLowerCase(java.util.Locale.ROOT).contains(DocumentWords.of("doc.planBudgetBlocks.intakt")) ? DocumentWords.of("doc.planBudgetBlocks.intakter") : "")));
            table.years().forEach(y -> title.add(""));
            rows.add(title);
            for (BudgetTable.Line line : group.lines()) {
                // A non-breaking hyphen keeps an account reference such as 10000-47 on one line.
                String mark = planGroup.lines().get(line.index()).mark();
                List<String> row = new ArrayList<>(List.of(line.ref() == null ? "" : line.ref().replace('-', '\u2011'),
                        line.name() + (mark == null ? "" : mark)));
                line.cells().forEach(c -> row.add(flip ? negated(signed(c)) : signed(c)));
                rows.add(row);
            }
            if (planGroup.stated() == null || planGroup.stated().isEmpty()) {
                continue;
            }
            List<String> subtotal = new ArrayList<>(List.of("", DocumentWords.of("doc.planBudgetBlocks.summa", group.name())));
            for (int y = 0; y < table.years().size(); y++) {
                Money stated = planGroup.stated().get(table.years().get(y));
                subtotal.add(stated == null ? "" : flip ? negated(plain(stated, tkr)) : plain(stated, tkr));
                if (stated != null && !plain(stated, tkr).equals(signed(group.subtotal().get(y)))) {
                    notes.add(DocumentWords.of("doc.planBudgetBlocks.subtotalDiffers", table.years().get(y), group.name(), plain(stated, tkr),
                            signed(group.subtotal().get(y))));
                }
            }
            bold.add(rows.size());
            rows.add(subtotal);
        }
        statedTotals(plan, table, tkr, rows, bold, notes);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(headers, rows, PlanDocument.numericFrom(2, headers.size()), bold));
        // The plan's own explanations of its marks, as it prints them under its table.
        plan.budget().legends().forEach(l -> blocks.add(new Block.Note(l.mark() + " " + l.text())));

        blocks.add(new Block.Paragraph(DocumentWords.of("doc.planBudgetBlocks.computedBySamordna")));
        List<String> computedHeaders = new ArrayList<>(List.of(DocumentWords.of("doc.planBudgetBlocks.belopp") + " (" + unit + ")"));
        table.years().forEach(y -> computedHeaders.add(String.valueOf(y)));
        List<List<String>> computed = new ArrayList<>();
        for (int r = 0; r < table.summary().size(); r++) {
            List<String> row = new ArrayList<>(List.of(SUMMARY[r]));
            table.summary().get(r).cells().forEach(c -> row.add(signed(c)));
            computed.add(row);
        }
        blocks.add(new Block.Table(computedHeaders, computed, PlanDocument.numericFrom(1, computedHeaders.size()), List.of()));
        notes.add(signs == se.samordna.plan.PrintedSigns.COSTS_NEGATIVE
                ? DocumentWords.of("doc.planBudgetBlocks.costsNegativeSigns")
                : DocumentWords.of("doc.planBudgetBlocks.inomVarjeGruppStarRaderna"));
        if (plan.budget().otherIncomeNettedInCosts()) {
            notes.add(netted(plan));
        }
        List<String> equityUse = new ArrayList<>();
        for (YearFigures f : se.samordna.plan.PlanFigures.of(plan).years()) {
            if (f.equityUseLines().isPositive()) {
                equityUse.add(f.year() + " " + money(f.equityUseLines(), plan));
            }
        }
        if (!equityUse.isEmpty()) {
            notes.add(DocumentWords.of("doc.planBudgetBlocks.forbundetsEgetDokumentRaknarEget", String.join(", ", equityUse)));
        }
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.planBudgetBlocks.samordnasNotes")));
        blocks.add(new Block.Bullets(notes));
        return blocks;
    }

    /** The totals the plan states for its years (income, costs, result, equity at start and end, available), as stated. */
    private static void statedTotals(Plan plan, BudgetTable table, boolean tkr, List<List<String>> rows, List<Integer> bold, List<String> notes) {
        java.util.SortedMap<Integer, Plan.StatedFigures> stated = plan.budget().stated();
        if (stated == null || stated.isEmpty()) {
            return;
        }
        boolean netted = plan.budget().otherIncomeNettedInCosts();
        java.util.Map<Integer, YearFigures> figures = new java.util.HashMap<>();
        se.samordna.plan.PlanFigures.of(plan).years().forEach(f -> figures.put(f.year(), f));
        List<java.util.function.Function<Plan.StatedFigures, Money>> statedOf = List.of(Plan.StatedFigures::income, Plan.StatedFigures::costs,
                Plan.StatedFigures::result, Plan.StatedFigures::equityStart, Plan.StatedFigures::equityEnd, s -> null, Plan.StatedFigures::available);
        List<java.util.function.Function<YearFigures, Money>> computedOf = List.of(f -> netted ? f.contributions() : f.income(),
                f -> netted ? f.costs().minus(f.otherIncome()) : f.costs(), YearFigures::result, YearFigures::equityStart, YearFigures::equityEnd,
                YearFigures::equityCeiling, YearFigures::available);
        for (int r = 0; r < SUMMARY.length; r++) {
            java.util.function.Function<Plan.StatedFigures, Money> of = statedOf.get(r);
            if (table.years().stream().noneMatch(y -> stated.get(y) != null && of.apply(stated.get(y)) != null)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of("", SUMMARY[r]));
            for (Integer year : table.years()) {
                Money value = stated.get(year) == null ? null : of.apply(stated.get(year));
                boolean costs = r == 1 && plan.budget().signs() == se.samordna.plan.PrintedSigns.COSTS_NEGATIVE;
                row.add(value == null ? "" : costs ? negated(plain(value, tkr)) : plain(value, tkr));
                Money mine = figures.get(year) == null ? null : computedOf.get(r).apply(figures.get(year));
                if (value != null && mine != null && !plain(value, tkr).equals(plain(mine, tkr))) {
                    notes.add(DocumentWords.of("doc.planBudgetBlocks.totalDiffers", year, SUMMARY[r].toLowerCase(java.util.Locale.ROOT), plain(value, tkr),
                            plain(mine, tkr)));
                }
            }
            bold.add(rows.size());
            rows.add(row);
        }
    }

    /** A printed figure with the other sign: "835" as "-835", "-20" as "20"; zero stays "0". */
    static String negated(String printed) {
        if (printed.isEmpty() || printed.matches("-?0")) {
            return printed.replace("-", "");
        }
        return printed.startsWith("-") ? printed.substring(1) : "-" + printed;
    }

    /** An amount as the table prints it: whole units of the plan's unit, grouped, signed. */
    static String plain(Money amount, boolean tkr) {
        long value = tkr ? MoneyFormat.toTkr(amount) : Math.round(amount.ore() / 100.0);
        return MoneyFormat.group(value);
    }

    /** The note for a seed whose own table nets other income against costs: the same result, other totals. */
    private static String netted(Plan plan) {
        StringBuilder note = new StringBuilder(DocumentWords.of("doc.planBudgetBlocks.forbundetsEgetBudgetdokumentRedovisarOvriga"));
        List<String> parts = new ArrayList<>();
        for (YearFigures f : se.samordna.plan.PlanFigures.of(plan).years()) {
            if (f.otherIncome().isPositive()) {
                parts.add(DocumentWords.of("doc.planBudgetBlocks.intakterOchKostnader", f.year(), money(f.contributions(), plan), money(f.costs().minus(f.otherIncome()), plan)));
            }
        }
        return note.append(String.join("; ", parts)).append(DocumentWords.of("doc.planBudgetBlocks.resultatetArDetsamma")).toString();
    }

    /**
     * Each member's contribution per year: as the plan states them where it does; otherwise Samordna's computation from
     * the allocation and the key, marked as Samordna's, with the municipality's key share beside its amount.
     */
    static List<Block> contributions(Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        boolean computed = false;
        for (Plan.Allocation allocation : plan.allocations()) {
            rows.add(List.of(String.valueOf(allocation.year()), DocumentWords.of("doc.planBudgetBlocks.medlemmarnasBidragTotalt"), "", MoneyFormat.kronor(allocation.total())));
            if (allocation.stated() != null && !allocation.stated().isEmpty()) {
                List<Contribution> mine = se.samordna.plan.PlanFigures.of(plan).contributions(allocation);
                for (Plan.StatedContribution c : allocation.stated()) {
                    Contribution computedOne = mine.stream().filter(m -> m.member().equals(c.member())).findFirst().orElse(null);
                    rows.add(List.of("", c.member(), computedOne == null ? "" : share(computedOne, allocation), MoneyFormat.kronor(c.amount())));
                    if (computedOne != null && !computedOne.amount().equals(c.amount())) {
                        differences.add(DocumentWords.of("doc.planBudgetBlocks.contributionDiffers", allocation.year(), c.member(),
                                MoneyFormat.kronor(c.amount()), MoneyFormat.kronor(computedOne.amount())));
                    }
                }
                continue;
            }
            computed = true;
            for (Contribution c : se.samordna.plan.PlanFigures.of(plan).contributions(allocation)) {
                rows.add(List.of("", c.member(), share(c, allocation), MoneyFormat.kronor(c.amount()) + " *"));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.planBudgetBlocks.ar"), DocumentWords.of("doc.planBudgetBlocks.medlem"), DocumentWords.of("doc.planBudgetBlocks.andelOchFordelningsnyckel"), DocumentWords.of("doc.planBudgetBlocks.belopp")), rows,
                new boolean[]{false, false, false, true}, List.of()));
        if (computed) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.planBudgetBlocks.contributionsBySamordna") + " "
                    + DocumentWords.of("doc.planBudgetBlocks.enligtLagenOmFinansiellSamordning")));
        }
        if (!differences.isEmpty()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.planBudgetBlocks.samordnasNotes")));
            blocks.add(new Block.Bullets(differences));
        }
        return blocks;
    }

    private static String share(Contribution c, Plan.Allocation allocation) {
        return switch (c.kind()) {
            case STATE -> DocumentWords.of("doc.planBudgetBlocks.statensHalft");
            case REGION -> DocumentWords.of("doc.planBudgetBlocks.regionensFjardedel");
            case MUNICIPALITY -> municipalKey(c.member(), allocation);
        };
    }

    private static String municipalKey(String member, Plan.Allocation allocation) {
        Plan.MunicipalShare share = allocation.municipalities().stream().filter(s -> s.member().equals(member)).findFirst().orElse(null);
        if (share == null || allocation.key() == AllocationKey.UNSPECIFIED) {
            return DocumentWords.of("doc.planBudgetBlocks.kommunernasFjardedelNyckelnAngesInte");
        }
        return switch (allocation.key()) {
            case PERCENT_OF_TOTAL -> DocumentWords.of("doc.planBudgetBlocks.shareOfAllocation", MoneyFormat.percent(share.percent()));
            case FIXED -> DocumentWords.of("doc.planBudgetBlocks.fastBeloppEnligtNyckeln");
            case POPULATION -> {
                long all = allocation.municipalities().stream().mapToLong(s -> s.population() == null ? 0 : s.population()).sum();
                BigDecimal part = all == 0 || share.population() == null ? null : BigDecimal.valueOf(share.population() * 100)
                        .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
                yield DocumentWords.of("doc.planBudgetBlocks.avKommunernasFjardedel", MoneyFormat.group(share.population() == null ? 0 : share.population()), MoneyFormat.percent(part));
            }
            case UNSPECIFIED -> DocumentWords.of("doc.planBudgetBlocks.kommunernasFjardedel");
        };
    }

    /** The association's equity guidelines and the computed equity of each budget and plan year against them. */
    static List<String> rules(Plan plan) {
        Plan.FinancialRules rules = plan.rules();
        List<String> lines = new ArrayList<>();
        String base = rules.equityCeilingBase() == EquityBase.ALLOCATION ? "Allocation" : "Income";
        lines.add(DocumentWords.of("doc.planBudgetBlocks.ceilingOf" + base + (rules.equityCeilingTiers().isEmpty() ? "" : "WithTiers"),
                MoneyFormat.percent(rules.equityCeilingPercent())));
        if (rules.equityFloor().isPositive()) {
            lines.add(DocumentWords.of("doc.planBudgetBlocks.egetKapitalBorInteUnderstiga", money(rules.equityFloor(), plan)));
        }
        if (rules.adminShareGoalPercent() != null) {
            lines.add(DocumentWords.of("doc.planBudgetBlocks.maletArAttAdministrationensKostnader", MoneyFormat.percent(rules.adminShareGoalPercent()), (rules.adminShareGoalYear() == null ? "." : " senast " + rules.adminShareGoalYear() + ".")));
        }
        for (YearFigures f : se.samordna.plan.PlanFigures.of(plan).years()) {
            if (f.equityEnd() != null && f.kind().isFuture()) {
                lines.add(DocumentWords.of("doc.planBudgetBlocks.computedPrefix") + (rules.equityFloor().isPositive()
                        ? DocumentWords.of("doc.planBudgetBlocks.equityEndWithFloor", f.year(), money(f.equityEnd(), plan), money(f.equityCeiling(), plan),
                                money(rules.equityFloor(), plan))
                        : DocumentWords.of("doc.planBudgetBlocks.equityEnd", f.year(), money(f.equityEnd(), plan), money(f.equityCeiling(), plan))));
            }
        }
        return lines;
    }

    private static String signed(BudgetTable.Cell cell) {
        return cell.text();
    }

    static String money(Money amount, Plan plan) {
        return PlanOverview.money(amount, "tkr".equals(plan.budget().unit()));
    }
}
