package se.samordna.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.shared.Role;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/** Each seed association's generated books give an annual report whose statements balance and whose checks all pass. */
@SamordnaTest
class DemoLedgerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    DemoLedger demoLedger;

    @ParameterizedTest
    @ValueSource(strings = {"vasterbergslagen-2025.yaml", "klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml",
            "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml"})
    void theGeneratedBooksOfEachSeedGiveABalancingAnnualReport(String file) throws Exception {
        Plan plan = Seeds.plan(file);
        Association[] created = {people.fromSeed("Testförbundet demo " + file.substring(0, file.indexOf('-')), file)};
        people.asSetup(() -> demoLedger.generate(created[0].id(), plan));
        MockHttpSession auditor = TestPeople.login(mvc, people.with(Role.AUDITOR, created[0]), TestPeople.PASSWORD);
        int year = plan.budgetYear();
        String json = mvc.perform(get("/api/v1/associations/{id}/annual-report/{year}", created[0].id(), year).session(auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[*].passed", Matchers.everyItem(Matchers.is(true))))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("BALANCE_SHEET_BALANCES").contains("EQUITY_CHAIN");
        assertThat(mvc.perform(get("/associations/{id}/annual-report/{year}.pdf", created[0].id(), year).session(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).startsWith('%', 'P', 'D', 'F');
    }

    @org.junit.jupiter.api.Test
    void theDemoBooksAreTheSameOnEveryInstall() throws Exception {
        Plan plan = Seeds.plan("klaralvdalen-2025.yaml");
        Association first = people.fromSeed("Testförbundet demo första", "klaralvdalen-2025.yaml");
        Association second = people.fromSeed("Testförbundet demo andra", "klaralvdalen-2025.yaml");
        people.asSetup(() -> demoLedger.generate(first.id(), plan));
        people.asSetup(() -> demoLedger.generate(second.id(), plan));
        assertThat(imports.find(second.id(), 2025).orElseThrow().sha256()).as("the same file for the same seed, whatever its id")
                .isEqualTo(imports.find(first.id(), 2025).orElseThrow().sha256());
    }

    @Autowired
    se.samordna.ledger.LedgerImports imports;
}
