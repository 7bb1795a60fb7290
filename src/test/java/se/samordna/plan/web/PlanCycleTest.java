package se.samordna.plan.web;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.samordna.association.Association;
import se.samordna.audit.AuditLog;
import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.shared.Role;
import se.samordna.shared.Sha256;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * The year as Södra Dalarna lives it: the 2025 plan is adopted and frozen, a change is refused, a revision is adopted in
 * its place, the next period is built from it, and a grant the board made for 2027 (outside the 2025 plan) waits as a
 * commitment until the period that covers 2027 carries it.
 */
@SamordnaTest
class PlanCycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;
    @Autowired
    AuditLog auditLog;

    private Association association;
    private MockHttpSession director;
    private MockHttpSession board;

    private Association fresh(String name) throws Exception {
        association = people.fromSeed(name, "sodra-dalarna-2025.yaml");
        director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
        board = TestPeople.login(mvc, people.with(Role.BOARD, association), TestPeople.PASSWORD);
        return association;
    }

    private ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String plansPath(String rest) {
        return "/api/v1/associations/" + association.id() + "/plans" + rest;
    }

    private String json(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private long version(UUID planId) throws Exception {
        return ((Number) JsonPath.read(json(mvc.perform(get(plansPath("/" + planId)).session(director))), "$.version")).longValue();
    }

    @Test
    void adoptRefuseAChangeReviseAdoptTheRevisionRollForwardAndTheCommitmentFor2027ArrivesInIts2027Plan() throws Exception {
        fresh("Testförbundet Cykeln");
        String list = json(mvc.perform(get(plansPath("")).session(board)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].budgetYear").value(2025))
                .andExpect(jsonPath("$[0].years", Matchers.contains(2024, 2025)))
                .andExpect(jsonPath("$[0].status").value("DRAFT")));
        UUID first = UUID.fromString(JsonPath.read(list, "$[0].id"));

        // The board grants an initiative 40 000 kr for 2025 and 50 000 kr for 2027, a year the 2025 plan does not have.
        grantForTwoYears();
        mvc.perform(get("/api/v1/associations/{id}/budget", association.id()).session(director))
                .andExpect(jsonPath("$.commitments[0].year").value(2027))
                .andExpect(jsonPath("$.commitments[0].amount").value(50_000))
                .andExpect(jsonPath("$.commitments[0].name").value("Cykelverkstan"));
        assertThat(mvc.perform(get("/associations/{id}/budget", association.id()).session(director)).andReturn().getResponse()
                .getContentAsString()).contains("Beslutade åtaganden kommande år").contains("Cykelverkstan")
                .contains(se.samordna.shared.MoneyFormat.kronor(se.samordna.shared.Money.ofKronor(50_000)));

        // Adoption: the seed's own shortfall of 16 tkr is an error the board must knowingly accept; no date in the future.
        send(board, post(plansPath("/" + first + "/adoption")), """
                {"adoptedOn": "%s", "minutes": "§ 45", "version": %d}""".formatted(LocalDate.now().plusDays(3), version(first)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].place", Matchers.hasItems("fastställd", "kontroller")));
        long adoptVersion = version(first);
        send(board, post(plansPath("/" + first + "/adoption")), """
                {"adoptedOn": "2024-11-20", "minutes": "§ 45", "version": %d, "confirmErrors": true}""".formatted(adoptVersion))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADOPTED"))
                .andExpect(jsonPath("$.adoptedOn").value("2024-11-20"))
                .andExpect(jsonPath("$.minutes").value("§ 45"));
        // Two adopting at once: the second, from the same version, is refused.
        send(board, post(plansPath("/" + first + "/adoption")), """
                {"adoptedOn": "2024-11-20", "minutes": "§ 45", "version": %d, "confirmErrors": true}""".formatted(adoptVersion))
                .andExpect(status().isConflict());

        // Frozen: the budget, the plan file and the board's next decision do not reach the adopted plan.
        long frozenVersion = version(first);
        send(director, post("/api/v1/associations/" + association.id() + "/budget/amounts"), """
                {"group": 0, "line": 0, "year": 2025, "amount": "46", "version": %d}""".formatted(frozenVersion))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("fastställd av styrelsen 2024-11-20 (§ 45)")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Revidera")));
        mvc.perform(put("/api/v1/associations/{id}/plan", association.id()).session(director).with(csrf())
                        .header("If-Match", "\"" + frozenVersion + "\"").contentType("application/yaml")
                        .content(Seeds.text("sodra-dalarna-2025.yaml")))
                .andExpect(status().isConflict());
        assertThat(version(first)).isEqualTo(frozenVersion);

        // The adopted document is archived: the same bytes every time, with their checksum.
        MockHttpServletResponse pdf = mvc.perform(get(plansPath("/" + first + "/document.pdf")).session(board))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getHeader("X-Content-SHA256")).isEqualTo(Sha256.hex(pdf.getContentAsByteArray()));
        mvc.perform(get(plansPath("/" + first + "/document.pdf")).session(director))
                .andExpect(header().string("X-Content-SHA256", pdf.getHeader("X-Content-SHA256")));

        // Roll-forward needs an adopted plan; a revision is a new draft of the same period, and only one at a time.
        String revision = json(send(director, post(plansPath("/" + first + "/revision")), "").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.budgetYear").value(2025)));
        UUID revised = UUID.fromString(JsonPath.read(revision, "$.id"));
        send(director, post(plansPath("/" + first + "/revision")), "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("redan ett utkast")));
        send(director, post(plansPath("/" + revised + "/roll-forward")), "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("Fastställ den först")));
        send(director, post("/api/v1/associations/" + association.id() + "/budget/amounts"), """
                {"group": 0, "line": 0, "year": 2025, "amount": "46", "version": %d}""".formatted(version(revised)))
                .andExpect(status().isOk());
        send(board, post(plansPath("/" + revised + "/adoption")), """
                {"adoptedOn": "2025-03-12", "minutes": "§ 12", "version": %d, "confirmErrors": true}""".formatted(version(revised)))
                .andExpect(status().isOk());
        mvc.perform(get(plansPath("")).session(board))
                .andExpect(jsonPath("$[?(@.id == '" + first + "')].status").value("SUPERSEDED"))
                .andExpect(jsonPath("$[?(@.id == '" + revised + "')].status").value("ADOPTED"));
        mvc.perform(get(plansPath("/" + first + "/document.pdf")).session(board))
                .andExpect(header().string("X-Content-SHA256", pdf.getHeader("X-Content-SHA256")));
        // The periods page tells the versions apart in the order they were made: the original plan, then revision 1 adopted 12 March.
        String periodsPage = mvc.perform(get("/associations/{id}/plans", association.id()).session(board)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(periodsPage).contains("Ursprunglig plan").contains("Revidering 1").contains("2025 · Revidering 1 · antagen 2025-03-12");

        // The next period: 2026 with 2025 as comparison, opening equity the revised plan's computed equity at the end of 2025.
        String next = json(send(director, post(plansPath("/" + revised + "/roll-forward")), "").andExpect(status().isCreated())
                .andExpect(jsonPath("$.budgetYear").value(2026))
                .andExpect(jsonPath("$.budget.years['2025']").value("PREVIOUS_BUDGET"))
                .andExpect(jsonPath("$.budget.years['2026']").value("BUDGET"))
                .andExpect(jsonPath("$.budget.equityStart.year").value(2026))
                // 700 tkr in, -316 tkr for 2025, the revision's +1 tkr on the audit line, -40 tkr granted: 343 tkr.
                .andExpect(jsonPath("$.budget.equityStart.amount").value(343)));
        UUID period2026 = UUID.fromString(JsonPath.read(next, "$.id"));
        mvc.perform(get("/api/v1/associations/{id}/budget", association.id()).session(director))
                .andExpect(jsonPath("$.commitments[0].year").value(2027))
                .andExpect(jsonPath("$.findings[*].code", Matchers.not(Matchers.hasItem("STATED_FIGURE_MISMATCH"))));

        // Consultation: only a member answers, only while the draft is out; then 2026 is adopted and 2027 rolled forward.
        send(director, post(plansPath("/" + period2026 + "/consultation/responses")), """
                {"member": "Avesta kommun", "receivedOn": "2025-10-20", "text": "Inga synpunkter."}""")
                .andExpect(status().isConflict());
        send(director, post(plansPath("/" + period2026 + "/consultation")), """
                {"sentOn": "2025-10-01", "version": %d}""".formatted(version(period2026))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONSULTATION"));
        send(director, post(plansPath("/" + period2026 + "/consultation/responses")), """
                {"member": "Borlänge kommun", "receivedOn": "2025-10-20", "text": "Synpunkter."}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].place").value("medlem"));
        send(director, post(plansPath("/" + period2026 + "/consultation/responses")), """
                {"member": "Avesta kommun", "receivedOn": "2025-10-20", "text": "Kommunen ställer sig bakom inriktningen."}""")
                .andExpect(status().isCreated());
        mvc.perform(get(plansPath("/" + period2026 + "/consultation/responses")).session(board))
                .andExpect(jsonPath("$[0].member").value("Avesta kommun"));
        send(board, post(plansPath("/" + period2026 + "/adoption")), """
                {"adoptedOn": "2025-11-19", "minutes": "§ 51", "version": %d, "confirmErrors": true}""".formatted(version(period2026)))
                .andExpect(status().isOk());
        send(director, post(plansPath("/" + period2026 + "/consultation")), """
                {"sentOn": "2025-11-20", "version": %d}""".formatted(version(period2026))).andExpect(status().isConflict());
        String plan2027 = json(send(director, post(plansPath("/" + period2026 + "/roll-forward")), "{\"openingEquity\": \"250 000\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.budget.equityStart.amount").value(250)));
        // The commitment arrives: the initiative's line carries 50 tkr in 2027, and it is no longer listed as to come.
        assertThat(JsonPath.<java.util.List<Object>>read(plan2027, "$.budget.groups[*].lines[?(@.initiative == 'Cykelverkstan')].amounts['2027']"))
                .containsExactly(50);
        mvc.perform(get("/api/v1/associations/{id}/budget", association.id()).session(director))
                .andExpect(jsonPath("$.commitments").isEmpty());

        assertThat(auditLog.entries(association.id(), 50)).extracting(e -> e.action())
                .contains("adopted", "revision-started", "rolled-forward", "sent-to-consultation", "consultation-response");
    }

    @Test
    void theBoardsDecisionOnAnAdoptedPlanGoesIntoARevisionDraftPendingAdoption() throws Exception {
        fresh("Testförbundet Beslutet");
        UUID first = UUID.fromString(JsonPath.read(json(mvc.perform(get(plansPath("")).session(board))), "$[0].id"));
        send(board, post(plansPath("/" + first + "/adoption")), """
                {"adoptedOn": "2024-11-20", "minutes": "§ 45", "version": %d, "confirmErrors": true}""".formatted(version(first)))
                .andExpect(status().isOk());
        grantForTwoYears();
        String list = json(mvc.perform(get(plansPath("")).session(board)));
        assertThat(JsonPath.<java.util.List<String>>read(list, "$[*].status")).containsExactly("DRAFT", "ADOPTED");
        assertThat(JsonPath.<String>read(list, "$[0].basedOn")).isEqualTo(first.toString());
        // The adopted plan holds no trace of the decision; the draft does.
        assertThat(json(mvc.perform(get(plansPath("/" + first)).session(board)))).doesNotContain("Cykelverkstan");
        assertThat(json(mvc.perform(get(plansPath("/" + JsonPath.read(list, "$[0].id"))).session(board)))).contains("Cykelverkstan");
    }

    @Test
    void theDirectorAddsAndRemovesPlanYearsWithoutAPlanFile() throws Exception {
        fresh("Testförbundet Åren");
        String budget = "/api/v1/associations/" + association.id() + "/budget";
        long version = plans.get(association.id()).version();
        // 2026 after the budget year: the auditors' fee line starts at 2025's 45 tkr.
        send(director, post(budget + "/years"), """
                {"year": 2026, "version": %d}""".formatted(version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.years[2].year").value(2026))
                .andExpect(jsonPath("$.years[2].kind").value("PLAN"));
        assertThat(plans.get(association.id()).plan().budget().groups().get(0).lines().get(0).amount(2026))
                .isEqualTo(se.samordna.shared.Money.ofTkr(45));
        send(director, post(budget + "/years"), """
                {"year": 2028, "version": %d}""".formatted(version + 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("direkt efter 2026")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(budget + "/years/2025")
                        .param("version", String.valueOf(version + 1)).session(director).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("Budgetåret 2025")));
        // On the page, a year that is not a number is answered at the form with what was typed.
        String page = mvc.perform(post("/associations/{id}/budget/years", association.id()).session(director).with(csrf())
                        .param("year", "tjugo").param("version", String.valueOf(version + 1)).param("action", "add"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&#39;tjugo&#39; är inget år").contains("value=\"tjugo\"");
        mvc.perform(post("/associations/{id}/budget/years", association.id()).session(director).with(csrf())
                        .param("year", "2026").param("version", String.valueOf(version + 1)).param("action", "remove"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(association.id()).plan().budget().years()).extracting(y -> y.year()).containsExactly(2024, 2025);
    }

    private void grantForTwoYears() throws Exception {
        String initiatives = "/api/v1/associations/" + association.id() + "/initiatives";
        MockHttpSession preparation = TestPeople.login(mvc, people.with(Role.PREPARATION, association), TestPeople.PASSWORD);
        send(director, post(initiatives), """
                {"name": "Cykelverkstan", "kind": "INDIVIDUAL", "owner": "Avesta kommun", "members": ["Avesta kommun", "Arbetsförmedlingen"],
                 "start": "2025-03-01", "end": "2027-12-31", "version": %d}""".formatted(plans.get(association.id()).version()))
                .andExpect(status().isCreated());
        send(director, post(initiatives + "/cykelverkstan/application"), """
                {"date": "2025-01-20", "requested": {"2025": 40000, "2027": 50000}, "text": "Ansökan", "version": %d}"""
                .formatted(plans.get(association.id()).version())).andExpect(status().isOk());
        send(preparation, post(initiatives + "/cykelverkstan/statement"), """
                {"date": "2025-02-01", "text": "Tillstyrks.", "version": %d}""".formatted(plans.get(association.id()).version()))
                .andExpect(status().isOk());
        send(board, post(initiatives + "/cykelverkstan/decision"), """
                {"date": "2025-02-10", "minutes": "§ 4", "grant": true, "amounts": {"2025": 40000, "2027": 50000}, "confirm": true, "version": %d}"""
                .formatted(plans.get(association.id()).version())).andExpect(status().isOk());
    }
}
