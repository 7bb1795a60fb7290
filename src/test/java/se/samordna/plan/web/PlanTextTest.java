package se.samordna.plan.web;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.samordna.association.Association;
import se.samordna.audit.AuditLog;
import se.samordna.plan.Plan;
import se.samordna.plan.Plans;
import se.samordna.shared.Role;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * The director writes the plan's own text: on the page and through the API, the same checks and the same audit wording;
 * hostile markup is refused naming the line and stays as typed in the form; two people never overwrite each other; an
 * adopted plan's text does not change; the text goes with the plan to the next period and shows in the comparison.
 */
@SamordnaTest
class PlanTextTest {

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

    private void fresh(String name) throws Exception {
        association = people.fromSeed(name, "sodra-dalarna-2025.yaml");
        director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
    }

    private String page() throws Exception {
        return mvc.perform(get("/associations/{id}/plan-text", association.id()).session(director)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDirectorAddsASectionOnThePageAndHostileMarkupIsRefusedWithTheTypedTextKept() throws Exception {
        fresh("Testförbundet Texten");
        Plan seed = plans.get(association.id()).plan();
        assertThat(page()).contains("Planens text").contains("Södra Dalarna – en plats för alla.").contains("Verksamhetsinriktning 2025–2028");

        long version = plans.get(association.id()).version();
        mvc.perform(post("/associations/{id}/plan-text", association.id()).session(director).with(csrf())
                        .param("version", String.valueOf(version)).param("heading", "Intern kontroll och risker")
                        .param("text", "Styrelsen följer upp **internkontrollplanen** i december.\n\n- risk 1\n- risk 2"))
                .andExpect(status().is3xxRedirection());
        Plan after = plans.get(association.id()).plan();
        assertThat(after.sections()).hasSize(seed.sections().size() + 1);
        assertThat(after.sections().get(after.sections().size() - 1).heading()).isEqualTo("Intern kontroll och risker");
        assertThat(page()).contains("<strong>internkontrollplanen</strong>").contains("<li>risk 1</li>");
        assertThat(auditLog.entries(association.id(), 5)).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("plan-text");
            assertThat(e.action()).isEqualTo("added");
            assertThat(e.changes()).contains("Intern kontroll och risker");
        });

        String hostile = "Rubrik\n\n<script>alert('x')</script>\n\n[klicka](javascript:alert(1))";
        String refused = mvc.perform(post("/associations/{id}/plan-text/0", association.id()).session(director).with(csrf())
                        .param("version", String.valueOf(plans.get(association.id()).version())).param("heading", "Vision")
                        .param("text", hostile))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Rad 3: HTML skrivs inte i planens text").contains("javascript:alert(1)&#39; ska börja med https://")
                .contains("id=\"section-error-0\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(plans.get(association.id()).plan().sections().get(0).text()).isEqualTo("Södra Dalarna – en plats för alla.");

        // The seed's picture marker and footnote: the marker shown as its words (no image is fetched), the note as a note.
        String shown = page();
        assertThat(shown).contains("<span class=\"picture-marker\">Bild i originalet: Integrerad samverkan").doesNotContain("<img");
        assertThat(shown).contains("footnote").contains("Europeiska socialfonden.");
        // Each section's notes have anchors of their own: a second section with a note 1 repeats no id on the page.
        int esf = plans.get(association.id()).plan().sections().stream().map(Plan.Section::heading).toList().indexOf("Arbetsorganisation");
        assertThat(esf).isPositive();
        assertThat(shown).contains("id=\"s" + esf + "-fn-1\"").contains("href=\"#s" + esf + "-fn-1\"").doesNotContain("id=\"fn-1\"");
        // A picture with an address is still refused; an appendix is kept as one when its text changes.
        mvc.perform(post("/associations/{id}/plan-text", association.id()).session(director).with(csrf())
                        .param("version", String.valueOf(plans.get(association.id()).version())).param("heading", "Bilder")
                        .param("text", "![spårning](https://evil.example.com/pixel.png)"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/associations/{id}/plan-text", association.id()).session(director).with(csrf())
                        .param("version", String.valueOf(plans.get(association.id()).version())).param("heading", "Bilaga Indikatorer")
                        .param("text", "1. En indikator").param("appendix", "true"))
                .andExpect(status().is3xxRedirection());
        int last = plans.get(association.id()).plan().sections().size() - 1;
        mvc.perform(post("/associations/{id}/plan-text/{i}", association.id(), last).session(director).with(csrf())
                        .param("version", String.valueOf(plans.get(association.id()).version())).param("heading", "Bilaga Indikatorer")
                        .param("text", "1. En indikator\n2. En till").param("appendix", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(association.id()).plan().sections().get(last)).satisfies(section -> {
            assertThat(section.appendix()).isTrue();
            assertThat(section.text()).contains("En till");
        });
        assertThat(page()).contains(">bilaga</small>");
    }

    @Test
    void theApiReplacesTheSectionsAllOrNothingAndAStaleVersionIsRefused() throws Exception {
        fresh("Testförbundet Texten API");
        long version = plans.get(association.id()).version();
        String path = "/api/v1/associations/" + association.id() + "/plan/sections";
        mvc.perform(get(path).session(director)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].heading").value("Vision"))
                .andExpect(jsonPath("$.sections[0].html").value("<p>Södra Dalarna – en plats för alla.</p>\n"));

        mvc.perform(put(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": %d, "sections": [{"heading": "Vision", "text": "ok"}, {"heading": "Vision", "text": "<b>x</b>"}]}"""
                        .formatted(version)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].place").value(org.hamcrest.Matchers.hasItems("sections[1].heading", "sections[1].text")));
        assertThat(plans.get(association.id()).plan().sections().get(0).text()).isEqualTo("Södra Dalarna – en plats för alla.");

        mvc.perform(put(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": %d, "sections": [{"heading": "Vision", "text": "Ett län där alla kan försörja sig."},
                         {"heading": "Årets fokus", "text": "1. Unga\\n2. Psykisk hälsa"}]}""".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections.length()").value(2))
                .andExpect(jsonPath("$.sections[1].html").value("<ol>\n<li>Unga</li>\n<li>Psykisk hälsa</li>\n</ol>\n"));
        // A second person, still on the old version, is refused and changes nothing.
        mvc.perform(put(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": %d, "sections": []}""".formatted(version)))
                .andExpect(status().isConflict());
        assertThat(plans.get(association.id()).plan().sections()).hasSize(2);
    }

    @Test
    void theTextGoesToTheNextPeriodAndShowsInTheComparisonAndAnAdoptedPlansTextIsFrozen() throws Exception {
        fresh("Testförbundet Texten Cykel");
        String plansPath = "/api/v1/associations/" + association.id() + "/plans";
        UUID first = plans.get(association.id()).id().value();
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, association), TestPeople.PASSWORD);
        mvc.perform(post(plansPath + "/" + first + "/adoption").session(board).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"adoptedOn": "2024-11-20", "minutes": "§ 45", "version": %d, "confirmErrors": true}"""
                                .formatted(plans.get(association.id()).version())))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/associations/{id}/plan/sections", association.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": %d, "sections": []}""".formatted(plans.get(association.id()).version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("fastställd av styrelsen 2024-11-20")));
        // The adopted plan's text page shows no edit controls, only that the plan is adopted.
        assertThat(page()).contains("id=\"frozen-text\"").doesNotContain("/plan-text/0/remove").doesNotContain("id=\"new\"");

        String created = mvc.perform(post(plansPath + "/" + first + "/roll-forward").session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID next = UUID.fromString(JsonPath.read(created, "$.id"));
        Plan rolled = plans.get(association.id(), PlanId.of(next)).plan();
        assertThat(rolled.sections()).isEqualTo(plans.get(association.id(), PlanId.of(first)).plan().sections());

        long version = plans.get(association.id()).version();
        mvc.perform(post("/associations/{id}/plan-text/0", association.id()).session(director).with(csrf())
                        .param("version", String.valueOf(version)).param("heading", "Vision").param("text", "Södra Dalarna – en plats för alla, 2026."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(plansPath + "/" + first + "/diff").param("to", next.toString()).session(director))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.part == 'sections' && @.item == 'Vision')].after").value("Södra Dalarna – en plats för alla, 2026."));
    }

    @Test
    void whatTheSeedDoesNotStateIsMarkedAssumedOnThePages() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        MockHttpSession session = TestPeople.login(mvc, people.with(Role.ADMIN, vbs), TestPeople.PASSWORD);
        String evi = mvc.perform(get("/associations/{id}/initiatives/resursteamet-evi", vbs.id()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The seed says the plan years rest on granted projects, not that the team runs, nor who takes part.
        assertThat(evi).containsPattern("Pågående</span><span class=\"assumed\"> \\(antaget: källdokumentet anger det inte\\)")
                .containsPattern("Försäkringskassan</span><span class=\"assumed\"> \\(antaget");
        String goals = mvc.perform(get("/associations/{id}/goals", vbs.id()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(goals).containsPattern("minst 3</span><span class=\"assumed\"> \\(antaget");
        // What the file marks: the state and the members, nothing else of the initiative.
        Plan plan = plans.get(vbs.id()).plan();
        assertThat(plan.initiative(InitiativeId.of("resursteamet-evi")).orElseThrow().assumed()).containsExactly("state", "members");
    }
}
