package se.samordna.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import se.samordna.plan.Member;
import se.samordna.plan.MemberKind;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFigures;
import se.samordna.plan.Contribution;
import se.samordna.plan.ContributionKind;
import se.samordna.shared.Money;

/**
 * Each member's contribution per plan year, as the requests for funds (begäran om medel) state them: the plan's own
 * contributions (Försäkringskassan half, the region a quarter, the municipalities a quarter by the plan's key), so the
 * requests add up to the plan's contributions per year to the krona. Where the plan gives the municipalities' quarter
 * without a key, Samordna splits it by population when the plan gives every municipality's, else in equal parts, and
 * says so on the request.
 */
public final class FundingRequests {

    /** One member's request: the amount per plan year and the split it follows. */
    public record Request(String member, ContributionKind kind, SortedMap<Integer, Money> amounts, boolean splitBySamordna, String split) {
        public Money total() {
            return amounts.values().stream().reduce(Money.ZERO, Money::plus);
        }
    }

    private FundingRequests() {
    }

    public static List<Request> of(Plan plan) {
        Map<String, SortedMap<Integer, Money>> amounts = new LinkedHashMap<>();
        Map<String, ContributionKind> kinds = new LinkedHashMap<>();
        Map<String, Boolean> bySamordna = new LinkedHashMap<>();
        Map<String, String> splits = new LinkedHashMap<>();
        List<Member> towns = plan.members().stream().filter(m -> m.kind() == MemberKind.MUNICIPALITY).toList();
        for (Plan.Allocation allocation : plan.allocations()) {
            for (Contribution c : PlanFigures.of(plan).contributions(allocation)) {
                boolean together = c.kind() == ContributionKind.MUNICIPALITY && towns.size() > 1
                        && towns.stream().noneMatch(t -> t.name().equals(c.member()));
                if (together) {
                    long[] parts = split(c.amount(), towns);
                    boolean byPopulation = towns.stream().allMatch(t -> t.population() != null && t.population() > 0);
                    for (int i = 0; i < towns.size(); i++) {
                        String name = towns.get(i).name();
                        add(amounts, name, allocation.year(), new Money(parts[i]));
                        kinds.put(name, ContributionKind.MUNICIPALITY);
                        bySamordna.put(name, true);
                        splits.put(name, byPopulation ? DocumentWords.of("doc.funding.splitPopulation", towns.size())
                                : DocumentWords.of("doc.funding.splitEqual", towns.size()));
                    }
                } else {
                    add(amounts, c.member(), allocation.year(), c.amount());
                    kinds.put(c.member(), c.kind());
                    bySamordna.putIfAbsent(c.member(), false);
                    splits.putIfAbsent(c.member(), split(c.kind(), allocation.key()));
                }
            }
        }
        List<Request> result = new ArrayList<>();
        amounts.forEach((member, years) -> result.add(new Request(member, kinds.get(member), years, bySamordna.get(member), splits.get(member))));
        return result;
    }

    private static void add(Map<String, SortedMap<Integer, Money>> amounts, String member, int year, Money amount) {
        amounts.computeIfAbsent(member, k -> new TreeMap<>()).merge(year, amount, Money::plus);
    }

    private static String split(ContributionKind kind, se.samordna.plan.AllocationKey key) {
        return switch (kind) {
            case STATE -> DocumentWords.of("doc.funding.splitState");
            case REGION -> DocumentWords.of("doc.funding.splitRegion");
            case MUNICIPALITY -> DocumentWords.of("doc.funding.splitMunicipality", DocumentWords.of("doc.funding.key." + key.name()));
        };
    }

    /** The municipalities' quarter in öre, by population when every municipality has one, else equally; the parts add up exactly. */
    static long[] split(Money total, List<Member> towns) {
        boolean byPopulation = towns.stream().allMatch(t -> t.population() != null && t.population() > 0);
        List<BigDecimal> weights = towns.stream().map(t -> byPopulation ? BigDecimal.valueOf(t.population()) : BigDecimal.ONE).toList();
        // Whole kronor by the plan's own largest-remainder split; the öre left over (if any) on the first part.
        long[] parts = se.samordna.plan.Apportion.largestRemainder(total.ore() / 100, weights);
        for (int i = 0; i < parts.length; i++) {
            parts[i] *= 100;
        }
        if (parts.length > 0) {
            parts[0] += total.ore() % 100;
        }
        return parts;
    }
}
