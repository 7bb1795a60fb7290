package se.samordna.followup.web;

import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.shared.Role;

/** SCB's full-year equivalents imported from the sample file, the share and its trend, feeding Örnsköldsvik's effect goal. */
@SamordnaTest
class RegionalStatisticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;

    @Test
    void theSampleFileGivesTheShareOnPublicSupportAndItsTrend() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);

        mvc.perform(post("/api/v1/associations/{id}/statistics", orn.id()).session(director).with(csrf()).contentType("text/csv")
                        .content("2284 Örnsköldsvik;alla;2024;10;100\nÖrnsköldsvik;totalt;2024;10;100\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(post("/api/v1/associations/{id}/statistics", orn.id()).session(director).with(csrf()).contentType("text/csv")
                        .content(Files.readString(Path.of("examples/statistics/helarsekvivalenter-EXEMPEL.csv"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(9));

        mvc.perform(get("/api/v1/associations/{id}/statistics", orn.id()).session(director))
                .andExpect(jsonPath("$[?(@.sex == 'TOTAL' && @.period == '2025')].share").value(Matchers.contains(9.2)))
                .andExpect(jsonPath("$[?(@.sex == 'TOTAL' && @.period == '2025')].change").value(Matchers.contains(-0.1)));
        mvc.perform(get("/associations/{id}/statistics", orn.id()).session(director)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(Matchers.containsString("9,2 %")));
        mvc.perform(get("/api/v1/associations/{id}/goals", orn.id()).session(director))
                .andExpect(jsonPath("$[?(@.id == 'ov-strategiskt')].indicators[0].latest.value").value(Matchers.contains(9.2)))
                .andExpect(jsonPath("$[?(@.id == 'ov-strategiskt')].indicators[0].status").value(Matchers.contains("MET")))
                .andExpect(jsonPath("$[?(@.id == 'ov-strategiskt')].indicators[0].trend").value(Matchers.contains(-0.1)));
    }
}
