package se.samordna.plan;

import se.samordna.shared.InitiativeId;
import se.samordna.plan.rules.PlanCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;

class InitiativeWorkflowTest {

    final Plan seed = Seeds.plan("klaralvdalen-2025.yaml");

    static InitiativeDraft draft(String name, InitiativeKind kind, List<String> members, List<Initiative.SteeringMember> steering) {
        return new InitiativeDraft(name, kind, "Forshaga kommun", members, "Unga vuxna", 18, 29, List.of("Forshaga kommun"),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), "Syfte", List.of(), 20, false, null, steering);
    }

    static TreeMap<Integer, Money> kr(int year, long amount) {
        return new TreeMap<>(Map.of(year, Money.ofKronor(amount)));
    }

    @Test
    void everyInitiativeTheSeedsNameIsInItsAssociation() {
        assertThat(Seeds.plan("klaralvdalen-2025.yaml").initiatives()).extracting(Initiative::name)
                .contains("Rebus Hagfors", "Modus Munkfors");
        assertThat(Seeds.plan("vasterbergslagen-2025.yaml").initiatives()).extracting(Initiative::name).contains("Resursteamet EVI");
        assertThat(Seeds.plan("ornskoldsvik-2025.yaml").initiatives()).extracting(Initiative::name)
                .contains("Samtalsbyrå för unga", "Vidare Vy", "Resurslotsen");
        assertThat(Seeds.plan("sodra-dalarna-2025.yaml").initiatives()).extracting(Initiative::name)
                .containsExactly("Samverkansteam Avesta", "Kraften Hedemora", "Samverkansteam Säter",
                        "Vuxenskolans föreläsningsserie om psykisk ohälsa", "Fortsättningsutbildning i lösningsfokus för gruppledare");
        assertThat(Seeds.plan("vasterbergslagen-2025.yaml").initiatives()).extracting(Initiative::name)
                .contains("Samverkansarenan", "ESF-projektet Lärande och Utveckling FINansiell SAMordning");
        assertThat(Seeds.plan("ornskoldsvik-2025.yaml").initiatives()).extracting(Initiative::name)
                .contains("Jämställt Örnsköldsvik fritt från våld", "Följeforskning om inkluderande arbetsmarknad", "Kompetensutveckling i samverkan");
        assertThat(Seeds.plan("norra-vastmanland-2022.yaml").initiatives()).extracting(Initiative::name)
                .contains("Kurator till samordningsteam", "Länsgemensamma aktiviteter");
        assertThat(Seeds.plan("norra-vastmanland-2022.yaml").initiatives()).extracting(Initiative::name)
                .contains("Samordningsteam FNS", "Samordningsteam Sala", "Samordningsteam Hallstahammar", "Samordningsteam Surahammar");
        Initiative rebus = seed.initiative(InitiativeId.of("rebus-hagfors")).orElseThrow();
        assertThat(rebus.granted()).containsExactly(Map.entry(2025, Money.ofKronor(833_000)));
        assertThat(rebus.owner()).isEqualTo("Hagfors kommun");
        assertThat(rebus.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void theSeedsInitiativesAreLinkedToTheirBudgetLines() {
        for (String file : List.of("klaralvdalen-2025.yaml", "sodra-dalarna-2025.yaml", "ornskoldsvik-2025.yaml",
                "vasterbergslagen-2025.yaml", "norra-vastmanland-2022.yaml")) {
            Plan plan = Seeds.plan(file);
            // Södra Dalarna's two structural grants share line 21000-47 without amounts of their own.
            for (Initiative i : plan.initiatives().stream().filter(i -> !i.granted().isEmpty()).toList()) {
                // The seeds name the initiative on the line; reading links the line by the initiative's id.
                assertThat(plan.budget().groups().stream().flatMap(g -> g.lines().stream()).anyMatch(l -> i.id().equals(l.initiative())))
                        .as("%s: %s", file, i.name()).isTrue();
            }
        }
    }

    @Test
    void aGrantedInitiativeKeepsItsBudgetLineWhenItIsRenamed() {
        // Rebus Hagfors is granted 833 000 kr for 2025 on the line "Insats Rebus Hagfors".
        Initiative rebus = seed.initiative(InitiativeId.of("rebus-hagfors")).orElseThrow();
        assertThat(rebus.granted()).isNotEmpty();
        Plan renamed = InitiativeWorkflow.describe(seed, InitiativeId.of("rebus-hagfors"), new InitiativeDraft("Rebus Hagfors och Ekshärad", rebus.kind(),
                rebus.owner(), rebus.members(), rebus.targetGroup(), rebus.ageFrom(), rebus.ageTo(), rebus.municipalities(), rebus.start(),
                rebus.end(), rebus.purpose(), rebus.goals(), rebus.budgetedParticipants(), rebus.esf(), rebus.contact(), rebus.steeringGroup()));
        Initiative after = renamed.initiative(InitiativeId.of("rebus-hagfors")).orElseThrow();
        assertThat(after.name()).isEqualTo("Rebus Hagfors och Ekshärad");
        // Someone editing the budget meanwhile is not refused: the rename changes the initiative's part, not the budget's.
        assertThat(se.samordna.plan.StoredForm.sections(renamed)).containsEntry("budget", se.samordna.plan.StoredForm.sections(seed).get("budget"))
                .doesNotContainEntry("initiatives:rebus-hagfors", se.samordna.plan.StoredForm.sections(seed).get("initiatives:rebus-hagfors"));
        Plan.BudgetLine line = renamed.budget().groups().stream().flatMap(g -> g.lines().stream())
                .filter(l -> renamed.funds(l, after)).findFirst().orElseThrow();
        assertThat(line.name()).isEqualTo("Insats Rebus Hagfors");
        assertThat(line.amount(2025)).isEqualTo(Money.ofKronor(833_000));

        // The file written after the rename names the line's initiative by its new name and links it by id, and reads
        // back to the same link; an id the plan does not hold is refused with its place.
        String yaml = PlanFiles.writeYaml(renamed);
        assertThat(yaml).contains("initiative: \"Rebus Hagfors och Ekshärad\"").contains("initiativeId: \"rebus-hagfors\"");
        assertThatThrownBy(() -> PlanFiles.read(yaml.replace("initiativeId: \"rebus-hagfors\"", "initiativeId: \"rebus-torsby\"")))
                .hasMessageContaining("Det finns ingen insats med id 'rebus-torsby' i planen");
        Plan reread = PlanFiles.read(yaml);
        assertThat(reread.budget().groups().stream().flatMap(g -> g.lines().stream()).filter(l -> "rebus-hagfors".equals(l.initiative())))
                .extracting(Plan.BudgetLine::name).containsExactly("Insats Rebus Hagfors");

        // A new grant for 2026 lands on the same line, not on a new one named after the new name.
        Plan granted = se.samordna.plan.rules.PlanEdits.applyGrant(renamed, new Initiative(after.id(), after.name(), after.kind(), after.owner(),
                after.members(), after.targetGroup(), after.ageFrom(), after.ageTo(), after.municipalities(), after.start(), after.end(),
                after.purpose(), after.goals(), after.budgetedParticipants(), after.esf(), after.contact(), after.steeringGroup(), after.state(),
                after.application(), after.statement(), new Initiative.Decision(LocalDate.of(2025, 11, 20), "§ 9", true,
                        new TreeMap<>(Map.of(2026, Money.ofKronor(700_000))), null, null), after.agreement(), after.closed(), after.assumed()));
        assertThat(granted.budget().groups().stream().flatMap(g -> g.lines().stream()).filter(l -> granted.funds(l, after)))
                .singleElement().satisfies(l -> assertThat(l.amount(2026)).isEqualTo(Money.ofKronor(700_000)));
        assertThat(rebus.name()).isEqualTo("Rebus Hagfors");
    }

    @Test
    void theKindIsFixedOnceRegistered() {
        Plan plan = InitiativeWorkflow.register(seed, draft("Jobbspåret", InitiativeKind.INDIVIDUAL, List.of("Arbetsförmedlingen"), List.of()));

        assertThatThrownBy(() -> InitiativeWorkflow.describe(plan, InitiativeId.of("jobbsparet"),
                draft("Jobbspåret", InitiativeKind.STRUCTURAL, List.of("Arbetsförmedlingen"), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kan inte ändras");
    }

    @Test
    void aGrantUnderTheThresholdNeedsNoSteeringGroupAndBecomesABudgetLine() {
        Plan plan = InitiativeWorkflow.register(seed, draft("Jobbspåret", InitiativeKind.STRUCTURAL, List.of("Arbetsförmedlingen"), List.of()));
        plan = InitiativeWorkflow.apply(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 1), kr(2025, 90_000), null);
        plan = InitiativeWorkflow.giveStatement(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 3), "Tillstyrks.");

        Plan granted = InitiativeWorkflow.grant(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 10), "§ 3", kr(2025, 90_000), null).plan();

        Plan.BudgetLine line = granted.budget().groups().stream().flatMap(g -> g.lines().stream())
                .filter(l -> "jobbsparet".equals(l.initiative())).findFirst().orElseThrow();
        assertThat(line.name()).isEqualTo("Jobbspåret");
        assertThat(line.category()).isEqualTo(CostCategory.STRUCTURAL);
        assertThat(line.amount(2025)).isEqualTo(Money.ofKronor(90_000));
        assertThat(PlanCalculator.years(granted).get(0).costs()).isEqualTo(Money.ofKronor(3_680_000));
    }

    @Test
    void refusesNegativeAmountsAndARefusalWithoutReason() {
        Plan plan = InitiativeWorkflow.register(seed, draft("Jobbspåret", InitiativeKind.STRUCTURAL, List.of("Arbetsförmedlingen"), List.of()));

        assertThatThrownBy(() -> InitiativeWorkflow.apply(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 1), kr(2025, -1), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("negativt");
        Plan unstated = InitiativeWorkflow.apply(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 1), kr(2025, 10_000), null);
        assertThatThrownBy(() -> InitiativeWorkflow.refuse(unstated, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 3, 1), "§ 5", "Dubblerar befintlig insats."))
                .as("the board decides on the preparation group's statement, refusals too")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yttrande");
        Plan applied = InitiativeWorkflow.giveStatement(unstated, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 20), "Avstyrks.");
        assertThatThrownBy(() -> InitiativeWorkflow.refuse(applied, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 3, 1), "§ 5", " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("skälet");
        Plan refused = InitiativeWorkflow.refuse(applied, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 3, 1), "§ 5", "Dubblerar befintlig insats.");
        assertThat(refused.initiative(InitiativeId.of("jobbsparet")).orElseThrow().state()).isEqualTo(InitiativeState.REFUSED);
        assertThatThrownBy(() -> InitiativeWorkflow.start(refused, InitiativeId.of("jobbsparet"), java.time.LocalDate.of(2026, 11, 26))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAgreedInitiativeStartsNoEarlierThanItsAgreementSays() {
        Plan plan = InitiativeWorkflow.register(seed, draft("Jobbspåret", InitiativeKind.STRUCTURAL, List.of("Arbetsförmedlingen"), List.of()));
        plan = InitiativeWorkflow.apply(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 1), kr(2025, 90_000), null);
        plan = InitiativeWorkflow.giveStatement(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 3), "Tillstyrks.");
        plan = InitiativeWorkflow.grant(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 10), "§ 3", kr(2025, 90_000), null).plan();
        Plan agreed = InitiativeWorkflow.agree(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 20), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 12, 31), kr(2025, 90_000), List.of(Initiative.ReportKind.FINAL));

        assertThatThrownBy(() -> InitiativeWorkflow.start(agreed, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 8, 31)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("börjar enligt avtalet 2025-09-01");
        assertThat(InitiativeWorkflow.start(agreed, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 9, 1)).initiative(InitiativeId.of("jobbsparet")).orElseThrow().state())
                .isEqualTo(InitiativeState.RUNNING);
    }

    @Test
    void reportsAreHandedInWhileTheInitiativeIsAgreedOrRunningAndNeverBeforeTheAgreementOrAfterItCloses() {
        Plan plan = InitiativeWorkflow.register(seed, draft("Jobbspåret", InitiativeKind.STRUCTURAL, List.of("Arbetsförmedlingen"), List.of()));
        Plan applied = InitiativeWorkflow.apply(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 1), kr(2025, 90_000), null);
        assertThatThrownBy(() -> InitiativeWorkflow.report(applied, InitiativeId.of("jobbsparet")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Jobbspåret");
        Plan stated = InitiativeWorkflow.giveStatement(applied, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 3), "Tillstyrks.");
        Plan granted = InitiativeWorkflow.grant(stated, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 10), "§ 3", kr(2025, 90_000), null).plan();
        assertThatThrownBy(() -> InitiativeWorkflow.report(granted, InitiativeId.of("jobbsparet"))).isInstanceOf(ConflictException.class);
        Plan agreed = InitiativeWorkflow.agree(granted, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 12, 31), kr(2025, 90_000), List.of(Initiative.ReportKind.FINAL));
        assertThat(InitiativeWorkflow.report(agreed, InitiativeId.of("jobbsparet")).state()).isEqualTo(InitiativeState.AGREED);
        Plan running = InitiativeWorkflow.start(agreed, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 3, 1));
        assertThat(InitiativeWorkflow.report(running, InitiativeId.of("jobbsparet")).state()).isEqualTo(InitiativeState.RUNNING);
        Plan closed = InitiativeWorkflow.close(running, InitiativeId.of("jobbsparet"), LocalDate.of(2026, 1, 15), true);
        assertThatThrownBy(() -> InitiativeWorkflow.report(closed, InitiativeId.of("jobbsparet"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theStatementRuleIsASetting() {
        Plan withoutStatement = new Plan(seed.association(), seed.members(), seed.rules(), seed.allocations(), seed.budget(),
                seed.overview(), new Plan.InitiativeRules(Money.ofTkr(100), false), seed.initiatives());
        Plan plan = InitiativeWorkflow.register(withoutStatement, draft("Jobbspåret", InitiativeKind.STRUCTURAL, List.of("Arbetsförmedlingen"), List.of()));
        plan = InitiativeWorkflow.apply(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 1), kr(2025, 50_000), null);

        Plan granted = InitiativeWorkflow.grant(plan, InitiativeId.of("jobbsparet"), LocalDate.of(2025, 2, 10), "§ 3", kr(2025, 50_000), null).plan();

        assertThat(granted.initiative(InitiativeId.of("jobbsparet")).orElseThrow().state()).isEqualTo(InitiativeState.GRANTED);
        assertThat(PlanFiles.read(PlanFiles.writeYaml(granted))).isEqualTo(granted);
    }
}
