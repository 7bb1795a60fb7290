package se.samordna.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.audit.AuditLog;
import se.samordna.shared.Role;
import tools.jackson.databind.json.JsonMapper;

@SamordnaTest
class SecurityAndBadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    AuditLog auditLog;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anApiTokenActsWithItsOwnersRolesAndNothingMore() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession session = TestPeople.login(mvc, people.with(Role.PREPARATION, kd), TestPeople.PASSWORD);
        String body = mvc.perform(post("/api/v1/me/tokens").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"skript\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = (String) JsonMapper.builder().build().readValue(body, Map.class).get("token");

        mvc.perform(get("/api/v1/associations").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Klarälvdalens Samordningsförbund"))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/associations/{id}/budget", kd.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].income").value(2_945_000));
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", kd.id()).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\":0,\"line\":0,\"year\":2025,\"amount\":\"1\",\"version\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/associations").header("Authorization", "Bearer smd_not-a-token")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAChangeWithoutCsrfTokenWithAMessageInSwedish() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", kd.id()).session(director)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
    }

    @Test
    void answersMalformedJsonWrongTypesAndHugeBodiesWithA4xx() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kunde inte läsas")));
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\": \"första\", \"line\": 0, \"year\": 2025, \"amount\": \"1\", \"version\": 1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/associations/not-a-uuid").session(director)).andExpect(status().is4xxClientError());
        byte[] huge = new byte[11 * 1024 * 1024];
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void showsMarkupInNamesAsTextNeverAsMarkup() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        mvc.perform(post("/associations/{id}/people", kd.id()).session(director).with(csrf())
                        .param("username", "xss-person").param("displayName", "<script>alert(1)</script>")
                        .param("role", "BOARD"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/associations/{id}/people", kd.id()).session(director))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void refusesOnePersonAsBothDirectorAndParticipantReporter() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String director = people.with(Role.ADMIN, kd);
        MockHttpSession session = TestPeople.login(mvc, director, TestPeople.PASSWORD);
        mvc.perform(post("/api/v1/associations/{id}/people", kd.id()).session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + director + "\", \"role\": \"INITIATIVE_REPORTER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("både administratör")));
    }

    @Test
    void healthAnswersWithoutLoginAndTheApiIsDescribed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui.html")).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
        MockHttpSession reader = TestPeople.login(mvc, people.with(Role.BOARD, people.association("Klarälvdalen")), TestPeople.PASSWORD);
        mvc.perform(get("/v3/api-docs").session(reader)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/associations']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/associations/{associationId}/budget']").exists());
    }

    @Test
    void stylesAndScriptsAreServedUnderAssetsWithoutLoginAndAnUnknownAddressIsASwedish404() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("href=\"/assets/css/samordna.css\"", "src=\"/assets/js/samordna.js\"", "src=\"/webjars/htmx.org/");
        mvc.perform(get("/assets/css/samordna.css")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/assets/js/charts.js")).andExpect(status().isOk());
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        mvc.perform(get("/finns/inte").session(director)).andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("finns inte")));
    }

    @Test
    void switchesToEnglish() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Log in")));
    }
}
