package se.samordna.plan.rules;

import se.samordna.shared.InitiativeId;
import se.samordna.plan.Finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.plan.EquityBase;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeDraft;
import se.samordna.plan.InitiativeKind;
import se.samordna.plan.InitiativeWorkflow;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;

/** Each rule of a plan on its own, in scenarios with the seeds' figures. */
class RulesTest {

    private static Plan.FinancialRules ceiling(BigDecimal percent, List<Plan.CeilingTier> tiers, Money floor) {
        return new Plan.FinancialRules(percent, EquityBase.ALLOCATION, tiers, floor, null, null, Map.of());
    }

    private static List<Finding> findings(Plan plan, String code) {
        return PlanChecks.check(plan).stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void theCeilingsTiersApplyFromTheAllocationTheyName() {
        var rules = ceiling(BigDecimal.valueOf(20), List.of(new Plan.CeilingTier(Money.ofKronor(2_000_000), BigDecimal.valueOf(15)),
                new Plan.CeilingTier(Money.ofKronor(10_000_000), BigDecimal.valueOf(10))), Money.ZERO);
        assertThat(EquityCeiling.percent(rules, Money.ofKronor(1_999_999))).isEqualByComparingTo("20");
        assertThat(EquityCeiling.percent(rules, Money.ofKronor(2_000_000))).isEqualByComparingTo("15");
        assertThat(EquityCeiling.percent(rules, Money.ofKronor(12_500_000))).isEqualByComparingTo("10");
    }

    @Test
    void klaralvdalensEquityIsAboveTheCeilingOfItsTierAndByHowMuch() {
        Plan seed = Seeds.plan("klaralvdalen-2025.yaml");
        // 2025: allocation 2 560 000 kr, closing equity 1 801 000 kr.
        assertThat(findings(seed, "EQUITY_ABOVE_CEILING").get(0).message()).contains("512\u00a0000").contains("20\u00a0%");
        Plan tiered = seed.withRules(ceiling(BigDecimal.valueOf(20),
                List.of(new Plan.CeilingTier(Money.ofKronor(2_000_000), BigDecimal.valueOf(15))), Money.ZERO));
        Finding f2025 = findings(tiered, "EQUITY_ABOVE_CEILING").stream().filter(f -> f.year() == 2025).findFirst().orElseThrow();
        assertThat(f2025.message()).contains("384\u00a0000").contains("15\u00a0%").contains("1\u00a0417\u00a0000");
    }

    @Test
    void theFloorIsZeroWhenTheRulesNameNone() {
        assertThat(EquityFloor.amount(ceiling(BigDecimal.TEN, List.of(), null))).isEqualTo(Money.ZERO);
        Plan seed = Seeds.plan("klaralvdalen-2025.yaml");
        // With a floor of 600 000 kr, 2027 ends at 511 000 kr: one gap of 89 000 kr, reported once.
        Plan floored = seed.withRules(ceiling(BigDecimal.valueOf(20), List.of(), Money.ofKronor(600_000)));
        assertThat(findings(floored, "FUNDS_EXCEEDED")).extracting(Finding::year).containsExactly(2027);
        assertThat(findings(floored, "FUNDS_EXCEEDED").get(0).message()).contains("89\u00a0000");
        assertThat(findings(floored, "EQUITY_BELOW_FLOOR")).isEmpty();
    }

    @Test
    void theSteeringGroupRuleBitesFromTheThresholdAndWantsTheDirector() {
        Plan plan = Seeds.plan("klaralvdalen-2025.yaml");
        Money threshold = plan.initiativeRules().steeringGroupThreshold();
        SteeringGroupRule.require(plan, threshold.minus(Money.ofKronor(1)), List.of());
        assertThatThrownBy(() -> SteeringGroupRule.require(plan, threshold, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ska ha en styrgrupp");
        assertThatThrownBy(() -> SteeringGroupRule.require(plan, threshold,
                List.of(new Initiative.SteeringMember("Enhetschef", "Hagfors kommun", Initiative.SteeringRole.MEMBER))))
                .hasMessageContaining("Förbundschefen ska ingå");
        SteeringGroupRule.require(plan, threshold, List.of(new Initiative.SteeringMember("Förbundschef", null, Initiative.SteeringRole.DIRECTOR)));
    }

    @Test
    void theStatementRuleIsTheAssociationsChoice() {
        Plan plan = InitiativeWorkflow.register(Seeds.plan("klaralvdalen-2025.yaml"), new InitiativeDraft("Jobbspåret", InitiativeKind.STRUCTURAL,
                "Hagfors kommun", List.of("Arbetsförmedlingen"), null, null, null, List.of(), null, null, null, List.of(), null, false, null, List.of()));
        plan = InitiativeWorkflow.apply(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 1), new TreeMap<>(Map.of(2025, Money.ofKronor(50_000))), null);
        Initiative applied = plan.initiative(InitiativeId.of("jobbsparet")).orElseThrow();
        assertThat(StatementRule.awaitsStatement(plan, applied)).isTrue();
        Plan relaxed = plan.withInitiativeRules(new Plan.InitiativeRules(plan.initiativeRules().steeringGroupThreshold(), false));
        assertThat(StatementRule.awaitsStatement(relaxed, applied)).isFalse();
    }

    @Test
    void aGrantCountsOnlyTheShortfallItBringsItself() {
        Plan before = Seeds.plan("sodra-dalarna-2025.yaml");
        assertThat(findings(before, "FUNDS_EXCEEDED")).as("the seed is 16 tkr short already").hasSize(1);
        assertThat(GrantPolicy.newShortfalls(before, before)).isEmpty();
        Plan tighter = before.withRules(new Plan.FinancialRules(before.rules().equityCeilingPercent(), before.rules().equityCeilingBase(),
                before.rules().equityCeilingTiers(), Money.ofKronor(500_000), before.rules().adminShareGoalPercent(),
                before.rules().adminShareGoalYear(), before.rules().targetSplit()));
        assertThat(GrantPolicy.newShortfalls(before, tighter)).extracting(Finding::code).containsExactly("FUNDS_EXCEEDED");
    }

    @Test
    void everyFindingReadsInSwedishAndInEnglishFromTheBundles() {
        for (String seed : List.of("vasterbergslagen-2025.yaml", "klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml",
                "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml")) {
            for (Finding f : PlanChecks.check(Seeds.plan(seed))) {
                assertThat(f.key()).as("%s %s", seed, f.code()).isNotNull();
                assertThat(f.text(FindingText.SWEDISH)).isEqualTo(f.message());
                String english = f.text(java.util.Locale.ENGLISH);
                assertThat(english).as("%s %s", seed, f.code()).isNotEqualTo(f.message()).doesNotContain("{", "finding.text");
            }
        }
        Finding gap = findings(Seeds.plan("sodra-dalarna-2025.yaml"), "FUNDS_EXCEEDED").get(0);
        assertThat(gap.text(java.util.Locale.ENGLISH)).startsWith("The costs 6\u00a0885\u00a0tkr exceed the funds there are")
                .contains("below the floor 400\u00a0tkr");
    }
}
