package se.samordna.plan;

import se.samordna.plan.rules.PlanChecks;
import se.samordna.plan.rules.PlanCalculator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samordna.shared.Money;

/**
 * The result of checking a plan in the shape of {@code plan check --json}: per year the figures computed
 * from the lines and each member's contribution, in whole kronor, and the findings.
 */
public final class PlanReport {

    /** A finding as the JSON answers give it. */
    public static Map<String, Object> finding(Finding finding) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", finding.code());
        f.put("severity", finding.severity().name());
        f.put("year", finding.year());
        f.put("message", finding.message());
        return f;
    }

    private PlanReport() {
    }

    /** Every finding of the plan's rules, in the order the rules are applied. */
    public static List<Finding> findings(Plan plan) {
        return PlanChecks.check(plan);
    }

    public static Map<String, Object> of(Plan plan) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("association", plan.association().name());
        List<Object> years = new ArrayList<>();
        for (YearFigures f : se.samordna.plan.PlanFigures.of(plan).years()) {
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("year", f.year());
            year.put("kind", f.kind().name());
            year.put("income", f.income().kronor());
            year.put("costs", f.costs().kronor());
            year.put("result", f.result().kronor());
            year.put("equityStart", kronor(f.equityStart()));
            year.put("equityEnd", kronor(f.equityEnd()));
            year.put("equityCeiling", f.equityCeiling().kronor());
            year.put("availableForNewInitiatives", kronor(f.available()));
            List<Object> contributions = new ArrayList<>();
            plan.allocations().stream().filter(a -> a.year() == f.year()).findFirst().ifPresent(a ->
                    PlanCalculator.contributions(plan, a).forEach(c -> {
                        Map<String, Object> contribution = new LinkedHashMap<>();
                        contribution.put("member", c.member());
                        contribution.put("kind", c.kind().name());
                        contribution.put("amount", c.amount().kronor());
                        contributions.add(contribution);
                    }));
            year.put("contributions", contributions);
            years.add(year);
        }
        report.put("years", years);
        List<Object> findings = new ArrayList<>();
        for (Finding finding : PlanChecks.check(plan)) {
            findings.add(finding(finding));
        }
        report.put("findings", findings);
        List<Object> commitments = new ArrayList<>();
        for (se.samordna.plan.Commitments.Commitment c : se.samordna.plan.Commitments.of(plan)) {
            Map<String, Object> commitment = new LinkedHashMap<>();
            commitment.put("initiative", c.initiativeId().value());
            commitment.put("name", c.initiative());
            commitment.put("year", c.year());
            commitment.put("amount", c.amount().kronor());
            commitments.add(commitment);
        }
        report.put("commitments", commitments);
        return report;
    }

    private static Long kronor(Money amount) {
        return amount == null ? null : amount.kronor();
    }
}
