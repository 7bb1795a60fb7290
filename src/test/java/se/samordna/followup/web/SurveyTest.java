package se.samordna.followup.web;

import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** NNS survey answers as distributions: share agreeing and mean by women and men, feeding the goals' indicators. */
@SamordnaTest
class SurveyTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;

    @Test
    void aSurveyRoundFeedsTheShareAgreeingIntoTheGoal() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String csv = "indikator;fråga;kön;svar;antal\\n9;5;K;9;10\\n9;5;K;4;2\\n9;5;M;8;6\\n9;5;M;3;2\\n2;3;K;2;3\\n";

        mvc.perform(post("/api/v1/associations/{id}/surveys", kd.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Avslut 2025\", \"year\": 2025, \"group\": \"PARTICIPANTS_EXIT\", \"csv\": \"9;5;X;9;10\\n16;1;K;5;1\\n\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        String created = mvc.perform(post("/api/v1/associations/{id}/surveys", kd.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Avslut 2025\", \"year\": 2025, \"group\": \"PARTICIPANTS_EXIT\", \"csv\": \"" + csv + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String roundId = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/associations/{id}/surveys/results", kd.id()).param("year", "2025").session(director))
                .andExpect(jsonPath("$[?(@.indicator == 9)].respondents").value(Matchers.contains(20)))
                .andExpect(jsonPath("$[?(@.indicator == 9)].shareAgreeing").value(Matchers.contains(80.0)))
                .andExpect(jsonPath("$[?(@.indicator == 9)].mean").value(Matchers.contains(7.6)))
                .andExpect(jsonPath("$[?(@.indicator == 9)].shareWomen").value(Matchers.contains(83.3)))
                .andExpect(jsonPath("$[?(@.indicator == 9)].shareMen").value(Matchers.contains(75.0)))
                .andExpect(jsonPath("$[?(@.indicator == 2)].shareAgreeing").value(Matchers.contains((Object) null)));

        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, kd), TestPeople.PASSWORD);
        String page = mvc.perform(get("/associations/{id}/followup", kd.id()).param("year", "2025").session(board))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("80,0 %").contains("83,3 %").contains("75,0 %");
        String surveysPage = mvc.perform(get("/associations/{id}/surveys", kd.id()).param("year", "2025").session(board))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace('\u00a0', ' ');
        assertThat(surveysPage).as("the share over the years, against the goal's target").contains("Andel som instämmer över åren")
                .containsPattern("9\\. [^<]+</td>\\s*<td>Deltagare vid avslut</td>\\s*<td class=\"num\">80,0 %</td>\\s*<td>minst 80 %</td>");

        mvc.perform(get("/api/v1/associations/{id}/goals", kd.id()).session(director))
                .andExpect(jsonPath("$[?(@.id == 'kd-individ')].indicators[1].latest.value").value(Matchers.contains(80.0)))
                .andExpect(jsonPath("$[?(@.id == 'kd-individ')].indicators[1].status").value(Matchers.contains("MET")));

        // Entered on the page instead of a file; an empty form is refused and saves nothing.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/associations/{id}/surveys", kd.id())
                        .param("name", "Styrelsen 2024").param("year", "2024").param("group", "BOARD").param("answers", "1;1;K;8;4\n1;1;M;6;3\n2;1;K;8;4\n2;1;M;6;6\n")
                        .session(director).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/associations/{id}/surveys/results", kd.id()).param("year", "2024").session(director))
                .andExpect(jsonPath("$[?(@.indicator == 1 && @.group == 'BOARD')].respondents").value(Matchers.contains(7)))
                .andExpect(jsonPath("$[?(@.indicator == 1 && @.group == 'BOARD')].mean").value(Matchers.contains(7.1)))
                // 4 women (too few to show) and 6 men: with the total's 40 % shown, the men's share would give the women's away.
                .andExpect(jsonPath("$[?(@.indicator == 2 && @.group == 'BOARD')].shareAgreeing").value(Matchers.contains(40.0)))
                .andExpect(jsonPath("$[?(@.indicator == 2 && @.group == 'BOARD')].shareWomen").value(Matchers.contains((Object) null)))
                .andExpect(jsonPath("$[?(@.indicator == 2 && @.group == 'BOARD')].shareMen").value(Matchers.contains((Object) null)));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/associations/{id}/surveys", kd.id())
                        .param("name", "Tom").param("year", "2024").param("group", "BOARD").param("answers", " ")
                        .session(director).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Välj en CSV-fil eller skriv in svarsfördelningen")));
        String roundsOf2024 = mvc.perform(get("/associations/{id}/surveys", kd.id()).param("year", "2024").session(board))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(roundsOf2024).as("the page lists the year's rounds and links the other years").contains("Styrelsen 2024")
                .doesNotContain("Avslut 2025").contains("2025 (1)").contains("1. Verksamheten är organiserad runt deltagarens behov");
        String inEnglish = mvc.perform(get("/associations/{id}/surveys", kd.id()).param("year", "2024").param("lang", "en").session(board))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inEnglish).as("the indicators in the reader's language").contains("1. The activity is organised around the participant&#39;s needs");
        String boardRound = jdbc.sql("select id::text from survey_round where association_id = :a and name = 'Styrelsen 2024'").param("a", kd.id().value())
                .query(String.class).single();
        mvc.perform(post("/associations/{id}/surveys/{round}/delete", kd.id(), boardRound).session(board).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/associations/{id}/surveys/{round}/delete", kd.id(), boardRound).session(director).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // A round that goes away takes its answers out of the year's results (the year's distribution is kept by the database).
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/associations/{id}/surveys/{round}", kd.id(), roundId)
                .session(director).with(csrf())).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/associations/{id}/surveys/{round}", kd.id(), roundId)
                .session(director).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/associations/{id}/surveys/results", kd.id()).param("year", "2025").session(director))
                .andExpect(jsonPath("$[?(@.indicator == 9)]").isEmpty());
    }
}
