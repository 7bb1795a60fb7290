package se.samordna.platform;

import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.shared.Role;

/** Dates are ISO (2027-01-01) in both languages: never 1/1/27. */
@SamordnaTest
class IsoDatesTest {

    private static final Pattern US_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;

    @Test
    void everyMainPageInEnglishPrintsIsoDates() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String base = "/associations/" + kd.id();
        for (String page : List.of(base, base + "/budget", base + "/members", base + "/initiatives", base + "/initiatives/rebus-hagfors",
                base + "/goals", base + "/followup?year=2025", base + "/surveys", base + "/statistics", base + "/audit", base + "/people",
                "/comparison", "/account", "/accessibility")) {
            String html = mvc.perform(get(page).param("lang", "en").session(director)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("lang=\"en\"");
            assertThat(US_DATE.matcher(html).find()).as("%s holds a US date: %s", page,
                    US_DATE.matcher(html).results().map(r -> r.group()).toList()).isFalse();
        }
    }
}
