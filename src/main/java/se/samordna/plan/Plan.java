package se.samordna.plan;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.LineId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import se.samordna.shared.Money;

/**
 * An association's plan as one aggregate: who the members are, the financial rules, the allocation per
 * year, the budget lines per year and the figures the source document itself states (so mismatches can
 * be found). Amounts are exact {@link Money}; the display unit ({@code kr} or {@code tkr}) is kept for
 * printing and for judging what rounding explains.
 */
public record Plan(Header association, List<Member> members, FinancialRules rules, List<Allocation> allocations,
                   Budget budget, List<OverviewYear> overview, InitiativeRules initiativeRules, List<Initiative> initiatives,
                   Goals goals, List<Section> sections) {

    /**
     * One of the plan's own text sections (vision, focus for the year, organisation …), in the association's order: a
     * heading and a text in the small markup of {@link se.samordna.shared.Markup}; an appendix (an indicator list, a
     * matrix of goals) is printed after the plan's figures, as the plan has it.
     */
    public record Section(String heading, String text, boolean appendix) {

        public Section(String heading, String text) {
            this(heading, text, false);
        }

        /** The same section (an appendix stays one) with another heading and text. */
        public Section with(String newHeading, String newText) {
            return new Section(newHeading, newText, appendix);
        }
    }

    public Plan(Header association, List<Member> members, FinancialRules rules, List<Allocation> allocations,
                Budget budget, List<OverviewYear> overview, InitiativeRules initiativeRules, List<Initiative> initiatives,
                Goals goals) {
        this(association, members, rules, allocations, budget, overview, initiativeRules, initiatives, goals, List.of());
    }

    public Plan withSections(List<Section> changed) {
        return new Plan(association, members, rules, allocations, budget, overview, initiativeRules, initiatives, goals, List.copyOf(changed));
    }

    /** What the plan steers by: target areas, the theory of change, goals with indicators, activity plans. */
    public record Goals(List<String> areas, TheoryOfChange theoryOfChange, List<Goal> goals, List<ActivityPlan> activityPlans) {
        public static Goals none() {
            return new Goals(List.of(), TheoryOfChange.empty(), List.of(), List.of());
        }
    }

    public Plan(Header association, List<Member> members, FinancialRules rules, List<Allocation> allocations,
                Budget budget, List<OverviewYear> overview, InitiativeRules initiativeRules, List<Initiative> initiatives) {
        this(association, members, rules, allocations, budget, overview, initiativeRules, initiatives, Goals.none());
    }

    public Plan withGoals(Goals changed) {
        return new Plan(association, members, rules, allocations, budget, overview, initiativeRules, initiatives, changed, sections);
    }

    public static final int FORMAT_VERSION = 1;

    /** A plan without initiatives and with the default initiative rules. */
    public Plan(Header association, List<Member> members, FinancialRules rules, List<Allocation> allocations,
                Budget budget, List<OverviewYear> overview) {
        this(association, members, rules, allocations, budget, overview, InitiativeRules.defaults(), List.of());
    }

    /**
     * The initiative a budget line funds: the plan's initiative whose id the line holds (or, in a plan not yet linked,
     * whose name it holds).
     */
    public java.util.Optional<Initiative> initiativeOf(BudgetLine line) {
        if (line.initiative() == null) {
            return java.util.Optional.empty();
        }
        return initiative(InitiativeId.of(line.initiative())).or(() -> initiatives.stream().filter(i -> i.name().equals(line.initiative())).findFirst());
    }

    /** Whether a budget line funds this initiative. */
    public boolean funds(BudgetLine line, Initiative initiative) {
        return initiativeOf(line).map(i -> i.id().equals(initiative.id())).orElse(false);
    }

    /**
     * The plan with every budget line that names one of its initiatives linked by the initiative's id, so renaming an
     * initiative keeps its lines. A text that names no initiative of the plan stays as written.
     */
    public Plan linkingLinesById() {
        if (budget == null || budget.groups().stream().flatMap(g -> g.lines().stream())
                .allMatch(l -> l.initiative() == null || initiativeOf(l).map(i -> i.id().equals(l.initiative())).orElse(true))) {
            return this;
        }
        return withLines(l -> l.withInitiative(initiativeOf(l).map(Initiative::id).orElse(l.initiative())));
    }

    /**
     * The plan with an id on every budget line: a line without one (a file that gives none, a line just added) gets its
     * name as an id ({@code personal-och-kontor}), made unique in the plan. The id stays with the line through every
     * change, roll-forward and the workbook, so the API and the audit log name a line that does not move when others are
     * added or removed.
     */
    public Plan withLineIds() {
        if (budget == null || budget.groups().stream().flatMap(g -> g.lines().stream()).allMatch(l -> l.id() != null)) {
            return this;
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        budget.groups().forEach(g -> g.lines().forEach(l -> {
            if (l.id() != null) {
                taken.add(l.id());
            }
        }));
        return withLines(l -> {
            if (l.id() != null) {
                return l;
            }
            String slug = se.samordna.shared.Slug.of(l.name(), "rad");
            String base = slug.length() <= 50 ? slug : slug.substring(0, 50).replaceAll("-+$", "");
            String id = se.samordna.shared.Slug.unique(base, taken::contains);
            taken.add(id);
            return l.withId(id);
        });
    }

    /** The budget line with this id, with the index of its group and its index in the group. */
    public java.util.Optional<int[]> lineIndex(LineId lineId) {
        for (int g = 0; budget != null && g < budget.groups().size(); g++) {
            List<BudgetLine> lines = budget.groups().get(g).lines();
            for (int l = 0; l < lines.size(); l++) {
                if (lines.get(l).id() != null && lines.get(l).id().equals(lineId.value())) {
                    return java.util.Optional.of(new int[]{g, l});
                }
            }
        }
        return java.util.Optional.empty();
    }

    private Plan withLines(java.util.function.UnaryOperator<BudgetLine> change) {
        List<LineGroup> groups = budget.groups().stream().map(g -> new LineGroup(g.name(), g.type(), g.category(),
                g.lines().stream().map(change).toList(), g.stated())).toList();
        return withBudget(budget.withGroups(groups));
    }

    public java.util.Optional<Initiative> initiative(InitiativeId id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        return initiatives.stream().filter(i -> i.id().equals(id.value())).findFirst();
    }

    /**
     * The budget year: the BUDGET column, else the latest year of the budget, else this year (the clock is asked only
     * then: it reads the time-zone tables, 40 ms of a command).
     */
    public int budgetYear() {
        return budget.years().stream().filter(y -> y.kind() == YearKind.BUDGET).mapToInt(BudgetYear::year).min()
                .orElseGet(() -> budget.years().stream().mapToInt(BudgetYear::year).max().orElseGet(() -> java.time.LocalDate.now().getYear()));
    }

    /** The same plan as a draft to be decided again: no adoption date or minutes. */
    public Plan asDraft() {
        return withHeader(association.standing(null, association.source(), null));
    }

    public Plan withHeader(Header changed) {
        return new Plan(changed, members, rules, allocations, budget, overview, initiativeRules, initiatives, goals, sections);
    }

    public Plan withRules(FinancialRules changed) {
        return new Plan(association, members, changed, allocations, budget, overview, initiativeRules, initiatives, goals, sections);
    }

    public Plan withInitiativeRules(InitiativeRules changed) {
        return new Plan(association, members, rules, allocations, budget, overview, changed, initiatives, goals, sections);
    }

    public Plan withBudget(Budget changed) {
        return new Plan(association, members, rules, allocations, changed, overview, initiativeRules, initiatives, goals, sections);
    }

    public Plan withInitiatives(List<Initiative> changed) {
        return new Plan(association, members, rules, allocations, budget, overview, initiativeRules, List.copyOf(changed), goals, sections);
    }

    /**
     * The association's rules for initiatives: a steering group (with the director in it) is required from
     * {@code steeringGroupThreshold} granted in total; the preparation group's statement must exist before the
     * board decides when {@code statementRequired}.
     */
    public record InitiativeRules(Money steeringGroupThreshold, boolean statementRequired) {
        public static InitiativeRules defaults() {
            return new InitiativeRules(Money.ofTkr(100), true);
        }
    }

    /**
     * The association's name, the day the board adopted the plan and the minutes' paragraph (when adopted), the source
     * document, and the quotation the plan's cover carries with its source (both null when it has none).
     */
    public record Header(String name, LocalDate decided, String source, String minutes, String quote, String quoteSource) {

        public Header(String name, LocalDate decided, String source) {
            this(name, decided, source, null, null, null);
        }

        public Header(String name, LocalDate decided, String source, String minutes) {
            this(name, decided, source, minutes, null, null);
        }

        /** The same cover under another standing: adopted when and by which minutes, and where the plan comes from. */
        public Header standing(LocalDate decided, String source, String minutes) {
            return new Header(name, decided, source, minutes, quote, quoteSource);
        }

        /** The same cover for another association (the load test's copies). */
        public Header named(String other) {
            return new Header(other, decided, source, minutes, quote, quoteSource);
        }
    }

    /**
     * The association's own financial rules; none of these is a constant in code.
     * {@code equityCeilingTiers}: optional size tiers (from an allocation of at least {@code from}, the percentage applies).
     */
    public record FinancialRules(BigDecimal equityCeilingPercent, EquityBase equityCeilingBase, List<CeilingTier> equityCeilingTiers,
                                 Money equityFloor, BigDecimal adminShareGoalPercent, Integer adminShareGoalYear,
                                 Map<CostCategory, BigDecimal> targetSplit) {

        public static FinancialRules defaults() {
            return new FinancialRules(BigDecimal.valueOf(20), EquityBase.ALLOCATION, List.of(), Money.ZERO, null, null, Map.of());
        }
    }

    public record CeilingTier(Money from, BigDecimal percent) {
    }

    /** The allocation of one year: its total and how the municipalities' quarter is divided, plus what the document states. */
    public record Allocation(int year, Money total, AllocationKey key, List<MunicipalShare> municipalities,
                             List<StatedContribution> stated) {
    }

    /** One municipality's part of the quarter: an amount (FIXED), a percentage of the total, or its population. */
    public record MunicipalShare(String member, Money amount, BigDecimal percent, Long population) {
    }

    public record StatedContribution(String member, Money amount) {
    }

    /**
     * The budget table: its years side by side, groups of lines, and the stated figures.
     * {@code otherIncomeNettedInCosts}: the document shows other income as negative costs and its stated
     * income holds member contributions only.
     */
    public record Budget(String unit, List<BudgetYear> years, EquityStart equityStart, List<LineGroup> groups,
                         SortedMap<Integer, StatedFigures> stated, boolean otherIncomeNettedInCosts, List<Legend> legends,
                         se.samordna.plan.PrintedSigns signs) {

        public Budget {
            signs = signs == null ? se.samordna.plan.PrintedSigns.NATURAL : signs;
            legends = legends == null ? List.of() : legends;
        }

        public Budget(String unit, List<BudgetYear> years, EquityStart equityStart, List<LineGroup> groups,
                      SortedMap<Integer, StatedFigures> stated, boolean otherIncomeNettedInCosts) {
            this(unit, years, equityStart, groups, stated, otherIncomeNettedInCosts, List.of(), null);
        }

        /** The same budget (unit, how the plan prints it, its legends) with other years, opening equity, lines and stated figures. */
        public Budget with(List<BudgetYear> changedYears, EquityStart changedEquity, List<LineGroup> changedGroups,
                           SortedMap<Integer, StatedFigures> changedStated) {
            return new Budget(unit, changedYears, changedEquity, changedGroups, changedStated, otherIncomeNettedInCosts, legends, signs);
        }

        /** The same budget with other lines. */
        public Budget withGroups(List<LineGroup> changedGroups) {
            return with(years, equityStart, changedGroups, stated);
        }

        public long unitOre() {
            return "tkr".equals(unit) ? 100_000L : 100L;
        }

        public Optional<BudgetYear> year(int year) {
            return years.stream().filter(y -> y.year() == year).findFirst();
        }
    }

    public record BudgetYear(int year, YearKind kind) {
    }

    /** A mark the plan's budget table uses ({@code *}, {@code **}) and what the plan says it means, printed under the table. */
    public record Legend(String mark, String text) {
    }

    /** Equity at the start of the given year; later years carry the previous year's end forward. */
    public record EquityStart(int year, Money amount) {
    }

    /** A group of lines as the document groups them, with the subtotal it states per year (if any). */
    public record LineGroup(String name, LineType type, CostCategory category, List<BudgetLine> lines,
                            SortedMap<Integer, Money> stated) {
    }

    /**
     * One line: the association's project number or account ID, a name, its type, category, the initiative it funds
     * and amounts per year. {@code initiative} is the initiative's id when the plan has that initiative (a file may name
     * it by its name; reading links it by id, see {@link Plan#linkingLinesById()}), else the text the file gives.
     */
    public record BudgetLine(String id, String ref, String name, LineType type, CostCategory category, String initiative,
                             SortedMap<Integer, Money> amounts, String mark) {

        /** A new line; its id is given when the plan is read or saved ({@link Plan#withLineIds()}). */
        public BudgetLine(String ref, String name, LineType type, CostCategory category, String initiative, SortedMap<Integer, Money> amounts) {
            this(null, ref, name, type, category, initiative, amounts, null);
        }

        public BudgetLine(String id, String ref, String name, LineType type, CostCategory category, String initiative,
                          SortedMap<Integer, Money> amounts) {
            this(id, ref, name, type, category, initiative, amounts, null);
        }

        public Money amount(int year) {
            return amounts.getOrDefault(year, Money.ZERO);
        }

        public BudgetLine withAmounts(SortedMap<Integer, Money> changed) {
            return new BudgetLine(id, ref, name, type, category, initiative, java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(changed)), mark);
        }

        public BudgetLine withInitiative(String changed) {
            return new BudgetLine(id, ref, name, type, category, changed, amounts, mark);
        }

        public BudgetLine withName(String changed) {
            return new BudgetLine(id, ref, changed, type, category, initiative, amounts, mark);
        }

        BudgetLine withId(String changed) {
            return new BudgetLine(changed, ref, name, type, category, initiative, amounts, mark);
        }
    }

    /** What the document states for a year. Costs are positive amounts; the result is signed. */
    public record StatedFigures(Money income, Money costs, Money result, Money equityStart, Money equityEnd,
                                Money available, Money equityUsed) {
    }

    /** A row of the document's multi-year overview (history and outlook), as stated. */
    public record OverviewYear(int year, YearKind kind, Money income, Money costs, Money result, Money equityEnd) {
    }
}
