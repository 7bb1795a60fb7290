package se.samordna.initiative.web;

import se.samordna.shared.AssociationId;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.association.Association;
import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.shared.Money;
import se.samordna.shared.Role;

/** Every rule of an initiative's life through the API, each step by the role that takes it. */
@SamordnaTest
@org.springframework.test.context.event.RecordApplicationEvents
class InitiativeLifeTest {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;
    @Autowired
    se.samordna.initiative.InitiativeRecords records;

    ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long version(Association association) {
        return plans.get(association.id()).version();
    }

    String path(Association association, String rest) {
        return "/api/v1/associations/" + association.id() + "/initiatives" + rest;
    }

    @Test
    void anInitiativeGoesFromIdeaToFinalReportByTheRightRolesUnderTheRules() throws Exception {
        Association orn = people.association("Örnsköldsvik");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, orn), TestPeople.PASSWORD);
        MockHttpSession preparation = TestPeople.login(mvc, people.with(Role.PREPARATION, orn), TestPeople.PASSWORD);
        String reporterName = people.with(Role.INITIATIVE_REPORTER, orn);
        MockHttpSession reporter = TestPeople.login(mvc, reporterName, TestPeople.PASSWORD);

        send(director, post(path(orn, "")), """
                {"name": "Arbetsträning Norr", "kind": "INDIVIDUAL", "owner": "Örnsköldsviks kommun", "members": [],
                 "start": "2025-03-01", "end": "2026-02-28", "version": %d}""".formatted(version(orn)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", Matchers.hasItem("Minst två av förbundets medlemmar ska medverka i insatsen.")));
        send(director, post(path(orn, "")), """
                {"name": "Arbetsträning Norr", "kind": "INDIVIDUAL", "owner": "Örnsköldsviks kommun", "members": ["Region Västernorrland"],
                 "start": "2026-03-01", "end": "2025-02-28", "version": %d}""".formatted(version(orn)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("ligger före startdatum")));
        String description = """
                {"name": "Arbetsträning Norr", "kind": "INDIVIDUAL", "owner": "Örnsköldsviks kommun", "members": ["Region Västernorrland"],
                 "targetGroup": "Unga vuxna långt från arbetsmarknaden", "ageFrom": 18, "ageTo": 29, "municipalities": ["Örnsköldsviks kommun"],
                 "start": "2025-03-01", "end": "2026-02-28", "steeringGroup": %s, "version": %d}""";
        send(director, post(path(orn, "")), description.formatted("[]", version(orn)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.initiative.id").value("arbetstraning-norr"))
                .andExpect(jsonPath("$.initiative.state").value("IDEA"));
        String id = "/arbetstraning-norr";

        send(board, post(path(orn, id + "/decision")), """
                {"date": "2025-02-10", "minutes": "§ 4", "grant": true, "amounts": {"2025": 150000}, "version": %d}""".formatted(version(orn)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("har status idé")));
        send(director, post(path(orn, id + "/application")), """
                {"date": "2025-01-20", "requested": {"2025": 150000, "2026": 30000}, "text": "Ansökan från kommunen", "version": %d}"""
                .formatted(version(orn))).andExpect(status().isOk()).andExpect(jsonPath("$.initiative.state").value("APPLIED"));
        assertThat(mvc.perform(get("/associations/{id}/initiatives/awaiting", orn.id()).session(board)).andReturn().getResponse()
                .getContentAsString()).as("the start page tells what waits").contains("ansökan väntar på beredningsgruppens yttrande");
        send(board, post(path(orn, id + "/decision")), """
                {"date": "2025-02-10", "minutes": "§ 4", "grant": false, "reason": "Dubblerar annan insats", "version": %d}""".formatted(version(orn)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("yttrande ska finnas innan styrelsen beslutar")));
        String boardsView = mvc.perform(get("/associations/{id}/initiatives/arbetstraning-norr", orn.id()).session(board))
                .andReturn().getResponse().getContentAsString();
        assertThat(boardsView).as("no decision form before the statement").doesNotContain("decision-form-heading")
                .contains("när beredningsgruppen har lämnat sitt yttrande");
        assertThat(mvc.perform(get("/associations/{id}/initiatives/arbetstraning-norr", orn.id()).session(preparation)).andReturn()
                .getResponse().getContentAsString()).as("the preparation group reads what it comments on").contains("Ansökan från kommunen");
        send(board, post(path(orn, id + "/decision")), """
                {"date": "2025-02-10", "minutes": "§ 4", "grant": true, "amounts": {"2025": 150000}, "version": %d}""".formatted(version(orn)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("yttrande ska finnas innan styrelsen beslutar")));
        send(director, post(path(orn, id + "/statement")), """
                {"date": "2025-02-01", "text": "LSG tillstyrker", "version": %d}""".formatted(version(orn)))
                .andExpect(status().isForbidden());
        send(preparation, post(path(orn, id + "/statement")), """
                {"date": "2025-02-01", "text": "LSG tillstyrker ansökan.", "version": %d}""".formatted(version(orn)))
                .andExpect(status().isOk());
        send(board, post(path(orn, id + "/decision")), """
                {"date": "2025-02-10", "minutes": "§ 4", "grant": true, "amounts": {"2025": 150000}, "version": %d}""".formatted(version(orn)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("ska ha en styrgrupp")));
        send(director, put(path(orn, id)), description.formatted("[{\"name\": \"Enhetschef\", \"member\": \"Örnsköldsviks kommun\", \"role\": \"MEMBER\"}]", version(orn)))
                .andExpect(status().isOk());
        send(board, post(path(orn, id + "/decision")), """
                {"date": "2025-02-10", "minutes": "§ 4", "grant": true, "amounts": {"2025": 150000}, "version": %d}""".formatted(version(orn)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("Förbundschefen ska ingå")));
        send(director, put(path(orn, id)), description.formatted("[{\"name\": \"Förbundschef\", \"role\": \"DIRECTOR\"}]", version(orn)))
                .andExpect(status().isOk());
        long stale = version(orn) - 1;
        send(board, post(path(orn, id + "/decision")), """
                {"date": "2025-02-10", "minutes": "§ 4", "grant": true, "amounts": {"2025": 150000}, "version": %d}""".formatted(stale))
                .andExpect(status().isConflict());
        send(board, post(path(orn, id + "/decision")), """
                {"date": "2025-02-10", "minutes": "§ 4 2025-02-10", "grant": true, "amounts": {"2025": 150000}, "conditions": "Halvårsrapport", "version": %d}"""
                .formatted(version(orn)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initiative.state").value("GRANTED"))
                .andExpect(jsonPath("$.initiative.granted['2025']").value(150000));
        assertThat(plans.get(orn.id()).plan().budget().groups().stream().flatMap(g -> g.lines().stream())
                .filter(l -> "arbetstraning-norr".equals(l.initiative()) && "Arbetsträning Norr".equals(l.name())).findFirst().orElseThrow().amount(2025))
                .isEqualTo(Money.ofKronor(150_000));
        mvc.perform(get("/api/v1/associations/{id}/budget", orn.id()).session(board))
                .andExpect(jsonPath("$.years[0].costs").value(5_074_000));

        send(director, post(path(orn, id + "/agreement")), """
                {"date": "2025-02-20", "start": "2025-03-01", "end": "2026-02-28", "amounts": {"2025": 200000}, "version": %d}"""
                .formatted(version(orn)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("beviljade")));
        send(director, post(path(orn, id + "/agreement")), """
                {"date": "2025-02-20", "start": "2025-03-01", "end": "2026-02-28", "amounts": {"2025": 150000}, "version": %d}"""
                .formatted(version(orn))).andExpect(status().isOk()).andExpect(jsonPath("$.initiative.state").value("AGREED"));
        send(director, post(path(orn, id + "/start")), "{\"version\": %d}".formatted(version(orn)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.initiative.state").value("RUNNING"));

        mvc.perform(get(path(orn, id)).session(reporter)).andExpect(status().isForbidden());
        send(director, post(path(orn, id + "/reporters")), "{\"username\": \"" + reporterName + "\"}").andExpect(status().isCreated());
        mvc.perform(get(path(orn, id)).session(reporter)).andExpect(status().isOk())
                .andExpect(jsonPath("$.reportsDue[*].period", Matchers.contains("2025H1", "2025", "FINAL")));
        mvc.perform(get(path(orn, "")).session(reporter)).andExpect(jsonPath("$.initiatives.length()").value(1));
        mvc.perform(get(path(orn, "/vidare-vy")).session(reporter)).andExpect(status().isForbidden());

        send(director, post(path(orn, id + "/close")), "{\"version\": %d}".formatted(version(orn)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("slutrapporten")));
        // A draft saved on the page keeps the reporter on the report.
        mvc.perform(post("/associations/{id}/initiatives/arbetstraning-norr/reports/2025H1", orn.id()).session(reporter).with(csrf())
                        .param("section[done]", "Utkast om arbetsträningen.").param("action", "draft"))
                .andExpect(redirectedUrl("/associations/" + orn.id() + "/initiatives/arbetstraning-norr/reports/2025H1?saved"));
        assertThat(mvc.perform(get("/associations/{id}/initiatives", orn.id()).session(reporter)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).as("a reporter's own Initiatives page").contains("Arbetsträning Norr");
        send(reporter, put(path(orn, id + "/reports/FINAL")), """
                {"sections": {"done": "Tolv deltagare i arbetsträning.", "results": "Sju gick vidare till arbete eller studier.",
                 "lessons": "Tidig kontakt med arbetsgivare."}, "participants": 12, "costs": 148000, "submit": true}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.submittedBy").value(reporterName));
        assertThat(events.stream(se.samordna.plan.InitiativeEvent.Reported.class))
                .as("the final report handed in is the initiative's own event").anySatisfy(e -> {
                    assertThat(e.initiativeId().value()).isEqualTo("arbetstraning-norr");
                    assertThat(e.period()).isEqualTo("FINAL");
                });
        send(reporter, put(path(orn, id + "/reports/FINAL")), "{\"sections\": {\"done\": \"ändrat\"}, \"version\": 0}")
                .andExpect(status().isConflict());
        send(director, post(path(orn, id + "/close")), "{\"version\": %d, \"date\": \"2026-03-15\"}".formatted(version(orn)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.initiative.state").value("CLOSED"));
        send(director, post(path(orn, id + "/start")), "{\"version\": %d}".formatted(version(orn)))
                .andExpect(status().isConflict());

        send(director, put(path(orn, id + "/outcome")), "{\"year\": 2025, \"amount\": -5}").andExpect(status().isBadRequest());
        send(director, put(path(orn, id + "/outcome")), "{\"year\": 2025, \"amount\": 148000}").andExpect(status().isOk());
        mvc.perform(get(path(orn, "/follow-up")).session(board))
                .andExpect(jsonPath("$[?(@.initiativeId == 'arbetstraning-norr' && @.year == 2025)].difference").value(Matchers.contains(2000)));

        restore(orn, director);
    }

    @Test
    void aGrantThatWouldOverspendIsRefusedWithTheFiguresUnlessTheBoardConfirmsIt() throws Exception {
        Association sd = people.association("Södra Dalarna");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, sd), TestPeople.PASSWORD);
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, sd), TestPeople.PASSWORD);
        MockHttpSession preparation = TestPeople.login(mvc, people.with(Role.PREPARATION, sd), TestPeople.PASSWORD);
        send(director, post(path(sd, "")), """
                {"name": "Språkstöd Avesta", "kind": "STRUCTURAL", "owner": "Avesta kommun", "members": ["Arbetsförmedlingen"],
                 "version": %d}""".formatted(version(sd))).andExpect(status().isCreated());
        send(director, post(path(sd, "/sprakstod-avesta/application")), """
                {"date": "2025-02-01", "requested": {"2025": 50000}, "version": %d}""".formatted(version(sd))).andExpect(status().isOk());
        send(preparation, post(path(sd, "/sprakstod-avesta/statement")), """
                {"date": "2025-02-05", "text": "Beredningsgruppen tillstyrker.", "version": %d}""".formatted(version(sd))).andExpect(status().isOk());

        send(board, post(path(sd, "/sprakstod-avesta/decision")), """
                {"date": "2025-02-12", "minutes": "§ 9", "grant": true, "amounts": {"2025": 50000}, "version": %d}""".formatted(version(sd)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("utan täckning")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("66\u00a0tkr")));
        // In English, the sentence and the findings in it are English.
        mvc.perform(post(path(sd, "/sprakstod-avesta/decision")).param("lang", "en").session(board).with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                {"date": "2025-02-12", "minutes": "§ 9", "grant": true, "amounts": {"2025": 50000}, "version": %d}""".formatted(version(sd))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("The decision would leave the budget without cover: ")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("exceed the funds there are")))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("utan täckning"))));
        // The same on the page: the decision form comes back with the reason above it and everything typed kept, so
        // confirming is ticking one box on the same form.
        String page = mvc.perform(post("/associations/{id}/initiatives/sprakstod-avesta/decision", sd.id()).session(board).with(csrf())
                        .param("version", String.valueOf(version(sd))).param("outcome", "grant").param("date", "2025-02-12")
                        .param("minutes", "§ 9").param("amount[2025]", "50 000").param("conditions", "Rapport efter halvåret."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"decision-error\"").contains("utan täckning").contains("value=\"§ 9\"")
                .contains("value=\"50 000\"").contains("Rapport efter halvåret.</textarea>").contains("value=\"2025-02-12\"");
        send(board, post(path(sd, "/sprakstod-avesta/decision")), """
                {"date": "2025-02-12", "minutes": "§ 9", "grant": true, "amounts": {"2025": 50000}, "confirm": true, "version": %d}"""
                .formatted(version(sd)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.initiative.state").value("GRANTED"));

        restore(sd, director);
    }

    @Test
    void outcomesAreImportedAllOrNothing() throws Exception {
        Association sd = people.association("Södra Dalarna");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, sd), TestPeople.PASSWORD);
        String path = path(sd, "/outcomes");

        mvc.perform(post(path).session(director).with(csrf()).contentType("text/csv")
                        .content("initiative;year;amount\nsamverkansteam-avesta;2025;1800000\nokand-insats;2025;10\nkraften-hedemora;tjugo;5\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].place").value("rad 3"));
        assertThat(records.outcomes(sd.id())).isEmpty();

        mvc.perform(post(path).session(director).with(csrf()).contentType("text/csv")
                        .content("initiative;year;amount\nsamverkansteam-avesta;2025;1800000\nkraften-hedemora;2025;1650000\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        mvc.perform(get(path(sd, "/follow-up")).session(director))
                .andExpect(jsonPath("$[?(@.initiativeId == 'samverkansteam-avesta' && @.year == 2025)].difference").value(Matchers.contains(40000)))
                .andExpect(jsonPath("$[?(@.initiativeId == 'kraften-hedemora' && @.year == 2025)].difference").value(Matchers.contains(-35000)));

        byte[] pdf = mvc.perform(get("/associations/{id}/year-end.pdf", sd.id()).param("year", "2025").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Uppföljning av verksamhetsåret 2025").contains("Samverkansteam Avesta")
                    .contains("1 840 000 kr").contains("1 800 000 kr").contains("40 000 kr").contains("Summa insatser");
        }
        mvc.perform(get("/associations/{id}/year-end.pdf", sd.id()).param("year", "tjugo").session(director)).andExpect(status().isBadRequest());
    }

    private void restore(Association association, MockHttpSession director) throws Exception {
        String file = association.name().contains("Örnsköldsvik") ? "ornskoldsvik-2025.yaml" : "sodra-dalarna-2025.yaml";
        mvc.perform(put("/api/v1/associations/{id}/plan", association.id()).session(director).with(csrf())
                .header("If-Match", "\"" + version(association) + "\"").contentType("application/yaml")
                .content(Seeds.text(file))).andExpect(status().isOk());
    }

    @org.junit.jupiter.api.Test
    void theNewInitiativeFormNamesEveryBadFieldAtOnce() throws Exception {
        Association association = people.fromSeed("Testförbundet Alla felen", "ornskoldsvik-2025.yaml");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
        long before = plans.get(association.id()).version();
        var result = mvc.perform(post("/associations/{id}/initiatives", association.id()).session(director).with(csrf())
                        .param("name", "").param("kind", "INDIVIDUAL").param("owner", "Örnsköldsviks kommun").param("ageFrom", "arton")
                        .param("start", "2025-13-40").param("version", String.valueOf(before)))
                .andExpect(status().isBadRequest()).andReturn();
        // The unreadable age and start date, the missing name and the missing second member, all in one answer.
        var refused = (se.samordna.shared.InvalidInputException) result.getResolvedException();
        assertThat(refused.problems().stream().map(p -> p.place() + ": " + p.message()).toList())
                .anySatisfy(p -> assertThat(p).startsWith("ålder från"))
                .anySatisfy(p -> assertThat(p).startsWith("start"))
                .anySatisfy(p -> assertThat(p).contains("Ge insatsen ett namn"))
                .anySatisfy(p -> assertThat(p).contains("Minst två av förbundets medlemmar"));
        assertThat(plans.get(association.id()).version()).isEqualTo(before);
    }
}
