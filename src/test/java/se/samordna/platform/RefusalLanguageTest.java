package se.samordna.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.shared.Role;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/** A refusal is answered in the reader's language: Swedish by default, English after ?lang=en, the same refusal either way. */
@SamordnaTest
class RefusalLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;

    @Test
    void anInitiativeThatDoesNotExistIsNamedInSwedishOrInEnglish() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        mvc.perform(get("/api/v1/associations/{id}/initiatives/finns-inte", kd.id()).session(director))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Insatsen finns inte."));
        mvc.perform(get("/api/v1/associations/{id}/initiatives/finns-inte", kd.id()).param("lang", "en").session(director))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("The initiative does not exist."));
    }

    @Test
    void aRefusedUserNameNamesItsFieldAndRuleInEnglishWithTheRuleFromTheBundle() throws Exception {
        MockHttpSession admin = TestPeople.login(mvc, "admin", "test-admin-password");
        String body = "{\"username\": \"Anna Berg!\", \"displayName\": \"Anna Berg\", \"national\": false}";
        mvc.perform(post("/api/v1/admin/users").param("lang", "en").session(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].place").value("user name"))
                .andExpect(jsonPath("$.errors[0].message").value("The user name must be 2–64 characters: lower-case letters a–z, digits and . _ @ -"))
                .andExpect(jsonPath("$.detail").value("user name: The user name must be 2–64 characters: lower-case letters a–z, digits and . _ @ -"));
        String swedish = mvc.perform(post("/api/v1/admin/users").param("lang", "sv").session(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(swedish).contains("\"place\":\"användarnamn\"").contains("Användarnamnet ska vara 2–64 tecken");
    }

    @Test
    void aRequestWithoutSignInIsToldSoInTheLanguageThePersonChose() throws Exception {
        mvc.perform(get("/api/v1/associations"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Inloggning krävs.")));
        mvc.perform(get("/api/v1/associations").cookie(new jakarta.servlet.http.Cookie("samordna-lang", "en")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Sign-in required.")));
    }
}
