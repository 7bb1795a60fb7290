package se.samordna.plan;

import java.util.List;
import java.util.Optional;

import se.samordna.plan.rules.PlanCalculator;
import se.samordna.shared.Money;

/**
 * A plan's figures, computed once per plan: each year's income, costs, result, equity at start and end, ceiling and
 * "available", the floor, and each member's contribution of an allocation. Everything outside the plan module reads the
 * figures here, never the calculator; a plan version read once (the stored plan, a file) is computed once however many
 * checks, pages and document sections read it. The money rules are named policies the calculator applies
 * ({@link se.samordna.plan.rules.EquityCeiling}, {@link se.samordna.plan.rules.EquityFloor},
 * {@link se.samordna.plan.rules.AllocationSplit}), each in one file named after it.
 */
public final class PlanFigures {

    /** The plans computed most recently, by identity (a plan is immutable; the same object is the same version). */
    private static final int REMEMBERED = 64;
    private static final Plan[] PLANS = new Plan[REMEMBERED];
    private static final PlanFigures[] FIGURES = new PlanFigures[REMEMBERED];
    private static int next;
    private static final java.util.concurrent.atomic.AtomicLong COMPUTED = new java.util.concurrent.atomic.AtomicLong();

    private final Plan plan;
    private final List<YearFigures> years;
    private final Money floor;

    private PlanFigures(Plan plan) {
        COMPUTED.incrementAndGet();
        this.plan = plan;
        this.years = List.copyOf(PlanCalculator.years(plan));
        this.floor = PlanCalculator.floor(plan.rules());
    }

    /** The figures of {@code plan}, computed the first time they are asked for. */
    public static PlanFigures of(Plan plan) {
        synchronized (PLANS) {
            for (int i = 0; i < REMEMBERED; i++) {
                if (PLANS[i] == plan) {
                    return FIGURES[i];
                }
            }
        }
        PlanFigures figures = new PlanFigures(plan);
        synchronized (PLANS) {
            PLANS[next] = plan;
            FIGURES[next] = figures;
            next = (next + 1) % REMEMBERED;
        }
        return figures;
    }

    /** How many plans' figures this process has computed (the benchmark and a test read it). */
    public static long computations() {
        return COMPUTED.get();
    }

    /** Every year of the budget, oldest first. */
    public List<YearFigures> years() {
        return years;
    }

    public Optional<YearFigures> year(int year) {
        return years.stream().filter(f -> f.year() == year).findFirst();
    }

    /** The budget year's figures (else the first year's). */
    public YearFigures budgetYear() {
        return years.stream().filter(f -> f.kind() == se.samordna.plan.YearKind.BUDGET).findFirst().orElse(years.get(0));
    }

    /** The floor under equity the plan's rules set. */
    public Money floor() {
        return floor;
    }

    /** Each member's contribution of one of the plan's allocations, by the law's shares and the association's key. */
    public List<Contribution> contributions(Plan.Allocation allocation) {
        return PlanCalculator.contributions(plan, allocation);
    }
}
