package se.samordna.comparison.web;

import se.samordna.shared.AssociationId;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.shared.Role;

@SamordnaTest
class ComparisonTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Associations associations;

    @Test
    void participatingAssociationsSeeEachOtherAndEveryoneElseOnlyAggregates() throws Exception {
        Association sd = people.association("Södra Dalarna");
        Association kd = people.association("Klarälvdalen");
        Association vbs = people.association("Västerbergslagen");
        for (Association a : new Association[]{sd, kd}) {
            MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, a), TestPeople.PASSWORD);
            mvc.perform(post("/associations/{id}/national-comparison", a.id()).param("join", "true").session(director).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        try {
            MockHttpSession sdBoard = TestPeople.login(mvc, people.with(Role.BOARD, sd), TestPeople.PASSWORD);
            mvc.perform(get("/api/v1/comparison").param("sort", "equity").session(sdBoard))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.associations[*].name", Matchers.contains("Södra Dalarnas Samordningsförbund", "Klarälvdalens Samordningsförbund")))
                    .andExpect(jsonPath("$.associations[0].equityShare").value(6.2))
                    .andExpect(jsonPath("$.associations[1].equityShare").value(70.4))
                    .andExpect(jsonPath("$.associations[1].adminShare").value(23.2))
                    .andExpect(jsonPath("$.aggregates[1].associations").value(2))
                    .andExpect(jsonPath("$.aggregates[0].figure").value("Tilldelning")).andExpect(jsonPath("$.aggregates[0].name").doesNotExist());
            String page = mvc.perform(get("/comparison").session(sdBoard)).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("class=\"own\"").contains("Klarälvdalens Samordningsförbund");

            MockHttpSession vbsBoard = TestPeople.login(mvc, people.with(Role.BOARD, vbs), TestPeople.PASSWORD);
            String aggregatesOnly = mvc.perform(get("/comparison").session(vbsBoard)).andReturn().getResponse().getContentAsString();
            assertThat(aggregatesOnly).doesNotContain("Klarälvdalens Samordningsförbund").doesNotContain("Södra Dalarnas Samordningsförbund")
                    .contains("Median");
            mvc.perform(get("/api/v1/comparison").session(vbsBoard)).andExpect(jsonPath("$.associations.length()").value(0));

            // Two associations are too few for an aggregate: min, median and max would show their own figures.
            mvc.perform(get("/api/v1/comparison").session(vbsBoard))
                    .andExpect(jsonPath("$.aggregates[0].associations").value(2))
                    .andExpect(jsonPath("$.aggregates[0].min").doesNotExist())
                    .andExpect(jsonPath("$.aggregates[0].median").doesNotExist());
            assertThat(aggregatesOnly).contains("färre än 5 förbund").doesNotContain("2560000");

            // A participant reporter of a participating association sees aggregates only.
            MockHttpSession kdReporter = TestPeople.login(mvc, people.with(Role.INITIATIVE_REPORTER, kd), TestPeople.PASSWORD);
            mvc.perform(get("/api/v1/comparison").session(kdReporter)).andExpect(jsonPath("$.associations.length()").value(0));

            // Three are still too few: each of min, median and max would be one association's own figure.
            Association nv = people.association("Norra Västmanland");
            associations.joinNationalComparison(nv.id(), true);
            mvc.perform(get("/api/v1/comparison").session(vbsBoard))
                    .andExpect(jsonPath("$.aggregates[0].associations").value(3))
                    .andExpect(jsonPath("$.aggregates[0].min").doesNotExist())
                    .andExpect(jsonPath("$.aggregates[0].median").doesNotExist())
                    .andExpect(jsonPath("$.aggregates[0].max").doesNotExist());
            associations.joinNationalComparison(vbs.id(), true);
            associations.joinNationalComparison(AssociationId.of((people.association("Örnsköldsvik").id()).value()), true);
            mvc.perform(get("/api/v1/comparison").session(vbsBoard))
                    .andExpect(jsonPath("$.aggregates[0].associations").value(5))
                    .andExpect(jsonPath("$.aggregates[0].min").isNumber());
            String formatted = mvc.perform(get("/comparison").session(vbsBoard)).andReturn().getResponse().getContentAsString();
            assertThat(formatted).containsPattern("\\d{1,3}(\u00a0| )\\d{3}(\u00a0| )\\d{3} kr").doesNotContainPattern(">\\d+\\.\\d %<");
        } finally {
            associations.joinNationalComparison(sd.id(), false);
            associations.joinNationalComparison(kd.id(), false);
            associations.joinNationalComparison(AssociationId.of((people.association("Norra Västmanland").id()).value()), false);
            associations.joinNationalComparison(vbs.id(), false);
            associations.joinNationalComparison(AssociationId.of((people.association("Örnsköldsvik").id()).value()), false);
        }
    }
}
