package se.samordna.identity.web;

import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samordna.association.Association;
import se.samordna.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/** Nobody chooses another person's password, wrong guesses slow their source instead of locking the owner out. */
@SamordnaTest
class AccountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private String invitationPath(String answer) throws Exception {
        String link = (String) JSON.readValue(answer, Map.class).get("invitationLink");
        assertThat(link).startsWith("http").contains("/invitation/");
        return link.substring(link.indexOf("/invitation/"));
    }

    @Test
    void aDirectorCannotChooseAPasswordForSomeoneAndTheInvitedPersonChoosesTheirOwn() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);

        mvc.perform(post("/api/v1/associations/{id}/people", kd.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"made-up-reporter\", \"displayName\": \"Påhittad\", \"password\": \"chosen-by-the-director\", \"role\": \"INITIATIVE_REPORTER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("personen själv")));
        mvc.perform(post("/associations/{id}/people", kd.id()).session(director).with(csrf())
                        .param("username", "made-up-reporter").param("displayName", "Påhittad").param("password", "chosen-by-the-director")
                        .param("role", "INITIATIVE_REPORTER"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from user_account where username = 'made-up-reporter'").query(Integer.class).single()).isZero();

        // A refused address comes back on the same form with the reason and everything typed, never the error page.
        String refused = mvc.perform(post("/associations/{id}/people", kd.id()).session(director).with(csrf())
                        .param("username", "kim.ny").param("displayName", "Kim Ny").param("email", "kim.at.example")
                        .param("role", "PREPARATION"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"person-error\"").contains("ser inte ut som en adress").contains("value=\"kim.ny\"")
                .contains("value=\"Kim Ny\"").contains("value=\"kim.at.example\"").contains("<option value=\"PREPARATION\" selected=\"selected\"");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'kim.ny'").query(Integer.class).single()).isZero();

        String answer = mvc.perform(post("/api/v1/associations/{id}/people", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"invited-member\", \"displayName\": \"Ny Ledamot\", \"email\": \"ny@example.se\", \"role\": \"BOARD\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String link = invitationPath(answer);
        assertThat(jdbc.sql("select password_hash from user_account where username = 'invited-member'").query(String.class).optional()).isEmpty();
        mvc.perform(formLogin("/login").user("invited-member").password("")).andExpect(redirectedUrl("/login?error"));

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("invited-member")));
        mvc.perform(post(link).with(csrf()).param("newPassword", "my-own-long-password").param("repeatPassword", "something-else"))
                .andExpect(status().isBadRequest());
        MockHttpSession invited = (MockHttpSession) mvc.perform(post(link).with(csrf())
                        .param("newPassword", "my-own-long-password").param("repeatPassword", "my-own-long-password"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/associations/{id}/budget", kd.id()).session(invited)).andExpect(status().isOk());

        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(post(link).with(csrf()).param("newPassword", "a-second-password").param("repeatPassword", "a-second-password"))
                .andExpect(status().isNotFound());
        TestPeople.login(mvc, "invited-member", "my-own-long-password");
        mvc.perform(get("/api/v1/associations/{id}/people", kd.id()).session(director))
                .andExpect(jsonPath("$[?(@.username == 'invited-member')].accepted").value(true));
        mvc.perform(post("/api/v1/associations/{id}/people/{u}/invitation", kd.id(),
                        jdbc.sql("select id from user_account where username = 'invited-member'").query(java.util.UUID.class).single())
                        .session(director).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNewLinkMakesTheOlderOneVoidAndAnExpiredLinkIsRefused() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String answer = mvc.perform(post("/api/v1/associations/{id}/people", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"slow-invitee\", \"displayName\": \"Sen\", \"role\": \"AUDITOR\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String first = invitationPath(answer);
        String userId = (String) JSON.readValue(answer, Map.class).get("userId");
        String second = invitationPath(mvc.perform(post("/api/v1/associations/{id}/people/{u}/invitation", kd.id(), userId)
                .session(director).with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where user_id = cast(:u as uuid)").param("u", userId).update();
        mvc.perform(get(second)).andExpect(status().isNotFound());
    }

    @Test
    void aLinkOpenedWhereSomeoneIsSignedInIsRefusedAndStaysUsableAndTheAcceptanceIsLoggedInThePersonsOwnName() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String directorName = people.with(Role.ADMIN, kd);
        MockHttpSession director = TestPeople.login(mvc, directorName, TestPeople.PASSWORD);
        String answer = mvc.perform(post("/api/v1/associations/{id}/people", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"rebus-reporter\", \"displayName\": \"Rapportör\", \"role\": \"BOARD\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String link = invitationPath(answer);

        // The director opens the link in their own session: told to sign out first; nothing changes.
        mvc.perform(get(link).session(director)).andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("logga ut först")));
        mvc.perform(post(link).session(director).with(csrf()).param("newPassword", "taken-over-password").param("repeatPassword", "taken-over-password"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/me").session(director)).andExpect(jsonPath("$.username").value(directorName));
        assertThat(jdbc.sql("select password_hash from user_account where username = 'rebus-reporter'").query(String.class).optional()).isEmpty();

        // The link still works for the person, and their acceptance is theirs in the association's log.
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link).with(csrf()).param("newPassword", "the-reporters-own-pw").param("repeatPassword", "the-reporters-own-pw"))
                .andExpect(redirectedUrl("/"));
        var entries = jdbc.sql("""
                select actor, association_id, action from audit_log where entity = 'user'
                and entity_id = (select id::text from user_account where username = 'rebus-reporter') and action in ('password-set', 'invitation-accepted')""")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
        assertThat(entries).containsExactlyInAnyOrder("rebus-reporter|" + kd.id() + "|password-set", "rebus-reporter|" + kd.id() + "|invitation-accepted");
    }

    @Test
    void wrongGuessesSlowTheirSourceButNeverLockTheOwnerOutAndUnknownNamesAnswerAlike() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        String owner = people.with(Role.AUDITOR, vbs);
        // Three tries are free, the fourth failure makes the source wait.
        for (int i = 0; i < 6; i++) {
            mvc.perform(signIn(owner, "wrong-password", "192.0.2.10"))
                    .andExpect(redirectedUrl(i < 4 ? "/login?error" : "/login?slow"));
            mvc.perform(signIn("nobody-by-this-name", "wrong-password", "192.0.2.11"))
                    .andExpect(redirectedUrl(i < 4 ? "/login?error" : "/login?slow"));
            jdbc.sql("update login_throttle set blocked_until = null where key like '%192.0.2.1_'").update(); // time passes
            jdbc.sql("update login_throttle set blocked_until = now() + interval '1 minute' where failures > 3 and key like '%192.0.2.1_'").update();
        }
        // The attacker's address waits even with the right password; the owner elsewhere is not held up at all.
        mvc.perform(signIn(owner, TestPeople.PASSWORD, "192.0.2.10")).andExpect(redirectedUrl("/login?slow"));
        mvc.perform(signIn(owner, TestPeople.PASSWORD, "198.51.100.7")).andExpect(redirectedUrl("/"));

        // A counter whose last failure is older than the reset window starts again from zero.
        jdbc.sql("update login_throttle set last_failure = now() - interval '2 hours', blocked_until = null where key like '%192.0.2.10'").update();
        mvc.perform(signIn(owner, "wrong-password", "192.0.2.10")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select failures from login_throttle where key = :k").param("k", "account:" + owner + "|192.0.2.10")
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(signIn(owner, TestPeople.PASSWORD, "192.0.2.10")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from login_throttle where key = :k").param("k", "account:" + owner + "|192.0.2.10")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'user_account' and column_name = 'locked_until'")
                .query(Integer.class).single()).as("the old lock column may stay, but nothing sets it").isOne();
        assertThat(jdbc.sql("select count(*) from user_account where locked_until > now()").query(Integer.class).single()).isZero();
    }

    @Test
    void changingAPasswordEndsThePersonsOtherSessionsAndAPasswordOver72BytesIsAClearNo() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        String username = people.with(Role.PREPARATION, vbs);
        MockHttpSession laptop = TestPeople.login(mvc, username, TestPeople.PASSWORD);
        MockHttpSession phone = TestPeople.login(mvc, username, TestPeople.PASSWORD);

        String tooLong = "å".repeat(37);
        mvc.perform(post("/api/v1/me/password").session(laptop).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + TestPeople.PASSWORD + "\", \"newPassword\": \"" + tooLong + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("72 byte")));
        mvc.perform(formLogin("/login").user(username).password("x".repeat(100))).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/api/v1/me/password").session(laptop).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + TestPeople.PASSWORD + "\", \"newPassword\": \"a-brand-new-password\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/associations/{id}/budget", vbs.id()).session(laptop)).andExpect(status().isOk());
        mvc.perform(get("/associations/{id}/budget", vbs.id()).session(phone)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/api/v1/associations").session(phone)).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/me/password").session(laptop).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"a-brand-new-password\", \"newPassword\": \"" + TestPeople.PASSWORD + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountCannotSignInItsKeysAreRevokedAndItsSessionsEnd() throws Exception {
        MockHttpSession admin = TestPeople.login(mvc, "admin", "test-admin-password");
        String answer = mvc.perform(post("/api/v1/admin/users").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"national-reader\", \"displayName\": \"Nationella rådet\", \"national\": true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String link = invitationPath(answer);
        String userId = (String) JSON.readValue(answer, Map.class).get("id");
        MockHttpSession national = (MockHttpSession) mvc.perform(post(link).with(csrf())
                .param("newPassword", "national-password").param("repeatPassword", "national-password"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);

        mvc.perform(get("/api/v1/associations").session(national)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/associations/{id}/budget", people.association("Klarälvdalen").id()).session(national))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/users").session(national)).andExpect(status().isForbidden());
        String token = (String) JSON.readValue(mvc.perform(post("/api/v1/me/tokens").session(national).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"skript\"}")).andReturn().getResponse().getContentAsString(), Map.class).get("token");
        mvc.perform(get("/api/v1/associations").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/tokens").session(national)).andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty());

        mvc.perform(put("/api/v1/admin/users/{id}/disabled", userId).session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"disabled\": true}")).andExpect(status().isOk());

        mvc.perform(get("/api/v1/associations").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/associations").session(national)).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user("national-reader").password("national-password")).andExpect(redirectedUrl("/login?error"));
    }
}
