package se.samordna.plan.web;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.samordna.association.Association;
import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.shared.Role;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * Roll-forward carries Västerbergslagen's texts and goals into the 2026 draft marked "to review": the goals become 2026's,
 * the start page's to-dos count them, an edited text and a confirmed one leave the list, the others stay.
 */
@SamordnaTest
class PlanReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;

    @Test
    void carriedOverTextsAndGoalsWaitForReviewUntilEditedOrConfirmed() throws Exception {
        Association association = people.fromSeed("Testförbundet Granskningen", "vasterbergslagen-2025.yaml");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
        String api = "/api/v1/associations/" + association.id();
        String first = JsonPath.read(mvc.perform(get(api + "/plans").session(director)).andReturn().getResponse().getContentAsString(), "$[0].id");
        long version = ((Number) JsonPath.read(mvc.perform(get(api + "/plans/" + first).session(director)).andReturn().getResponse().getContentAsString(),
                "$.version")).longValue();
        mvc.perform(post(api + "/plans/" + first + "/adoption").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"adoptedOn\": \"2024-11-29\", \"minutes\": \"§ 60\", \"version\": " + version + ", \"confirmErrors\": true}"))
                .andExpect(status().isOk());
        String draft = JsonPath.read(mvc.perform(post(api + "/plans/" + first + "/roll-forward").session(director).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        int sections = Seeds.plan("vasterbergslagen-2025.yaml").sections().size();
        long goals2025 = Seeds.plan("vasterbergslagen-2025.yaml").goals().goals().stream().filter(g -> g.year() == 2025).count();
        String review = mvc.perform(get(api + "/plans/" + draft + "/review").session(director)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(review, "$[?(@.kind == 'TEXT')].ref")).hasSize(sections);
        assertThat(JsonPath.<List<String>>read(review, "$[?(@.kind == 'GOAL')].ref")).hasSizeGreaterThanOrEqualTo((int) goals2025).isNotEmpty();
        // The old budget year's goals are the new budget year's, to be reviewed.
        assertThat(plans.get(association.id(), PlanId.of(java.util.UUID.fromString(draft))).plan().goals().goals()).allSatisfy(g -> assertThat(g.year()).isGreaterThanOrEqualTo(2026));
        assertThat(mvc.perform(get("/associations/" + association.id() + "/plans/summary").session(director)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"to-review\"");

        // The director edits the first text: it leaves the list; the second is confirmed unchanged: it leaves too.
        String texts = mvc.perform(get(api + "/plan/sections").session(director)).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> given = JsonPath.read(texts, "$.sections[*]");
        List<Map<String, String>> edited = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            edited.add(Map.of("heading", (String) given.get(i).get("heading"), "text", i == 0 ? given.get(i).get("text") + " Uppdaterat för 2026." : (String) given.get(i).get("text")));
        }
        mvc.perform(put(api + "/plan/sections").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                        Map.of("version", ((Number) JsonPath.read(texts, "$.version")).longValue(), "sections", edited))))
                .andExpect(status().isOk());
        String secondHeading = (String) given.get(1).get("heading");
        mvc.perform(post(api + "/plans/" + draft + "/review").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"TEXT\", \"ref\": \"" + secondHeading.replace("\"", "\\\"") + "\"}")).andExpect(status().isOk());
        List<String> left = JsonPath.read(mvc.perform(get(api + "/plans/" + draft + "/review").session(director)).andReturn().getResponse()
                .getContentAsString(), "$[?(@.kind == 'TEXT')].ref");
        assertThat(left).hasSize(sections - 2).doesNotContain((String) given.get(0).get("heading"), secondHeading);
        // Confirming what is not waiting is named, not a server error.
        mvc.perform(post(api + "/plans/" + draft + "/review").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"TEXT\", \"ref\": \"finns inte\"}")).andExpect(status().isNotFound());
        mvc.perform(post(api + "/plans/" + draft + "/review").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"NÅGOT\", \"ref\": \"x\"}")).andExpect(status().isBadRequest());
    }
}
