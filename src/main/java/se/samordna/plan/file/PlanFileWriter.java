package se.samordna.plan.file;

import se.samordna.plan.Member;
import se.samordna.plan.MemberKind;
import se.samordna.plan.OrganisationNumber;
import se.samordna.plan.Plan;
import se.samordna.plan.Plans;
import se.samordna.plan.budget.AllocationKey;
import se.samordna.plan.budget.CostCategory;
import se.samordna.plan.budget.EquityBase;
import se.samordna.plan.budget.LineType;
import se.samordna.plan.budget.YearKind;
import se.samordna.plan.goals.ActivityPlan;
import se.samordna.plan.goals.Goal;
import se.samordna.plan.goals.GoalRules;
import se.samordna.plan.goals.TheoryOfChange;
import se.samordna.plan.initiatives.Initiative;
import se.samordna.plan.initiatives.InitiativeKind;
import se.samordna.plan.initiatives.InitiativeState;
import se.samordna.plan.initiatives.InitiativeWorkflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

import se.samordna.shared.Decimals;
import se.samordna.shared.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

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
        putIfSet(header, "decided", plan.association().decided() == null ? null : plan.association().decided().toString());
        putIfSet(header, "source", plan.association().source());
        root.put("association", header);
        List<Object> members = new ArrayList<>();
        for (Member m : plan.members()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", m.name());
            member.put("kind", m.kind().name());
            putIfSet(member, "orgNumber", m.orgNumber());
            putIfSet(member, "municipalityCode", m.municipalityCode());
            putIfSet(member, "population", m.population());
            if (m.boardOrdinary() != null || m.boardSubstitute() != null) {
                Map<String, Object> board = new LinkedHashMap<>();
                putIfSet(board, "ordinary", m.boardOrdinary());
                putIfSet(board, "substitute", m.boardSubstitute());
                member.put("board", board);
            }
            members.add(member);
        }
        root.put("members", members);
        Map<String, Object> rules = rules(plan.rules(), unit);
        if (!plan.initiativeRules().equals(Plan.InitiativeRules.defaults())) {
            rules.put("steeringGroupThreshold", number(plan.initiativeRules().steeringGroupThreshold(), unit));
            rules.put("statementRequired", plan.initiativeRules().statementRequired());
        }
        root.put("rules", rules);
        if (!plan.allocations().isEmpty()) {
            List<Object> allocations = new ArrayList<>();
            for (Plan.Allocation a : plan.allocations()) {
                String allocationUnit = a.total().ore() % 100_000 == 0
                        && a.municipalities().stream().allMatch(s -> s.amount() == null || s.amount().ore() % 100_000 == 0)
                        && a.stated().stream().allMatch(s -> s.amount().ore() % 100_000 == 0) ? unit : "kr";
                Map<String, Object> allocation = new LinkedHashMap<>();
                allocation.put("year", a.year());
                if (!allocationUnit.equals(unit)) {
                    allocation.put("unit", allocationUnit);
                }
                allocation.put("total", number(a.total(), allocationUnit));
                allocation.put("key", a.key().name());
                if (!a.municipalities().isEmpty()) {
                    allocation.put("municipalities", a.municipalities().stream().map(s -> {
                        Map<String, Object> share = new LinkedHashMap<>();
                        share.put("member", s.member());
                        putIfSet(share, "amount", s.amount() == null ? null : number(s.amount(), allocationUnit));
                        putIfSet(share, "percent", s.percent());
                        putIfSet(share, "population", s.population());
                        return share;
                    }).toList());
                }
                if (!a.stated().isEmpty()) {
                    allocation.put("stated", a.stated().stream().map(s -> {
                        Map<String, Object> stated = new LinkedHashMap<>();
                        stated.put("member", s.member());
                        stated.put("amount", number(s.amount(), allocationUnit));
                        return stated;
                    }).toList());
                }
                allocations.add(allocation);
            }
            root.put("allocations", allocations);
        }
        root.put("budget", budget(plan.budget()));
        if (!plan.initiatives().isEmpty()) {
            root.put("initiatives", plan.initiatives().stream().map(i -> initiative(i, unit)).toList());
        }
        goals(plan.goals(), root);
        if (!plan.overview().isEmpty()) {
            root.put("overview", plan.overview().stream().map(o -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("year", o.year());
                row.put("kind", o.kind().name());
                putIfSet(row, "income", number(o.income(), unit));
                putIfSet(row, "costs", number(o.costs(), unit));
                putIfSet(row, "result", number(o.result(), unit));
                putIfSet(row, "equityEnd", number(o.equityEnd(), unit));
                return row;
            }).toList());
        }
        return root;
    }

    private static void goals(Plan.Goals goals, Map<String, Object> root) {
        if (!goals.areas().isEmpty()) {
            root.put("areas", goals.areas());
        }
        TheoryOfChange toc = goals.theoryOfChange();
        if (!toc.nodes().isEmpty() || !toc.rows().isEmpty()) {
            Map<String, Object> t = new LinkedHashMap<>();
            putIfSet(t, "period", toc.period());
            t.put("rows", toc.rows());
            t.putAll(theoryOfChangeTree(toc));
            root.put("theoryOfChange", t);
        }
        if (!goals.goals().isEmpty()) {
            root.put("goals", goals.goals().stream().map(g -> {
                Map<String, Object> goal = new LinkedHashMap<>();
                goal.put("id", g.id());
                goal.put("title", g.title());
                goal.put("year", g.year());
                putIfSet(goal, "area", g.area());
                putIfSet(goal, "node", g.node());
                putIfSet(goal, "initiative", g.initiative());
                goal.put("indicators", g.indicators().stream().map(i -> {
                    Map<String, Object> indicator = new LinkedHashMap<>();
                    indicator.put("id", i.id());
                    indicator.put("name", i.name());
                    indicator.put("source", i.source().name());
                    putIfSet(indicator, "sourceText", i.sourceText());
                    if (i.target() != null) {
                        Map<String, Object> target = new LinkedHashMap<>();
                        target.put("kind", i.target().kind().name());
                        if (i.target().kind() == Goal.Target.Kind.NUMBER || i.target().kind() == Goal.Target.Kind.SHARE) {
                            target.put("comparison", i.target().comparison().name());
                        }
                        putIfSet(target, "value", i.target().value());
                        putIfSet(target, "date", i.target().date() == null ? null : i.target().date().toString());
                        putIfSet(target, "text", i.target().text());
                        indicator.put("target", target);
                    }
                    putIfSet(indicator, "unit", i.unit());
                    putIfSet(indicator, "computed", i.computed() == null ? null : i.computed().name());
                    putIfSet(indicator, "activityPlan", i.activityPlan());
                    putIfSet(indicator, "nnsIndicator", i.nnsIndicator());
                    putIfSet(indicator, "respondentGroup", i.respondentGroup());
                    return indicator;
                }).toList());
                return goal;
            }).toList());
        }
        if (!goals.activityPlans().isEmpty()) {
            root.put("activityPlans", goals.activityPlans().stream().map(a -> {
                Map<String, Object> plan = new LinkedHashMap<>();
                plan.put("id", a.id());
                plan.put("name", a.name());
                plan.put("year", a.year());
                plan.put("activities", a.activities().stream().map(x -> {
                    Map<String, Object> activity = new LinkedHashMap<>();
                    activity.put("id", x.id());
                    activity.put("title", x.title());
                    putIfSet(activity, "date", x.date() == null ? null : x.date().toString());
                    activity.put("done", x.done());
                    return activity;
                }).toList());
                return plan;
            }).toList());
        }
    }

    private static Map<String, Object> initiative(Initiative i, String unit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("name", i.name());
        out.put("kind", i.kind().name());
        putIfSet(out, "owner", i.owner());
        out.put("members", i.members());
        putIfSet(out, "targetGroup", i.targetGroup());
        if (i.ageFrom() != null || i.ageTo() != null) {
            Map<String, Object> ages = new LinkedHashMap<>();
            putIfSet(ages, "from", i.ageFrom());
            putIfSet(ages, "to", i.ageTo());
            out.put("ages", ages);
        }
        if (!i.municipalities().isEmpty()) {
            out.put("municipalities", i.municipalities());
        }
        putIfSet(out, "start", i.start() == null ? null : i.start().toString());
        putIfSet(out, "end", i.end() == null ? null : i.end().toString());
        putIfSet(out, "purpose", i.purpose());
        if (!i.goals().isEmpty()) {
            out.put("goals", i.goals());
        }
        putIfSet(out, "budgetedParticipants", i.budgetedParticipants());
        if (i.esf()) {
            out.put("esf", true);
        }
        if (i.contact() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            putIfSet(contact, "name", i.contact().name());
            putIfSet(contact, "email", i.contact().email());
            putIfSet(contact, "phone", i.contact().phone());
            out.put("contact", contact);
        }
        if (!i.steeringGroup().isEmpty()) {
            out.put("steeringGroup", i.steeringGroup().stream().map(m -> {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("name", m.name());
                putIfSet(member, "member", m.member());
                member.put("role", m.role().name());
                return member;
            }).toList());
        }
        out.put("state", i.state().name());
        if (i.application() != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            putIfSet(a, "date", i.application().date() == null ? null : i.application().date().toString());
            a.put("requested", amounts(i.application().requested(), unit));
            putIfSet(a, "text", i.application().text());
            out.put("application", a);
        }
        if (i.statement() != null) {
            Map<String, Object> st = new LinkedHashMap<>();
            putIfSet(st, "date", i.statement().date() == null ? null : i.statement().date().toString());
            st.put("text", i.statement().text());
            out.put("statement", st);
        }
        if (i.decision() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            putIfSet(d, "date", i.decision().date() == null ? null : i.decision().date().toString());
            putIfSet(d, "minutes", i.decision().minutes());
            d.put("granted", i.decision().granted() ? amounts(i.decision().amounts(), unit) : false);
            putIfSet(d, "conditions", i.decision().conditions());
            putIfSet(d, "refusalReason", i.decision().refusalReason());
            out.put("decision", d);
        }
        if (i.agreement() != null) {
            Map<String, Object> ag = new LinkedHashMap<>();
            putIfSet(ag, "date", i.agreement().date() == null ? null : i.agreement().date().toString());
            putIfSet(ag, "start", i.agreement().start() == null ? null : i.agreement().start().toString());
            putIfSet(ag, "end", i.agreement().end() == null ? null : i.agreement().end().toString());
            ag.put("amounts", amounts(i.agreement().amounts(), unit));
            ag.put("reports", i.agreement().reports().stream().map(Enum::name).toList());
            out.put("agreement", ag);
        }
        putIfSet(out, "closed", i.closed() == null ? null : i.closed().toString());
        return out;
    }

    private static Map<String, Object> rules(Plan.FinancialRules rules, String unit) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> ceiling = new LinkedHashMap<>();
        ceiling.put("percent", rules.equityCeilingPercent());
        ceiling.put("base", rules.equityCeilingBase().name());
        if (!rules.equityCeilingTiers().isEmpty()) {
            ceiling.put("tiers", rules.equityCeilingTiers().stream()
                    .map(t -> Map.of("from", number(t.from(), unit), "percent", t.percent())).toList());
        }
        result.put("equityCeiling", ceiling);
        result.put("equityFloor", number(rules.equityFloor(), unit));
        if (rules.adminShareGoalPercent() != null) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("percent", rules.adminShareGoalPercent());
            putIfSet(goal, "year", rules.adminShareGoalYear());
            result.put("adminShareGoal", goal);
        }
        if (!rules.targetSplit().isEmpty()) {
            Map<String, Object> split = new LinkedHashMap<>();
            rules.targetSplit().forEach((k, v) -> split.put(k.name(), v));
            result.put("targetSplit", split);
        }
        return result;
    }

    private static Map<String, Object> budget(Plan.Budget budget) {
        String unit = budget.unit();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("unit", unit);
        Map<String, Object> years = new LinkedHashMap<>();
        budget.years().forEach(y -> years.put(String.valueOf(y.year()), y.kind().name()));
        result.put("years", years);
        if (budget.equityStart() != null) {
            Map<String, Object> equity = new LinkedHashMap<>();
            equity.put("year", budget.equityStart().year());
            equity.put("amount", number(budget.equityStart().amount(), unit));
            result.put("equityStart", equity);
        }
        if (budget.otherIncomeNettedInCosts()) {
            result.put("otherIncomeNettedInCosts", true);
        }
        List<Object> groups = new ArrayList<>();
        for (Plan.LineGroup g : budget.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", g.name());
            if (g.type() != LineType.COST) {
                group.put("type", g.type().name());
            }
            putIfSet(group, "category", g.category() == null ? null : g.category().name());
            group.put("lines", g.lines().stream().map(l -> {
                Map<String, Object> line = new LinkedHashMap<>();
                putIfSet(line, "ref", l.ref());
                line.put("name", l.name());
                if (l.type() != g.type()) {
                    line.put("type", l.type().name());
                }
                if (l.category() != null && l.category() != g.category()) {
                    line.put("category", l.category().name());
                }
                putIfSet(line, "initiative", l.initiative());
                line.put("amounts", amounts(l.amounts(), unit));
                return line;
            }).toList());
            if (!g.stated().isEmpty()) {
                group.put("stated", amounts(g.stated(), unit));
            }
            groups.add(group);
        }
        result.put("groups", groups);
        if (!budget.stated().isEmpty()) {
            Map<String, Object> stated = new LinkedHashMap<>();
            budget.stated().forEach((year, f) -> {
                Map<String, Object> figures = new LinkedHashMap<>();
                putIfSet(figures, "income", number(f.income(), unit));
                putIfSet(figures, "costs", number(f.costs(), unit));
                putIfSet(figures, "result", number(f.result(), unit));
                putIfSet(figures, "equityStart", number(f.equityStart(), unit));
                putIfSet(figures, "equityEnd", number(f.equityEnd(), unit));
                putIfSet(figures, "available", number(f.available(), unit));
                putIfSet(figures, "equityUsed", number(f.equityUsed(), unit));
                stated.put(String.valueOf(year), figures);
            });
            result.put("stated", stated);
        }
        return result;
    }

    private static Map<String, Object> amounts(SortedMap<Integer, Money> amounts, String unit) {
        Map<String, Object> result = new LinkedHashMap<>();
        amounts.forEach((year, amount) -> result.put(String.valueOf(year), number(amount, unit)));
        return result;
    }

    private static Object number(Money amount, String unit) {
        if (amount == null) {
            return null;
        }
        BigDecimal value = "tkr".equals(unit) ? amount.exactKronor().movePointLeft(3) : amount.exactKronor();
        value = value.stripTrailingZeros();
        return value.scale() <= 0 ? (Object) value.longValueExact() : value;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The theory of change's nodes and arrows as the plan file writes them (also what {@code plan goals --json} prints). */
    public static Map<String, Object> theoryOfChangeTree(TheoryOfChange toc) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("nodes", toc.nodes().stream().map(n -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.id());
            node.put("level", n.level().name());
            node.put("row", n.row());
            node.put("text", n.text());
            return node;
        }).toList());
        tree.put("edges", toc.edges().stream().map(e -> Map.of("from", e.from(), "to", e.to())).toList());
        return tree;
    }

}
