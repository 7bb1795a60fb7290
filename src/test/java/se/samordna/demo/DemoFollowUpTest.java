package se.samordna.demo;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFiles;
import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.followup.Surveys;
import se.samordna.web.SamordnaTest;

/** The demo follow-up fills a seed association's views with data that is visibly labelled as generated. */
@SamordnaTest
class DemoFollowUpTest {

    @Autowired
    DemoFollowUp demoFollowUp;
    @Autowired
    se.samordna.web.TestPeople people;
    @Autowired
    Associations associations;
    @Autowired
    Plans plans;
    @Autowired
    ParticipantFollowUp followUp;
    @Autowired
    Surveys surveys;
    @Autowired
    se.samordna.goals.GoalFollowUp goals;
    @Autowired
    se.samordna.comparison.NationalComparison comparison;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherYearsParticipantsGoToTheInitiativesThatRunThatYear() {
        // Norra Västmanland's four coordination teams run with no period stated; Klarälvdalen's initiatives only in 2025.
        Association standing = people.fromSeed("Testförbundet Tidigare år", "norra-vastmanland-2022.yaml");
        Association oneYear = people.fromSeed("Testförbundet Ettårigt", "klaralvdalen-2025.yaml");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demodata", null, java.util.List.of()));

        demoFollowUp.participantsOf(standing.id(), plans.get(standing.id()).plan(), 2020);
        demoFollowUp.participantsOf(oneYear.id(), plans.get(oneYear.id()).plan(), 2024);

        assertThat(followUp.aggregates(standing.id(), 2020).participants().total().value()).isGreaterThanOrEqualTo(18 * 4);
        assertThat(followUp.aggregates(standing.id(), 2019).participants().total().value()).isZero();
        assertThat(followUp.volumes(standing.id(), 2020)).extracting(v -> v.period()).contains("2020H1", "2020H2");
        assertThat(followUp.aggregates(oneYear.id(), 2024).participants().total().value()).isZero();
    }

    @Test
    void generatedFollowUpIsLabelledAndCoversEveryIndividualInitiative() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demodata", null, java.util.List.of()));
        String yaml = Seeds.text("klaralvdalen-2025.yaml");
        Plan plan = PlanFiles.read(yaml);
        Association association = associations.create("Demoförbundet för test");
        plans.importFile(association.id(), yaml, null);
        assertThat(followUp.hasGeneratedData(association.id())).isFalse();

        demoFollowUp.generate(association.id(), plan);

        assertThat(followUp.hasGeneratedData(association.id())).isTrue();
        long individual = plan.initiatives().stream().filter(i -> i.kind() == se.samordna.plan.InitiativeKind.INDIVIDUAL).count();
        assertThat(individual).isPositive();
        assertThat(followUp.volumes(association.id(), 2025)).hasSize((int) individual * 2);
        ParticipantFollowUp.Aggregates aggregates = followUp.aggregates(association.id(), 2025);
        assertThat(aggregates.participants().total().value()).isGreaterThanOrEqualTo((int) (18 * individual));
        assertThat(aggregates.newParticipants().total().value()).as("the volumes count the generated participants who started")
                .isEqualTo(aggregates.participants().total().value());
        assertThat(surveys.rounds(association.id())).singleElement()
                .satisfies(round -> assertThat(round.name()).startsWith(DemoFollowUp.LABEL));

        // The goals measured from the generated records and answers say so.
        java.util.List<String> fromFollowUp = goals.followUp(association.id(), java.time.LocalDate.of(2026, 1, 15)).stream()
                .flatMap(g -> g.indicators().stream()).map(se.samordna.goals.GoalFollowUp.IndicatorView::latest).filter(java.util.Objects::nonNull)
                .map(m -> m.comment()).filter(c -> c != null && (c.startsWith("Deltagaruppföljningen") || c.startsWith("NNS"))).toList();
        assertThat(fromFollowUp).isNotEmpty().allSatisfy(c -> assertThat(c).endsWith("(innehåller genererade demodata)"));

        // In the national comparison the generated survey agreement is marked and left out of the summary.
        associations.joinNationalComparison(association.id(), true);
        try {
            var figures = comparison.figures();
            assertThat(figures).filteredOn(f -> f.associationId().equals(association.id())).singleElement()
                    .satisfies(f -> assertThat(f.generatedSurvey()).isTrue()).satisfies(f -> assertThat(f.surveyAgreement()).isNotNull());
            assertThat(se.samordna.comparison.NationalComparison.aggregates(figures, 3)).last()
                    .satisfies(a -> assertThat(a.associations()).isEqualTo((int) figures.stream()
                            .filter(f -> f.surveyAgreement() != null && !f.generatedSurvey()).count()));
        } finally {
            associations.joinNationalComparison(association.id(), false);
        }
    }
}
