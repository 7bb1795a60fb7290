package se.samordna.plan.rules;

import se.samordna.plan.Finding;
import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.plan.Contribution;
import se.samordna.plan.ContributionKind;
import se.samordna.plan.YearFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.samordna.shared.Money;

/**
 * Every seed, figure for figure: each year's income, costs, result and equity computed from its lines,
 * each member's contribution the seed gives, and the findings its own figures deserve (added up by hand
 * from the seeds' tables).
 */
class SeedPlansTest {

    static YearFigures year(Plan plan, int year) {
        return PlanCalculator.years(plan).stream().filter(f -> f.year() == year).findFirst().orElseThrow();
    }

    static List<Finding> findings(Plan plan, String code) {
        return PlanChecks.check(plan).stream().filter(f -> f.code().equals(code)).toList();
    }

    static Money tkr(long amount) {
        return Money.ofTkr(amount);
    }

    static Money kr(long amount) {
        return Money.ofKronor(amount);
    }

    @Nested
    class Vasterbergslagen {
        final Plan plan = Seeds.plan("vasterbergslagen-2025.yaml");

        @Test
        void computesResultAndEquityCarriedAcrossTheThreeYears() {
            assertThat(PlanCalculator.years(plan)).extracting(YearFigures::year, YearFigures::income, YearFigures::costs,
                            f -> f.result(), YearFigures::equityStart, YearFigures::equityEnd)
                    .containsExactly(
                            tuple(2025, tkr(4408), tkr(4604), tkr(-196), tkr(1301), tkr(1105)),
                            tuple(2026, tkr(4408), tkr(3678), tkr(730), tkr(1105), tkr(1835)),
                            tuple(2027, tkr(4408), tkr(3225), tkr(1183), tkr(1835), tkr(3018)));
            assertThat(year(plan, 2025).available()).isEqualTo(tkr(705));
        }

        @Test
        void explainsTheOneTkrDifferencesOf2026And2027ByRounding() {
            assertThat(findings(plan, "ROUNDING_DIFFERENCE")).extracting(Finding::year).contains(2026, 2027);
            assertThat(findings(plan, "SUM_MISMATCH")).isEmpty();
            assertThat(findings(plan, "ROUNDING_DIFFERENCE")).anySatisfy(f -> assertThat(f.message())
                    .contains("\"Administration\"").contains("1\u00a0090\u00a0tkr").contains("1\u00a0091\u00a0tkr"));
        }

        @Test
        void findsThatTheYearTableStartsFromAnOtherEquityThanTheBudgetTable() {
            assertThat(findings(plan, "STATED_FIGURE_MISMATCH")).extracting(Finding::year, Finding::severity)
                    .containsExactly(tuple(2024, Severity.ERROR), tuple(2025, Severity.ERROR), tuple(2026, Severity.ERROR),
                            tuple(2027, Severity.ERROR));
            assertThat(findings(plan, "STATED_FIGURE_MISMATCH").get(0).message()).contains("1\u00a0099\u00a0tkr").contains("1\u00a0301\u00a0tkr");
        }

        @Test
        void warnsThatEquityStaysAboveTwentyPercentOfTheAllocationAndJustifiesTheDeficitByIt() {
            assertThat(findings(plan, "EQUITY_ABOVE_CEILING")).extracting(Finding::year).containsExactly(2025, 2026, 2027);
            assertThat(findings(plan, "EQUITY_ABOVE_CEILING").get(0).message()).contains("881,6\u00a0tkr");
            assertThat(findings(plan, "BUDGET_DEFICIT")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.year()).isEqualTo(2025);
            });
        }

        @Test
        void splitsTheAllocationByTheLawsShares() {
            assertThat(PlanCalculator.contributions(plan, plan.allocations().get(0)))
                    .extracting(Contribution::kind, Contribution::amount)
                    .containsExactly(tuple(ContributionKind.STATE, kr(2_204_000)), tuple(ContributionKind.REGION, kr(1_102_000)),
                            tuple(ContributionKind.MUNICIPALITY, kr(1_102_000)));
        }
    }

    @Nested
    class Klaralvdalen {
        final Plan plan = Seeds.plan("klaralvdalen-2025.yaml");

        @Test
        void doesNotCountEquityFromEarlierYearsAsIncome() {
            assertThat(PlanCalculator.years(plan)).extracting(YearFigures::year, YearFigures::income, YearFigures::costs,
                            f -> f.result(), YearFigures::equityEnd)
                    .containsExactly(
                            tuple(2025, kr(2_945_000), kr(3_590_000), kr(-645_000), kr(1_801_000)),
                            tuple(2026, kr(2_816_000), kr(3_461_000), kr(-645_000), kr(1_156_000)),
                            tuple(2027, kr(2_560_000), kr(3_205_000), kr(-645_000), kr(511_000)));
            assertThat(findings(plan, "EQUITY_AS_INCOME")).extracting(Finding::year).containsExactly(2025, 2026, 2027);
        }

        @Test
        void givesEachMemberTheContributionTheSeedStates() {
            assertThat(PlanCalculator.contributions(plan, plan.allocations().get(0)))
                    .extracting(Contribution::member, Contribution::amount)
                    .containsExactly(tuple("Försäkringskassan", kr(1_280_000)), tuple("Region Värmland", kr(640_000)),
                            tuple("Forshaga kommun", kr(275_200)), tuple("Hagfors kommun", kr(275_200)),
                            tuple("Munkfors kommun", kr(89_600)));
            assertThat(findings(plan, "ALLOCATION_SPLIT")).isEmpty();
        }

        @Test
        void warnsThatAdministrationStaysAboveFifteenPercentInTheGoalYear() {
            assertThat(findings(plan, "ADMIN_SHARE_ABOVE_GOAL")).extracting(Finding::year, Finding::severity)
                    .containsExactly(tuple(2025, Severity.INFO), tuple(2026, Severity.INFO), tuple(2027, Severity.WARNING));
            assertThat(findings(plan, "ADMIN_SHARE_ABOVE_GOAL").get(0).message()).contains("23,2\u00a0%");
        }

        @Test
        void findsNoSumMistakes() {
            assertThat(findings(plan, "SUM_MISMATCH")).isEmpty();
            assertThat(findings(plan, "STATED_FIGURE_MISMATCH")).isEmpty();
            assertThat(findings(plan, "EQUITY_ABOVE_CEILING")).extracting(Finding::year).containsExactly(2025, 2026);
        }
    }

    @Nested
    class NorraVastmanland {
        final Plan plan = Seeds.plan("norra-vastmanland-2022.yaml");

        @Test
        void addsUpTheCostLinesItself() {
            assertThat(PlanCalculator.years(plan)).extracting(YearFigures::year, YearFigures::costs, f -> f.result(), YearFigures::equityEnd)
                    .containsExactly(
                            tuple(2021, kr(7_228_000), kr(-182_000), null),
                            tuple(2022, kr(7_638_500), kr(-592_500), kr(572_900)),
                            tuple(2023, kr(7_040_600), kr(5_400), kr(578_300)),
                            tuple(2024, kr(7_046_100), kr(-100), kr(578_200)));
        }

        @Test
        void findsTheHundredKronorMistakesInEveryPlanYear() {
            assertThat(findings(plan, "SUM_MISMATCH")).extracting(Finding::year, Finding::severity)
                    .containsExactly(tuple(2022, Severity.ERROR), tuple(2023, Severity.ERROR), tuple(2024, Severity.ERROR));
            assertThat(findings(plan, "SUM_MISMATCH").get(0).message()).contains("7\u00a0638\u00a0400\u00a0kr").contains("7\u00a0638\u00a0500\u00a0kr");
            assertThat(findings(plan, "ROUNDING_DIFFERENCE")).isEmpty();
        }

        @Test
        void findsThatTheStatedEquityUseAndTheOverviewsEquityDoNotHold() {
            assertThat(findings(plan, "STATED_FIGURE_MISMATCH")).extracting(Finding::message)
                    .anySatisfy(m -> assertThat(m).contains("572\u00a0000\u00a0kr").contains("592\u00a0500\u00a0kr"))
                    .anySatisfy(m -> assertThat(m).contains("578\u00a0400\u00a0kr").contains("578\u00a0300\u00a0kr"));
        }

        @Test
        void warnsAboutADeficitNotJustifiedByTooLargeEquity() {
            assertThat(findings(plan, "BUDGET_DEFICIT")).extracting(Finding::year, Finding::severity)
                    .containsExactly(tuple(2022, Severity.WARNING), tuple(2024, Severity.WARNING));
            assertThat(findings(plan, "EQUITY_BELOW_FLOOR")).isEmpty();
            assertThat(findings(plan, "CATEGORY_SPLIT_OFF_TARGET")).isEmpty();
        }
    }

    @Nested
    class Ornskoldsvik {
        final Plan plan = Seeds.plan("ornskoldsvik-2025.yaml");

        @Test
        void balancesEveryYearAndFindsTheEquitySlightlyAboveTheCeiling() {
            assertThat(PlanCalculator.years(plan)).allSatisfy(f -> {
                assertThat(f.result()).isEqualTo(Money.ZERO);
                assertThat(f.equityEnd()).isEqualTo(tkr(1000));
            });
            assertThat(findings(plan, "EQUITY_ABOVE_CEILING")).hasSize(3)
                    .first().satisfies(f -> assertThat(f.message()).contains("984,8\u00a0tkr").contains("15,2\u00a0tkr"));
            assertThat(PlanChecks.check(plan)).extracting(Finding::code).containsOnly("EQUITY_ABOVE_CEILING");
        }

        @Test
        void givesTheOnlyMunicipalityTheWholeQuarter() {
            assertThat(PlanCalculator.contributions(plan, plan.allocations().get(0)))
                    .extracting(Contribution::member, Contribution::amount)
                    .containsExactly(tuple("Försäkringskassan", tkr(2462)), tuple("Region Västernorrland", tkr(1231)),
                            tuple("Örnsköldsviks kommun", tkr(1231)));
        }
    }

    @Nested
    class SodraDalarna {
        final Plan plan = Seeds.plan("sodra-dalarna-2025.yaml");

        @Test
        void countsEsfWorkAndBookSalesAsIncomeWithTheSameResult() {
            YearFigures y2025 = year(plan, 2025);
            assertThat(y2025.income()).isEqualTo(tkr(6569));
            assertThat(y2025.costs()).isEqualTo(tkr(6885));
            assertThat(y2025.result()).isEqualTo(tkr(-316));
            assertThat(y2025.equityEnd()).isEqualTo(tkr(384));
            assertThat(year(plan, 2024).result()).isEqualTo(tkr(-1392));
        }

        @Test
        void findsThatThe2025BudgetSpendsSixteenTkrMoreThanThereIs() {
            assertThat(findings(plan, "FUNDS_EXCEEDED")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("6\u00a0869\u00a0tkr").contains("16\u00a0tkr").contains("384\u00a0tkr, under golvet 400\u00a0tkr");
            });
            assertThat(findings(plan, "EQUITY_BELOW_FLOOR")).as("the same 16 tkr, reported once").isEmpty();
            assertThat(findings(plan, "STATED_FIGURE_MISMATCH")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("400\u00a0tkr").contains("384\u00a0tkr"));
        }

        @Test
        void splitsTheMunicipalitiesQuarterByPercentagesToTheKrona() {
            assertThat(PlanCalculator.contributions(plan, plan.allocations().get(0)))
                    .extracting(Contribution::member, Contribution::amount)
                    .containsExactly(tuple("Försäkringskassan", kr(3_092_000)), tuple("Region Dalarna", kr(1_546_000)),
                            tuple("Avesta kommun", kr(680_240)), tuple("Hedemora kommun", kr(494_720)),
                            tuple("Säters kommun", kr(371_040)));
            assertThat(findings(plan, "ALLOCATION_SPLIT")).isEmpty();
        }
    }
}
