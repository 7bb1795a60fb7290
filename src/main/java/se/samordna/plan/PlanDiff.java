package se.samordna.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import se.samordna.shared.Money;

/**
 * What changed between two plans, two versions of one period or two periods: budget lines and their amounts per year
 * (a line is known by its group, number and name), the years, initiatives and goals (by id), the rules and the members.
 */
public final class PlanDiff {

    private final java.util.Locale locale;

    private PlanDiff(java.util.Locale locale) {
        this.locale = locale;
    }

    /**
     * One difference: the part of the plan, the thing in it, the year where amounts differ, and what it was and is (null:
     * none), as codes and whole kronor; {@code label}, {@code beforeText} and {@code afterText} say it as the plan prints it
     * (the line's number and name, amounts in the plan's unit, year kinds and states in words, "–" for none).
     */
    public record Change(String part, String item, Integer year, String before, String after, String label, String beforeText,
                         String afterText) {

        public Change(String part, String item, Integer year, String before, String after) {
            this(part, item, year, before, after, item, before == null ? NONE : before, after == null ? NONE : after);
        }
    }

    private static final String NONE = "–";

    /** The differences, their words in Swedish (the records' language). */
    public static List<Change> between(Plan a, Plan b) {
        return between(a, b, se.samordna.shared.Text.SWEDISH);
    }

    /** The differences, their words (labels, year kinds, states, rules) in the reader's language. */
    public static List<Change> between(Plan a, Plan b, java.util.Locale locale) {
        return new PlanDiff(locale).diff(a, b);
    }

    private List<Change> diff(Plan a, Plan b) {
        List<Change> changes = new ArrayList<>();
        years(a, b, changes);
        lines(a, b, changes);
        if (!Objects.equals(a.budget().equityStart(), b.budget().equityStart())) {
            Plan.EquityStart was = a.budget().equityStart();
            Plan.EquityStart is = b.budget().equityStart();
            changes.add(new Change("equityStart", "opening equity", null, was == null ? null : was.year() + ": " + was.amount().kronor(),
                    is == null ? null : is.year() + ": " + is.amount().kronor(), sv("diff.openingEquity"),
                    was == null ? NONE : was.year() + ": " + amount(was.amount(), a.budget().unit()),
                    is == null ? NONE : is.year() + ": " + amount(is.amount(), b.budget().unit())));
        }
        compare(changes, "rules", "financial rules", sv("diff.item.financialRules"), a.rules(), b.rules(), this::financialRules);
        compare(changes, "rules", "initiative rules", sv("diff.item.initiativeRules"), a.initiativeRules(), b.initiativeRules(), this::initiativeRules);
        keyed(changes, "members", byKey(a.members(), Member::name), byKey(b.members(), Member::name), PlanDiff::member);
        keyed(changes, "initiatives", byKey(a.initiatives(), Initiative::id), byKey(b.initiatives(), Initiative::id), this::initiative);
        keyed(changes, "goals", byKey(a.goals().goals(), Goal::id), byKey(b.goals().goals(), Goal::id), PlanDiff::goal);
        compare(changes, "goals", "target areas", sv("diff.item.targetAreas"), a.goals().areas(), b.goals().areas(), Object::toString);
        compare(changes, "goals", "theory of change", sv("diff.item.theoryOfChange"), a.goals().theoryOfChange(), b.goals().theoryOfChange(), t -> "(" + t.nodes().size() + ")");
        keyed(changes, "sections", byKey(a.sections(), Plan.Section::heading), byKey(b.sections(), Plan.Section::heading), Plan.Section::text);
        List<String> orderBefore = a.sections().stream().map(Plan.Section::heading).toList();
        List<String> orderAfter = b.sections().stream().map(Plan.Section::heading).toList();
        if (new java.util.HashSet<>(orderBefore).equals(new java.util.HashSet<>(orderAfter))) {
            compare(changes, "sections", "order", sv("diff.item.order"), orderBefore, orderAfter, l -> String.join(" · ", l));
        }
        return changes;
    }

    private void years(Plan a, Plan b, List<Change> changes) {
        Map<Integer, String> before = new LinkedHashMap<>();
        a.budget().years().forEach(y -> before.put(y.year(), y.kind().name()));
        Map<Integer, String> after = new LinkedHashMap<>();
        b.budget().years().forEach(y -> after.put(y.year(), y.kind().name()));
        TreeSet<Integer> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (int year : all) {
            if (!Objects.equals(before.get(year), after.get(year))) {
                changes.add(new Change("years", String.valueOf(year), year, before.get(year), after.get(year), String.valueOf(year),
                        kind(before.get(year)), kind(after.get(year))));
            }
        }
    }

    /**
     * Lines are matched by their id (a renamed or moved line is the same line: one row naming the old and new label),
     * by their label where a plan has no ids.
     */
    private void lines(Plan a, Plan b, List<Change> changes) {
        Map<String, Plan.BudgetLine> before = lineMap(a);
        Map<String, Plan.BudgetLine> after = lineMap(b);
        Map<String, String> beforeLabels = labels(a);
        Map<String, String> afterLabels = labels(b);
        // Amounts are compared for the years both plans hold; a year added or dropped is one row of its own.
        TreeSet<Integer> years = new TreeSet<>();
        a.budget().years().forEach(y -> years.add(y.year()));
        years.retainAll(b.budget().years().stream().map(Plan.BudgetYear::year).toList());
        String unitBefore = a.budget().unit();
        String unit = b.budget().unit();
        for (Map.Entry<String, Plan.BudgetLine> entry : before.entrySet()) {
            Plan.BudgetLine other = after.get(entry.getKey());
            String was = beforeLabels.get(entry.getKey());
            if (other == null) {
                changes.add(new Change("budget", was, null, "line", null, was, sv("diff.line"), NONE));
                continue;
            }
            String label = afterLabels.get(entry.getKey());
            if (!was.equals(label)) {
                changes.add(new Change("budget", label, null, was, label));
            }
            for (int year : years) {
                Money amountWas = entry.getValue().amounts().get(year);
                Money amountIs = other.amounts().get(year);
                // No amount and zero are the same for the reader: nothing budgeted.
                if (!Objects.equals(amountWas == null ? Money.ZERO : amountWas, amountIs == null ? Money.ZERO : amountIs)) {
                    changes.add(new Change("budget", label, year, kronor(amountWas), kronor(amountIs), label,
                            amount(amountWas, unitBefore), amount(amountIs, unit)));
                }
            }
        }
        after.keySet().stream().filter(k -> !before.containsKey(k))
                .forEach(k -> changes.add(new Change("budget", afterLabels.get(k), null, null, "line", afterLabels.get(k), NONE, sv("diff.line"))));
    }

    private static String key(Plan.LineGroup group, Plan.BudgetLine line) {
        return line.id() != null ? "id:" + line.id() : label(group, line);
    }

    private static String label(Plan.LineGroup group, Plan.BudgetLine line) {
        return group.name() + " / " + (line.ref() == null ? "" : line.ref() + " ") + line.name();
    }

    private static Map<String, Plan.BudgetLine> lineMap(Plan plan) {
        Map<String, Plan.BudgetLine> lines = new LinkedHashMap<>();
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                lines.putIfAbsent(key(group, line), line);
            }
        }
        return lines;
    }

    private static Map<String, String> labels(Plan plan) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                labels.putIfAbsent(key(group, line), label(group, line));
            }
        }
        return labels;
    }

    private static String kronor(Money amount) {
        return amount == null ? null : String.valueOf(amount.kronor());
    }

    private static <T> Map<String, T> byKey(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private <T> void keyed(List<Change> changes, String part, Map<String, T> before, Map<String, T> after,
                                  java.util.function.Function<T, String> show) {
        before.forEach((key, item) -> compare(changes, part, key, key, item, after.get(key), show));
        after.forEach((key, item) -> {
            if (!before.containsKey(key)) {
                changes.add(new Change(part, key, null, null, show.apply(item)));
            }
        });
    }

    /** One thing compared whole; {@code label} names it in the reader's language (a code for the API in {@code item}). */
    private <T> void compare(List<Change> changes, String part, String item, String label, T before, T after,
                             java.util.function.Function<T, String> show) {
        if (!Objects.equals(before, after)) {
            String was = before == null ? null : show.apply(before);
            String is = after == null ? null : show.apply(after);
            changes.add(new Change(part, item, null, was, is, label, was == null ? NONE : was, is == null ? NONE : is));
        }
    }

    private String initiative(Initiative i) {
        return i.name() + " (" + sv("initiative.stateName." + i.state().name()) + (i.granted().isEmpty() ? "" : ", " + grants(i)) + ")";
    }

    /** An amount as the plan prints it: in its unit (tkr or kr), grouped. */
    private static String amount(Money amount, String unit) {
        if (amount == null) {
            return NONE;
        }
        return "tkr".equals(unit) ? se.samordna.shared.MoneyFormat.tkr(amount) : se.samordna.shared.MoneyFormat.kronor(amount);
    }

    private String kind(String code) {
        return code == null ? NONE : sv("budget.kind." + code);
    }

    private String sv(String key) {
        return se.samordna.shared.Text.of(key).in(locale);
    }

    private static String grants(Initiative i) {
        StringBuilder text = new StringBuilder();
        i.granted().forEach((year, amount) -> text.append(text.length() == 0 ? "" : ", ").append(year).append(": ")
                .append(se.samordna.shared.MoneyFormat.kronor(amount)));
        return text.toString();
    }

    /** The financial rules in words, as the plan's guidelines state them. */
    private String financialRules(Plan.FinancialRules r) {
        return se.samordna.shared.Text.of("diff.financialRules", se.samordna.shared.MoneyFormat.percent(r.equityCeilingPercent()),
                sv("diff.base." + r.equityCeilingBase().name()),
                r.equityFloor() == null ? NONE : se.samordna.shared.MoneyFormat.kronor(r.equityFloor()),
                r.adminShareGoalPercent() == null ? NONE : se.samordna.shared.MoneyFormat.percent(r.adminShareGoalPercent())).in(locale);
    }

    private String initiativeRules(Plan.InitiativeRules r) {
        return se.samordna.shared.Text.of("diff.initiativeRules", se.samordna.shared.MoneyFormat.kronor(r.steeringGroupThreshold()),
                sv(r.statementRequired() ? "diff.yes" : "diff.no")).in(locale);
    }

    private static String member(Member m) {
        return m.name() + (m.boardOrdinary() == null ? "" : " (" + m.boardOrdinary() + (m.boardSubstitute() == null ? "" : ", " + m.boardSubstitute()) + ")");
    }

    private static String goal(Goal g) {
        return g.title();
    }
}
