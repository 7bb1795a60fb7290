package se.samordna.demo;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samordna.association.Association;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.PlanPeriod;
import se.samordna.plan.PlanStatus;
import se.samordna.plan.Plans;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * The demo follows the calendar: on 6 December 2026 Norra Västmanland's 2022 plan has been followed by a plan adopted
 * each November since, 2026's is in force, and 2027's draft went to the members for consultation on 1 October.
 */
@SamordnaTest
class DemoCalendarTest {

    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;
    @Autowired
    PlanCycle cycle;
    @Autowired
    SeedAssociations seeds;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void onTheSixthOfDecemberThisYearsPlanIsInForceAndNextYearsIsInConsultation() {
        Association association = people.fromSeed("Testförbundet Kalendern", "norra-vastmanland-2022.yaml");
        UUID seed = plans.get(association.id()).id().value();
        UUID[] draft = new UUID[1];
        people.asSetup(() -> {
            cycle.adoptAsImported(association.id(), PlanId.of(seed));
            draft[0] = seeds.followTheCalendar(association.id(), seed, LocalDate.of(2026, 12, 6));
        });
        List<PlanPeriod> periods = cycle.periods(association.id());
        PlanPeriod next = periods.stream().filter(p -> p.id().value().equals(draft[0])).findFirst().orElseThrow();
        assertThat(next.budgetYear()).isEqualTo(2027);
        assertThat(next.status()).isEqualTo(PlanStatus.CONSULTATION);
        assertThat(next.consultationSentOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        PlanPeriod current = periods.stream().filter(p -> p.status() == PlanStatus.ADOPTED).findFirst().orElseThrow();
        assertThat(current.budgetYear()).isEqualTo(2026);
        assertThat(current.adoptedOn()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(periods).filteredOn(p -> p.status() == PlanStatus.SUPERSEDED).extracting(PlanPeriod::budgetYear)
                .containsExactlyInAnyOrder(2022, 2023, 2024, 2025);
    }

    @Test
    void theStartPageListsTheConsultationResponsesStillMissingAndTheBooksNotYetImported() throws Exception {
        Association association = people.fromSeed("Testförbundet Att göra", "norra-vastmanland-2022.yaml");
        UUID seed = plans.get(association.id()).id().value();
        people.asSetup(() -> {
            cycle.adoptAsImported(association.id(), PlanId.of(seed));
            seeds.followTheCalendar(association.id(), seed, LocalDate.of(2026, 12, 6));
        });
        // As the start page asks for them: parts of a page, by htmx.
        var director = TestPeople.login(mvc, people.with(se.samordna.shared.Role.ADMIN, association), TestPeople.PASSWORD);
        String cycleSummary = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/associations/{id}/plans/summary", association.id()).header("HX-Request", "true").session(director)).andReturn().getResponse().getContentAsString();
        List<String> members = plans.get(association.id()).plan().members().stream().map(se.samordna.plan.Member::name).toList();
        assertThat(cycleSummary).contains("id=\"missing-responses\"").contains("Samrådssvar saknas från").contains(members.get(0));
        // In November and December, while the 2027 plan is open, the board's papers for the adopting meeting are a to-do; not otherwise.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        boolean boardSeason = today.getMonthValue() >= 11 && today.getYear() == 2026;
        assertThat(cycleSummary.contains("board-pack/2027.pdf")).isEqualTo(boardSeason);
        assertThat(cycleSummary.contains("Styrelsens handlingar till mötet som fastställer planen för 2027")).isEqualTo(boardSeason);
        String books = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/associations/{id}/ledger/summary", association.id()).header("HX-Request", "true").session(director))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk()).andReturn().getResponse().getContentAsString();
        String lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Stockholm")).minusMonths(1).toString();
        assertThat(books).contains("id=\"books-due\"").contains("läs in bokföringen till och med " + lastMonth);
    }
}
