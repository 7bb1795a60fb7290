package se.samordna.followup.web;

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

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.shared.Role;

/** Participant records are the association's recorded choice, off by default; volumes work without them. */
@SamordnaTest
class RecordsByChoiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    se.samordna.plan.Plans plans;

    @Test
    void withoutTheDirectorsDecisionNoRecordIsKeptButVolumesAreAndTheDecisionIsShownToReporters() throws Exception {
        Association nv = people.association("Norra Västmanland");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, nv), TestPeople.PASSWORD);
        // The seed states no period for the team; this test gives it the year 2022.
        String yaml = se.samordna.plan.Seeds.text("norra-vastmanland-2022.yaml")
                .replace("  - id: samordningsteam-fns\n", "  - id: samordningsteam-fns\n    start: 2022-01-01\n    end: 2022-12-31\n");
        mvc.perform(put("/api/v1/associations/{id}/plan", nv.id()).session(director).with(csrf())
                        .header("If-Match", String.valueOf(plans.get(nv.id()).version())).contentType("application/yaml").content(yaml))
                .andExpect(status().isOk());
        String reporterName = people.with(Role.INITIATIVE_REPORTER, nv);
        mvc.perform(post("/api/v1/associations/{id}/initiatives/samordningsteam-fns/reporters", nv.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"" + reporterName + "\"}")).andExpect(status().isCreated());
        MockHttpSession reporter = TestPeople.login(mvc, reporterName, TestPeople.PASSWORD);
        String records = "/api/v1/associations/" + nv.id() + "/initiatives/samordningsteam-fns/participants";
        String record = "{\"code\": \"FNS-1\", \"legalSex\": \"WOMAN\", \"ageBand\": \"25-29\", \"startDate\": \"2022-02-01\"}";

        mvc.perform(get("/api/v1/associations/{id}/participant-records-decision", nv.id()).session(reporter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(post(records).session(reporter).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(record))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", Matchers.containsString("för inte deltagaruppgifter")));
        mvc.perform(post("/associations/{id}/initiatives/samordningsteam-fns/volumes", nv.id()).session(reporter).with(csrf())
                .param("period", "2022H1").param("women", "7").param("men", "5")).andExpect(status().is3xxRedirection());
        // A period outside the initiative's time (2022) is refused, and a period can be removed again.
        mvc.perform(post("/associations/{id}/initiatives/samordningsteam-fns/volumes", nv.id()).session(reporter).with(csrf())
                .param("period", "2019H1").param("women", "1").param("men", "1")).andExpect(status().isBadRequest());
        mvc.perform(post("/associations/{id}/initiatives/samordningsteam-fns/volumes", nv.id()).session(reporter).with(csrf())
                .param("period", "2022H2").param("women", "1").param("men", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/associations/{id}/initiatives/samordningsteam-fns/volumes/2022H2/delete", nv.id()).session(reporter).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/associations/{id}/initiatives/samordningsteam-fns/participants", nv.id()).session(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("för inte deltagaruppgifter på individnivå").contains("2022H1").doesNotContain("2022H2");

        mvc.perform(put("/api/v1/associations/{id}/participant-records-decision", nv.id()).session(reporter).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": true, \"decidedOn\": \"2025-01-15\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/associations/{id}/participant-records-decision", nv.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": true, \"decidedOn\": \"2025-01-15\", \"retentionMonths\": 24}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("ansvarar")));
        mvc.perform(put("/api/v1/associations/{id}/participant-records-decision", nv.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": true, \"decidedOn\": \"2025-01-15\", \"retentionMonths\": 24,"
                        + " \"responsibleMember\": \"Fagersta kommun\", \"reference\": \"§ 7\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/associations/{id}/participant-records-decision", nv.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false, \"decidedOn\": \"2025-01-16\"}"))
                .andExpect(status().isConflict());

        mvc.perform(post(records).session(reporter).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(record))
                .andExpect(status().isCreated());
        String after = mvc.perform(get("/associations/{id}/initiatives/samordningsteam-fns/participants", nv.id()).session(reporter))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Ansvarig för uppgifterna: Fagersta kommun", "gallras efter 24 månader", "§ 7");
        people.restoreSeed(nv, "norra-vastmanland-2022.yaml");
    }
}
