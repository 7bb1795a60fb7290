package se.samordna.plan.web;

import se.samordna.shared.AssociationId;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.audit.AuditLog;
import se.samordna.plan.PlanFiles;
import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.shared.Money;
import se.samordna.shared.Role;

/** The director edits the budget; a stale save is refused, a bad file changes nothing, and every change is logged. */
@SamordnaTest
class BudgetEditingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;
    @Autowired
    AuditLog auditLog;

    @Test
    void theLaterOfTwoSavesFromTheSameVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        long version = plans.get(orn.id()).version();

        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 3, \"year\": 2025, \"amount\": \"60\", \"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].costs").value(4_934_000))
                .andExpect(jsonPath("$.years[0].result").value(-10_000))
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 3, \"year\": 2025, \"amount\": \"70\", \"version\": " + version + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ändrats av någon annan")));

        assertThat(plans.get(orn.id()).plan().budget().groups().get(1).lines().get(3).amount(2025)).isEqualTo(Money.ofTkr(60));
        assertThat(auditLog.entries(orn.id(), 10)).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("budget-line");
            assertThat(e.changes()).contains("\"from\": 50000").contains("\"to\": 60000");
        });
        restore(orn, director);
    }

    @Test
    void aLineIsNamedByItsIdWhichDoesNotMoveWhenOtherLinesComeAndGo() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        // The seed's lines carry no ids; reading gives each its name as id.
        String file = mvc.perform(get("/api/v1/associations/{id}/plan", orn.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(file).contains("id: \"rese-och-logikostnader\"").contains("initiative: \"Resurslotsen\"")
                .contains("initiativeId: \"resurslotsen\"");

        // A line added before it in the same group: its index moves, its id does not.
        long version = plans.get(orn.id()).version();
        mvc.perform(post("/api/v1/associations/{id}/budget/lines", orn.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"name\": \"Rese- och logikostnader\", \"type\": \"COST\", \"category\": \"ADMINISTRATION\", \"version\": " + version + "}"))
                .andExpect(status().isOk());
        assertThat(plans.get(orn.id()).plan().budget().groups().get(1).lines()).extracting(se.samordna.plan.Plan.BudgetLine::id)
                .contains("rese-och-logikostnader", "rese-och-logikostnader-2");
        version = plans.get(orn.id()).version();
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", orn.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lineId\": \"rese-och-logikostnader\", \"year\": 2025, \"amount\": \"60\", \"version\": " + version + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.years[0].costs").value(4_934_000));
        assertThat(plans.get(orn.id()).plan().budget().groups().get(1).lines().get(3).amount(2025)).isEqualTo(Money.ofTkr(60));
        assertThat(auditLog.entries(orn.id(), 5)).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("budget-line");
            assertThat(e.entityId()).isEqualTo("rese-och-logikostnader");
            assertThat(e.changes()).contains("\"from\": 50000").contains("\"to\": 60000");
        });

        version = plans.get(orn.id()).version();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                        "/api/v1/associations/{id}/budget/lines/{line}", orn.id(), "rese-och-logikostnader-2").param("version", String.valueOf(version))
                        .session(director).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                        "/api/v1/associations/{id}/budget/lines/{line}", orn.id(), "no-such-line").param("version", String.valueOf(version + 1))
                        .session(director).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(plans.get(orn.id()).plan().budget().groups().get(1).lines()).hasSize(7);
        restore(orn, director);
    }

    @Test
    void anAmountThatIsNotANumberIsRefusedWithItsPlaceAndNothingIsSaved() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        long version = plans.get(orn.id()).version();

        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 3, \"year\": 2025, \"amount\": \"femtio\", \"version\": " + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'femtio' är inget belopp")));
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 3, \"year\": 2031, \"amount\": \"50\", \"version\": " + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Året 2031 finns inte")));

        assertThat(plans.get(orn.id()).version()).isEqualTo(version);
    }

    @Test
    void anInvalidPlanFileChangesNothingAndGetsEveryErrorWithItsLine() throws Exception {
        Association nv = people.association("Norra Västmanland");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, nv), TestPeople.PASSWORD);
        long version = plans.get(nv.id()).version();
        String broken = Seeds.text("norra-vastmanland-2022.yaml")
                .replace("{name: Styrelse, amounts: {2021: 416000,", "{name: Styrelse, amounts: {2021: fyrahundra,")
                .replace("category: PROCESS_SUPPORT\n", "category: PROCESSTOD\n");

        mvc.perform(put("/api/v1/associations/{id}/plan", nv.id()).session(director).with(csrf())
                        .header("If-Match", "\"" + version + "\"").contentType("application/yaml").content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].place").value(org.hamcrest.Matchers.startsWith("rad ")));

        assertThat(plans.get(nv.id()).version()).isEqualTo(version);
    }

    @Test
    void exportImportsBackUnchanged() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        long version = plans.get(kd.id()).version();
        String exported = mvc.perform(get("/api/v1/associations/{id}/plan", kd.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        mvc.perform(put("/api/v1/associations/{id}/plan", kd.id()).session(director).with(csrf())
                        .header("If-Match", "\"" + version + "\"").contentType("application/yaml").content(exported))
                .andExpect(status().isOk());

        assertThat(plans.get(kd.id()).plan()).isEqualTo(PlanFiles.read(Seeds.text("klaralvdalen-2025.yaml")));
    }

    @Test
    void theBoardReadsTheBudgetButCannotChangeIt() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, vbs), TestPeople.PASSWORD);

        String page = mvc.perform(get("/associations/{id}/budget", vbs.id()).session(board))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Resursteamet EVI").contains("1\u00a0857").contains("Eget kapital över taket").doesNotContain("EQUITY_ABOVE_CEILING").doesNotContain("hx-post");

        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", vbs.id()).session(board).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 0, \"year\": 2025, \"amount\": \"1\", \"version\": 1}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theMembersPageShowsEachMembersContributionAndTheRules() throws Exception {
        Association sd = people.association("Södra Dalarna");
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, sd), TestPeople.PASSWORD);

        String page = mvc.perform(get("/associations/{id}/members", sd.id()).session(board))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Avesta kommun").contains("2084").contains("680\u00a0240\u00a0kr")
                .contains("371\u00a0040\u00a0kr").contains("400\u00a0000\u00a0kr");
    }

    @Test
    void theFinancialRulesAreSettingsTheDirectorChanges() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        long version = plans.get(orn.id()).version();
        mvc.perform(get("/api/v1/associations/{id}/budget/findings", orn.id()).session(director))
                .andExpect(jsonPath("$[?(@.code == 'EQUITY_ABOVE_CEILING')]").isNotEmpty());

        mvc.perform(put("/api/v1/associations/{id}/rules", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"equityCeilingPercent\": 150, \"equityCeilingBase\": \"ALLOCATION\", \"equityFloorKronor\": 0, \"version\": " + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("mellan 0 och 100")));
        assertThat(plans.get(orn.id()).version()).isEqualTo(version);

        mvc.perform(put("/api/v1/associations/{id}/rules", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"equityCeilingPercent\": 25, \"equityCeilingBase\": \"ALLOCATION\", \"equityFloorKronor\": 500000, \"version\": " + version + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/associations/{id}/budget", orn.id()).session(director))
                .andExpect(jsonPath("$.findings[?(@.code == 'EQUITY_ABOVE_CEILING')]").isEmpty())
                .andExpect(jsonPath("$.years[0].equityCeiling").value(1_231_000))
                .andExpect(jsonPath("$.years[0].availableForNewInitiatives").value(500_000));
        assertThat(auditLog.entries(orn.id(), 5)).anySatisfy(e -> assertThat(e.entity()).isEqualTo("financial-rules"));
        restore(orn, director);
    }

    @Test
    void twoPeopleChangingDifferentPartsOfThePlanBothKeepTheirChange() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        long opened = plans.get(orn.id()).version();

        // One tab adds a target area; another tab, opened before that, changes the budget: both are kept.
        mvc.perform(post("/associations/{id}/areas", orn.id()).session(director).with(csrf()).param("area", "Psykisk hälsa")
                .param("version", String.valueOf(opened))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 3, \"year\": 2025, \"amount\": \"60\", \"version\": " + opened + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(opened + 2));
        var plan = plans.get(orn.id()).plan();
        assertThat(plan.goals().areas()).contains("Psykisk hälsa");
        assertThat(plan.budget().groups().get(1).lines().get(3).amount(2025)).isEqualTo(Money.ofTkr(60));

        // The same parts again from the old page: both have changed since, so both are refused and nothing is saved.
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 2, \"year\": 2025, \"amount\": \"1\", \"version\": " + opened + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Budgeten har ändrats av någon annan")));
        mvc.perform(post("/associations/{id}/areas", orn.id()).session(director).with(csrf()).param("area", "Arbete")
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Målområdena har ändrats av någon annan")));
        assertThat(plans.get(orn.id()).version()).isEqualTo(opened + 2);
        restore(orn, director);
    }

    @Test
    void theRulesForInitiativesAreSettingsTheDirectorChanges() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, orn), TestPeople.PASSWORD);
        String members = "/associations/" + orn.id() + "/members";
        assertThat(mvc.perform(get(members).session(director)).andReturn().getResponse().getContentAsString())
                .contains("Regler för insatser").contains("100\u00a0000\u00a0kr");
        long version = plans.get(orn.id()).version();

        mvc.perform(post("/associations/{id}/initiative-rules", orn.id()).session(director).with(csrf())
                        .param("steeringGroupThreshold", "-5").param("version", String.valueOf(version)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/associations/{id}/initiative-rules", orn.id()).session(board).with(csrf())
                        .param("steeringGroupThreshold", "200000").param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        assertThat(plans.get(orn.id()).version()).isEqualTo(version);

        mvc.perform(post("/associations/{id}/initiative-rules", orn.id()).session(director).with(csrf())
                        .param("steeringGroupThreshold", "200 000").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(orn.id()).plan().initiativeRules()).isEqualTo(new se.samordna.plan.Plan.InitiativeRules(Money.ofTkr(200), false));
        assertThat(mvc.perform(get(members).session(board)).andReturn().getResponse().getContentAsString())
                .contains("200\u00a0000\u00a0kr").contains("krävs inte");
        mvc.perform(put("/api/v1/associations/{id}/initiative-rules", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"steeringGroupThresholdKronor\": 100000, \"statementRequired\": true, \"version\": " + version + "}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/associations/{id}/initiative-rules", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"steeringGroupThresholdKronor\": 100000, \"statementRequired\": true, \"version\": "
                                + plans.get(orn.id()).version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statementRequired").value(true));
        assertThat(auditLog.entries(orn.id(), 5)).anySatisfy(e -> assertThat(e.entity()).isEqualTo("initiative-rules"));
        restore(orn, director);
    }

    @Test
    void theDirectorAddsAndRemovesLinesAndAForbiddenCostIsFlagged() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        long version = plans.get(orn.id()).version();

        mvc.perform(post("/api/v1/associations/{id}/budget/lines", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 2, \"name\": \"Busskort till deltagare\", \"type\": \"COST\", \"category\": \"INDIVIDUAL\", \"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.code == 'FORBIDDEN_COST')].severity").value(org.hamcrest.Matchers.contains("ERROR")));
        int added = plans.get(orn.id()).plan().budget().groups().get(2).lines().size() - 1;
        mvc.perform(post("/api/v1/associations/{id}/budget/lines", orn.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 2, \"name\": \"Okänd\", \"type\": \"COST\", \"category\": \"FEST\", \"version\": " + (version + 1) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Okänd kategori")));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/associations/{id}/budget/lines/{g}/{l}", orn.id(), 2, added).param("version", String.valueOf(version + 1))
                        .session(director).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.code == 'FORBIDDEN_COST')]").isEmpty());
        assertThat(plans.get(orn.id()).plan()).isEqualTo(PlanFiles.read(Seeds.text("ornskoldsvik-2025.yaml")));
        assertThat(auditLog.entries(orn.id(), 5)).extracting(e -> e.action()).contains("added", "removed");
    }

    @Test
    void theBoardDownloadsThePlanAsPdfAndAWorkbookWithAnErrorIsRefusedByCell() throws Exception {
        Association sd = people.association("Södra Dalarna");
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, sd), TestPeople.PASSWORD);
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, sd), TestPeople.PASSWORD);

        byte[] pdf = mvc.perform(get("/associations/{id}/plan.pdf", sd.id()).session(board))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] xlsx = mvc.perform(get("/associations/{id}/budget.xlsx", sd.id()).session(board))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        java.io.ByteArrayOutputStream edited = new java.io.ByteArrayOutputStream();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            book.getSheet("Budget").getRow(5).getCell(5).setCellValue("fyrtiofem");
            book.write(edited);
        }
        long version = plans.get(sd.id()).version();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/associations/{id}/budget.xlsx", sd.id())
                        .file("file", edited.toByteArray()).param("version", String.valueOf(version)).session(director).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].place").value("Budget!F6"));
        assertThat(plans.get(sd.id()).version()).isEqualTo(version);
        mvc.perform(post("/associations/{id}/budget.xlsx", sd.id()).session(board).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theMembersPageRulesFormSavesTheCeilingTheFloorAndThePlannedSplitByCategory() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        long version = plans.get(orn.id()).version();

        mvc.perform(post("/associations/{id}/rules", orn.id()).session(director).with(csrf())
                        .param("equityCeilingPercent", "20").param("equityCeilingBase", "ALLOCATION").param("equityFloor", "250 000")
                        .param("adminShareGoalPercent", "9,5").param("adminShareGoalYear", "2025")
                        .param("split[ADMINISTRATION]", "10").param("split[INDIVIDUAL]", "60").param("split[STRUCTURAL]", "30")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        se.samordna.plan.Plan.FinancialRules rules = plans.get(orn.id()).plan().rules();
        assertThat(rules.equityFloor()).isEqualTo(Money.ofKronor(250_000));
        assertThat(rules.adminShareGoalPercent()).isEqualByComparingTo("9.5");
        assertThat(rules.targetSplit()).containsOnlyKeys(se.samordna.plan.CostCategory.ADMINISTRATION,
                se.samordna.plan.CostCategory.INDIVIDUAL, se.samordna.plan.CostCategory.STRUCTURAL);
        assertThat(rules.targetSplit().get(se.samordna.plan.CostCategory.INDIVIDUAL)).isEqualByComparingTo("60");
        restore(orn, director);
    }

    private void restore(Association association, MockHttpSession director) throws Exception {
        long version = plans.get(association.id()).version();
        mvc.perform(put("/api/v1/associations/{id}/plan", association.id()).session(director).with(csrf())
                .header("If-Match", "\"" + version + "\"").contentType("application/yaml")
                .content(Seeds.text("ornskoldsvik-2025.yaml"))).andExpect(status().isOk());
    }
}
