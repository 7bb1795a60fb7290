package se.samordna.plan.file;

import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.LineType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** Writes a plan as the tree of the plan file (the same for YAML and the stored JSON). */
final class PlanFileWriter {

    private PlanFileWriter() {
    }

    static Map<String, Object> tree(Plan plan) {
        String unit = plan.budget().unit();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", Plan.FORMAT_VERSION);
        root.put("unit", unit);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("name", plan.association().name());
        FileValues.putIfSet(header, "decided", plan.association().decided() == null ? null : plan.association().decided().toString());
        FileValues.putIfSet(header, "source", plan.association().source());
        FileValues.putIfSet(header, "minutes", plan.association().minutes());
        FileValues.putIfSet(header, "quote", plan.association().quote());
        FileValues.putIfSet(header, "quoteSource", plan.association().quoteSource());
        root.put("association", header);
        root.put("members", plan.members().stream().map(PlanFileWriter::member).toList());
        Map<String, Object> rules = rules(plan.rules(), unit);
        if (!plan.initiativeRules().equals(Plan.InitiativeRules.defaults())) {
            rules.put("steeringGroupThreshold", FileValues.number(plan.initiativeRules().steeringGroupThreshold(), unit));
            rules.put("statementRequired", plan.initiativeRules().statementRequired());
        }
        root.put("rules", rules);
        if (!plan.allocations().isEmpty()) {
            root.put("allocations", plan.allocations().stream().map(a -> allocation(a, unit)).toList());
        }
        root.put("budget", budget(plan));
        if (!plan.initiatives().isEmpty()) {
            root.put("initiatives", plan.initiatives().stream().map(i -> InitiativesFileWriter.initiative(i, unit)).toList());
        }
        GoalsFileWriter.goals(plan.goals(), root);
        if (!plan.sections().isEmpty()) {
            root.put("sections", plan.sections().stream().map(t -> {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("heading", t.heading());
                section.put("text", t.text());
                if (t.appendix()) {
                    section.put("appendix", true);
                }
                return section;
            }).toList());
        }
        if (!plan.overview().isEmpty()) {
            root.put("overview", plan.overview().stream().map(o -> overviewRow(o, unit)).toList());
        }
        return root;
    }

    private static Map<String, Object> member(Member m) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", m.name());
        member.put("kind", m.kind().name());
        FileValues.putIfSet(member, "orgNumber", m.orgNumber());
        FileValues.putIfSet(member, "municipalityCode", m.municipalityCode());
        FileValues.putIfSet(member, "population", m.population());
        if (m.boardOrdinary() != null || m.boardSubstitute() != null) {
            Map<String, Object> board = new LinkedHashMap<>();
            FileValues.putIfSet(board, "ordinary", m.boardOrdinary());
            FileValues.putIfSet(board, "substitute", m.boardSubstitute());
            member.put("board", board);
        }
        return member;
    }

    private static Map<String, Object> allocation(Plan.Allocation a, String unit) {
        String allocationUnit = a.total().ore() % 100_000 == 0
                && a.municipalities().stream().allMatch(s -> s.amount() == null || s.amount().ore() % 100_000 == 0)
                && a.stated().stream().allMatch(s -> s.amount().ore() % 100_000 == 0) ? unit : "kr";
        Map<String, Object> allocation = new LinkedHashMap<>();
        allocation.put("year", a.year());
        if (!allocationUnit.equals(unit)) {
            allocation.put("unit", allocationUnit);
        }
        allocation.put("total", FileValues.number(a.total(), allocationUnit));
        allocation.put("key", a.key().name());
        if (!a.municipalities().isEmpty()) {
            allocation.put("municipalities", a.municipalities().stream().map(s -> {
                Map<String, Object> share = new LinkedHashMap<>();
                share.put("member", s.member());
                FileValues.putIfSet(share, "amount", s.amount() == null ? null : FileValues.number(s.amount(), allocationUnit));
                FileValues.putIfSet(share, "percent", s.percent());
                FileValues.putIfSet(share, "population", s.population());
                return share;
            }).toList());
        }
        if (!a.stated().isEmpty()) {
            allocation.put("stated", a.stated().stream().map(s -> {
                Map<String, Object> stated = new LinkedHashMap<>();
                stated.put("member", s.member());
                stated.put("amount", FileValues.number(s.amount(), allocationUnit));
                return stated;
            }).toList());
        }
        return allocation;
    }

    private static Map<String, Object> overviewRow(Plan.OverviewYear o, String unit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", o.year());
        row.put("kind", o.kind().name());
        FileValues.putIfSet(row, "income", FileValues.number(o.income(), unit));
        FileValues.putIfSet(row, "costs", FileValues.number(o.costs(), unit));
        FileValues.putIfSet(row, "result", FileValues.number(o.result(), unit));
        FileValues.putIfSet(row, "equityEnd", FileValues.number(o.equityEnd(), unit));
        return row;
    }

    private static Map<String, Object> rules(Plan.FinancialRules rules, String unit) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> ceiling = new LinkedHashMap<>();
        ceiling.put("percent", rules.equityCeilingPercent());
        ceiling.put("base", rules.equityCeilingBase().name());
        if (!rules.equityCeilingTiers().isEmpty()) {
            ceiling.put("tiers", rules.equityCeilingTiers().stream()
                    .map(t -> Map.of("from", FileValues.number(t.from(), unit), "percent", t.percent())).toList());
        }
        result.put("equityCeiling", ceiling);
        result.put("equityFloor", FileValues.number(rules.equityFloor(), unit));
        if (rules.adminShareGoalPercent() != null) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("percent", rules.adminShareGoalPercent());
            FileValues.putIfSet(goal, "year", rules.adminShareGoalYear());
            result.put("adminShareGoal", goal);
        }
        if (!rules.targetSplit().isEmpty()) {
            Map<String, Object> split = new LinkedHashMap<>();
            rules.targetSplit().forEach((k, v) -> split.put(k.name(), v));
            result.put("targetSplit", split);
        }
        return result;
    }

    private static Map<String, Object> budget(Plan plan) {
        Plan.Budget budget = plan.budget();
        String unit = budget.unit();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("unit", unit);
        Map<String, Object> years = new LinkedHashMap<>();
        budget.years().forEach(y -> years.put(String.valueOf(y.year()), y.kind().name()));
        result.put("years", years);
        if (budget.equityStart() != null) {
            Map<String, Object> equity = new LinkedHashMap<>();
            equity.put("year", budget.equityStart().year());
            equity.put("amount", FileValues.number(budget.equityStart().amount(), unit));
            result.put("equityStart", equity);
        }
        if (budget.otherIncomeNettedInCosts()) {
            result.put("otherIncomeNettedInCosts", true);
        }
        if (budget.signs() != se.samordna.plan.PrintedSigns.NATURAL) {
            result.put("signs", budget.signs().name());
        }
        List<Object> groups = new ArrayList<>();
        for (Plan.LineGroup g : budget.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", g.name());
            if (g.type() != LineType.COST) {
                group.put("type", g.type().name());
            }
            FileValues.putIfSet(group, "category", g.category() == null ? null : g.category().name());
            group.put("lines", g.lines().stream().map(l -> line(plan, l, g, unit)).toList());
            if (!g.stated().isEmpty()) {
                group.put("stated", FileValues.amounts(g.stated(), unit));
            }
            groups.add(group);
        }
        result.put("groups", groups);
        if (!budget.legends().isEmpty()) {
            result.put("legends", budget.legends().stream().map(l -> {
                Map<String, Object> legend = new LinkedHashMap<>();
                legend.put("mark", l.mark());
                legend.put("text", l.text());
                return legend;
            }).toList());
        }
        if (!budget.stated().isEmpty()) {
            Map<String, Object> stated = new LinkedHashMap<>();
            budget.stated().forEach((year, f) -> {
                Map<String, Object> figures = new LinkedHashMap<>();
                FileValues.putIfSet(figures, "income", FileValues.number(f.income(), unit));
                FileValues.putIfSet(figures, "costs", FileValues.number(f.costs(), unit));
                FileValues.putIfSet(figures, "result", FileValues.number(f.result(), unit));
                FileValues.putIfSet(figures, "equityStart", FileValues.number(f.equityStart(), unit));
                FileValues.putIfSet(figures, "equityEnd", FileValues.number(f.equityEnd(), unit));
                FileValues.putIfSet(figures, "available", FileValues.number(f.available(), unit));
                FileValues.putIfSet(figures, "equityUsed", FileValues.number(f.equityUsed(), unit));
                stated.put(String.valueOf(year), figures);
            });
            result.put("stated", stated);
        }
        return result;
    }

    /**
     * A line; the initiative it funds as {@code initiative} (its name, as people read the file and as the API has always
     * answered) and {@code initiativeId} (the link that survives a rename).
     */
    private static Map<String, Object> line(Plan plan, Plan.BudgetLine l, Plan.LineGroup g, String unit) {
        Map<String, Object> line = new LinkedHashMap<>();
        FileValues.putIfSet(line, "id", l.id());
        FileValues.putIfSet(line, "ref", l.ref());
        line.put("name", l.name());
        if (l.type() != g.type()) {
            line.put("type", l.type().name());
        }
        if (l.category() != null && l.category() != g.category()) {
            line.put("category", l.category().name());
        }
        java.util.Optional<se.samordna.plan.Initiative> funded = plan.initiativeOf(l);
        FileValues.putIfSet(line, "initiative", funded.map(se.samordna.plan.Initiative::name).orElse(l.initiative()));
        FileValues.putIfSet(line, "initiativeId", funded.map(se.samordna.plan.Initiative::id).orElse(null));
        line.put("amounts", FileValues.amounts(l.amounts(), unit));
        FileValues.putIfSet(line, "mark", l.mark());
        return line;
    }
}
