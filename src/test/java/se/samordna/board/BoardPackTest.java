package se.samordna.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.shared.MoneyFormat;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * The December pack and the requests for funds for each seed's next plan (the draft the demo rolled forward): the
 * requests add up to the plan's contributions per year to the krona, each request prints its amounts, and the pack holds
 * the notice of the meeting that adopts the plan, the draft, the consultation and the members' contributions.
 */
@SamordnaTest
class BoardPackTest {

    private static final List<String> SEEDS = List.of("Klarälvdalens Samordningsförbund", "Norra Västmanlands Samordningsförbund",
            "Samordningsförbundet i Örnsköldsvik", "Södra Dalarnas Samordningsförbund", "Västerbergslagens Samordningsförbund");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Associations associations;

    @Test
    void eachSeedsRequestsForFundsAddUpToItsPlansContributionsPerYearToTheKrona() throws Exception {
        for (String name : SEEDS) {
            Association association = associations.findByName(name).orElseThrow();
            MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
            String budget = mvc.perform(get("/api/v1/associations/{id}/budget", association.id()).session(director))
                    .andReturn().getResponse().getContentAsString();
            int budgetYear = JsonPath.<List<Integer>>read(budget, "$.years[?(@.kind == 'BUDGET')].year").get(0);
            Map<String, Long> planned = new HashMap<>();
            for (Map<String, Object> year : JsonPath.<List<Map<String, Object>>>read(budget, "$.years[*]")) {
                long sum = JsonPath.<List<Number>>read(year, "$.contributions[*].amount").stream().mapToLong(Number::longValue).sum();
                if (!JsonPath.<List<Object>>read(year, "$.contributions[*]").isEmpty()) {
                    planned.put(String.valueOf(year.get("year")), sum);
                }
            }
            String requests = mvc.perform(get("/api/v1/associations/{id}/funding-requests/{y}", association.id(), budgetYear).session(director))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Map<String, Long> requested = new HashMap<>();
            for (Map<String, Object> request : JsonPath.<List<Map<String, Object>>>read(requests, "$[*]")) {
                @SuppressWarnings("unchecked")
                Map<String, Number> amounts = (Map<String, Number>) request.get("amounts");
                amounts.forEach((year, kronor) -> requested.merge(year, kronor.longValue(), Long::sum));
            }
            assertThat(planned).as(name).isNotEmpty();
            assertThat(requested).as(name).isEqualTo(planned);
            // Every municipality gets a request of its own, also where the plan gives the municipalities' quarter together.
            assertThat(JsonPath.<List<String>>read(requests, "$[*].member")).as(name).noneMatch(m -> m.startsWith("Kommunerna"));

            // One request as PDF: the member, and each year's amount as the JSON gives it.
            String member = JsonPath.read(requests, "$[0].member");
            String text = text(mvc.perform(get(JsonPath.<String>read(requests, "$[0].pdf")).session(director)).andExpect(status().isOk())
                    .andReturn().getResponse());
            assertThat(text).as(name).contains(member);
            Map<String, Number> first = JsonPath.read(requests, "$[0].amounts");
            first.forEach((year, kronor) -> assertThat(text).as(name + " " + year).contains(MoneyFormat.kronor(Money.ofKronor(kronor.longValue()))));
            mvc.perform(get(JsonPath.<String>read(requests, "$[0].docx")).session(director)).andExpect(status().isOk());

            // The pack: notice of the December meeting that has the plan on its agenda, the draft, the consultation and the contributions.
            String meeting = JsonPath.read(mvc.perform(post("/api/v1/associations/{id}/meetings", association.id()).session(director).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"" + (budgetYear - 1) + "-12-10\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
            mvc.perform(post("/api/v1/associations/{id}/meetings/{m}/items", association.id(), meeting).session(director).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Verksamhetsplan och budget\", \"subject\": {\"type\": \"PLAN_ADOPTION\", \"id\": \""
                            + JsonPath.read(budget, "$.planId") + "\"}}")).andExpect(status().isCreated());
            String pack = text(mvc.perform(get("/api/v1/associations/{id}/board-pack/{y}.pdf", association.id(), budgetYear).session(director))
                    .andExpect(status().isOk()).andReturn().getResponse());
            assertThat(pack).as(name).contains("Kallelse till styrelsemöte " + (budgetYear - 1) + "-12-10").contains("Samrådet med medlemmarna")
                    .contains("Medlemmarnas bidrag per planår").contains("Begäran om medel: " + member);
            mvc.perform(get("/api/v1/associations/{id}/board-pack/{y}.docx", association.id(), budgetYear).session(director)).andExpect(status().isOk());
        }
    }

    @Test
    void aYearWithoutAPlanIsNamedNotFailed() throws Exception {
        Association association = associations.findByName(SEEDS.get(0)).orElseThrow();
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
        mvc.perform(get("/api/v1/associations/{id}/funding-requests/{y}", association.id(), 2090).session(director)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/associations/{id}/board-pack/{y}.pdf", association.id(), 1999).session(director)).andExpect(status().isNotFound());
    }

    static String text(MockHttpServletResponse response) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
