package se.samordna.board;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.samordna.association.Association;
import se.samordna.audit.AuditLog;
import se.samordna.plan.Plans;
import se.samordna.shared.Role;
import se.samordna.shared.Sha256;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * The board's year run by the director alone, as the secretary with the minutes in hand: Södra Dalarna's board (six
 * members, one ordinary and one deputy each) takes an application through an item, the minutes and their adjustment,
 * and the initiative is granted with the minutes' amounts; the next meeting continues the paragraphs; a meeting without
 * quorum is refused with the count; adjusted minutes are frozen, archived and on the public notice board.
 */
@SamordnaTest
@org.springframework.test.context.event.RecordApplicationEvents
class BoardYearTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;
    @Autowired
    AuditLog auditLog;
    @Autowired
    se.samordna.association.Associations associations;
    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    private Association association;
    private MockHttpSession director;

    private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String json(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private String api(String rest) {
        return "/api/v1/associations/" + association.id() + rest;
    }

    private void fresh(String name) throws Exception {
        association = people.fromSeed(name, "sodra-dalarna-2025.yaml");
        director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
        send(post(api("/board/seats/from-plan")), "").andExpect(status().isOk()).andExpect(jsonPath("$.added").value(12));
    }

    private List<String> seats(String kind) throws Exception {
        return JsonPath.read(json(mvc.perform(get(api("/board")).session(director))), "$.seats[?(@.kind == '" + kind + "')].id");
    }

    private String meeting(LocalDate date) throws Exception {
        return JsonPath.read(json(send(post(api("/meetings")), "{\"date\": \"" + date + "\", \"startsAt\": \"13:00\", \"place\": \"Avesta\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.date").value(date.toString()))), "$.id");
    }

    private String item(String meetingId, String title, String type, String subjectId) throws Exception {
        return json(send(post(api("/meetings/" + meetingId + "/items")), """
                {"title": "%s", "subject": {"type": "%s", "id": %s}}""".formatted(title, type, subjectId == null ? "null" : "\"" + subjectId + "\""))
                .andExpect(status().isCreated()));
    }

    /** A new initiative that has applied for 300 000 kr for 2025, waiting for the board. */
    private void application(String name) throws Exception {
        String initiatives = api("/initiatives");
        send(post(initiatives), """
                {"name": "%s", "kind": "INDIVIDUAL", "owner": "Avesta kommun", "members": ["Avesta kommun", "Arbetsförmedlingen"],
                 "start": "2025-03-01", "end": "2025-12-31", "version": %d,
                 "steeringGroup": [{"name": "Förbundschefen", "member": null, "role": "DIRECTOR"}, {"name": "Enhetschef", "member": "Avesta kommun", "role": "MEMBER"}]}""".formatted(name, plans.get(association.id()).version()))
                .andExpect(status().isCreated());
        send(post(initiatives + "/" + se.samordna.plan.InitiativeWorkflow.slug(name) + "/application"), """
                {"date": "2025-01-20", "requested": {"2025": 300000}, "text": "Ansökan om medel", "version": %d}"""
                .formatted(plans.get(association.id()).version())).andExpect(status().isOk());
    }

    @Test
    void theDirectorTakesAnApplicationThroughMinutesAndAdjustmentAndTheInitiativeIsGrantedWithTheMinutesAmounts() throws Exception {
        fresh("Testförbundet Styrelseåret");
        List<String> ordinary = seats("ORDINARY");
        List<String> deputies = seats("DEPUTY");
        assertThat(ordinary).hasSize(6);
        assertThat(deputies).hasSize(6);

        application("Arbetsträning Hedemora");
        String first = meeting(TODAY.minusDays(5));
        String itemJson = item(first, "Ansökan: Arbetsträning Hedemora", "INITIATIVE_APPLICATION", "arbetstraning-hedemora");
        String itemId = JsonPath.read(itemJson, "$.id");
        assertThat(JsonPath.<String>read(itemJson, "$.registryNumber")).isEqualTo(TODAY.minusDays(5).getYear() + "/1");
        String other = JsonPath.read(item(first, "Information från förbundschefen", "OTHER", null), "$.id");

        // The preparation group's statement, recorded by the director from the group's notes.
        send(post(api("/meetings/" + first + "/items/" + itemId + "/statement")), """
                {"date": "%s", "text": "Beredningsgruppen tillstyrker ansökan."}""".formatted(TODAY.minusDays(10)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statement.text").value("Beredningsgruppen tillstyrker ansökan."));

        // Three of six ordinary seats are not more than half: refused with the count, nothing saved.
        send(put(api("/meetings/" + first + "/minutes")), """
                {"present": ["%s", "%s", "%s"], "adjusters": ["Anna Andersson"], "items": []}""".formatted(ordinary.get(0), ordinary.get(1), ordinary.get(2)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("3 av 6")));
        mvc.perform(get(api("/meetings/" + first)).session(director)).andExpect(jsonPath("$.minutes").value("NONE"));

        // Three ordinary members and the deputy of a fourth member: four serve, the deputy for their own member's seat.
        String minutes = json(send(put(api("/meetings/" + first + "/minutes")), """
                {"present": ["%s", "%s", "%s", "%s"], "adjusters": ["Anna Andersson"],
                 "items": [{"itemId": "%s", "decision": "GRANT", "amounts": {"2025": 250000}, "text": "Villkor: halvårsrapport."},
                           {"itemId": "%s", "decision": "NOTE"}]}"""
                .formatted(ordinary.get(0), ordinary.get(1), ordinary.get(2), deputies.get(3), itemId, other)).andExpect(status().isOk()));
        assertThat(JsonPath.<List<Integer>>read(minutes, "$.items[*].paragraph")).containsExactly(1, 2);
        String meetingJson = json(mvc.perform(get(api("/meetings/" + first)).session(director)));
        assertThat(JsonPath.<Integer>read(meetingJson, "$.quorum.serving")).isEqualTo(4);
        assertThat(JsonPath.<String>read(meetingJson, "$.attendance[3].servingFor")).isEqualTo(ordinary.get(3));

        // Nothing happens before adjustment; the minutes' draft says it is a draft.
        assertThat(state("arbetstraning-hedemora")).isEqualTo("APPLIED");
        send(post(api("/meetings/" + first + "/minutes/adjusted")), "{\"signedOn\": \"" + TODAY.plusDays(1) + "\"}")
                .andExpect(status().isBadRequest());
        send(post(api("/meetings/" + first + "/minutes/adjusted")), "{\"signedOn\": \"" + TODAY.minusDays(2) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes").value("ADJUSTED"));

        // The initiative is granted with the minutes' amount, its decision naming the meeting and the paragraph.
        String initiative = json(mvc.perform(get(api("/initiatives/arbetstraning-hedemora")).session(director)));
        assertThat(JsonPath.<String>read(initiative, "$.initiative.state")).isEqualTo("GRANTED");
        assertThat(JsonPath.<Number>read(initiative, "$.initiative.decision.amounts.2025").longValue()).isEqualTo(250_000);
        assertThat(JsonPath.<String>read(initiative, "$.initiative.decision.minutes")).isEqualTo("Styrelsemöte " + TODAY.minusDays(5) + " § 1");
        assertThat(auditLog.entries(association.id(), 50)).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("initiative");
            assertThat(e.action()).isEqualTo("granted");
            assertThat(e.changes()).contains("Styrelsemöte " + TODAY.minusDays(5) + " § 1");
        });

        // The grant went through the initiative's own verb, which said so in the past tense.
        assertThat(events.stream(se.samordna.plan.InitiativeEvent.Granted.class)).anySatisfy(e -> {
            assertThat(e.initiativeId().value()).isEqualTo("arbetstraning-hedemora");
            assertThat(e.minutes()).isEqualTo("Styrelsemöte " + TODAY.minusDays(5) + " § 1");
            assertThat(e.amounts()).containsEntry(2025, se.samordna.shared.Money.ofKronor(250_000));
        });
        assertThat(events.stream(se.samordna.plan.InitiativeEvent.StatementGiven.class)).isNotEmpty();
        // Frozen: the minutes answer 409 to changes, and their PDF is the archived bytes every time.
        send(put(api("/meetings/" + first + "/minutes")), """
                {"present": ["%s", "%s", "%s", "%s"], "adjusters": [], "items": []}""".formatted(ordinary.get(0), ordinary.get(1), ordinary.get(2), ordinary.get(3)))
                .andExpect(status().isConflict());
        send(post(api("/meetings/" + first + "/items")), "{\"title\": \"Sent ärende\"}").andExpect(status().isConflict());
        MockHttpServletResponse pdf = mvc.perform(get(api("/meetings/" + first + "/minutes.pdf")).session(director)).andReturn().getResponse();
        MockHttpServletResponse again = mvc.perform(get(api("/meetings/" + first + "/minutes.pdf")).session(director)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentAsByteArray()).isEqualTo(again.getContentAsByteArray());
        assertThat(pdf.getHeader("X-Content-SHA256")).isEqualTo(Sha256.hex(pdf.getContentAsByteArray()));

        // On the public notice board, without sign-in: posted today, three weeks to appeal (moved past a weekend or holiday).
        String board = json(mvc.perform(get("/public/api/associations/" + association.slug() + "/notice-board")).andExpect(status().isOk()));
        assertThat(JsonPath.<String>read(board, "$[0].meetingDate")).isEqualTo(TODAY.minusDays(5).toString());
        assertThat(JsonPath.<String>read(board, "$[0].postedOn")).isEqualTo(TODAY.toString());
        assertThat(JsonPath.<String>read(board, "$[0].appealUntil")).isEqualTo(NoticeBoard.appealUntil(TODAY, 21).toString());
        byte[] published = mvc.perform(get(JsonPath.<String>read(board, "$[0].minutes"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(published).isEqualTo(pdf.getContentAsByteArray());
        assertThat(mvc.perform(get("/public/associations/" + association.slug() + "/notice-board")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("28 §").contains("13 kap. kommunallagen");

        // The second meeting of the year continues the paragraphs; its grant overspends and is recorded as the board took it.
        application("Stöd till arbete Säter");
        String second = meeting(TODAY.minusDays(3));
        String secondItem = JsonPath.read(item(second, "Ansökan: Stöd till arbete Säter", "INITIATIVE_APPLICATION", "stod-till-arbete-sater"), "$.registryNumber");
        assertThat(secondItem).isEqualTo(TODAY.minusDays(3).getYear() + "/3");
        String secondId = JsonPath.read(json(mvc.perform(get(api("/meetings/" + second)).session(director))), "$.items[0].id");
        send(post(api("/meetings/" + second + "/items/" + secondId + "/statement")), """
                {"date": "%s", "text": "Tillstyrks."}""".formatted(TODAY.minusDays(4))).andExpect(status().isOk());
        List<String> before = JsonPath.read(json(mvc.perform(get(api("/budget/findings")).session(director))), "$[?(@.code in ['FUNDS_EXCEEDED', 'EQUITY_BELOW_FLOOR'])].message");
        String secondMinutes = json(send(put(api("/meetings/" + second + "/minutes")), """
                {"present": %s, "adjusters": ["Bo Berg"], "items": [{"itemId": "%s", "decision": "GRANT", "amounts": {"2025": 9000000}}]}"""
                .formatted(toJson(ordinary), secondId)).andExpect(status().isOk()));
        assertThat(JsonPath.<List<Integer>>read(secondMinutes, "$.items[*].paragraph")).containsExactly(3);
        send(post(api("/meetings/" + second + "/minutes/adjusted")), "{\"signedOn\": \"" + TODAY + "\"}").andExpect(status().isOk());
        assertThat(state("stod-till-arbete-sater")).isEqualTo("GRANTED");
        String findings = json(mvc.perform(get(api("/budget/findings")).session(director)));
        List<String> after = JsonPath.read(findings, "$[?(@.code in ['FUNDS_EXCEEDED', 'EQUITY_BELOW_FLOOR'])].message");
        // The seed's own 2025 shortfall grows by the grant: the same finding, now with the larger figure.
        assertThat(after).isNotEmpty().isNotEqualTo(before);

        // The public registry names the items and their status, never a statement or a decision's text.
        String publicRegistry = mvc.perform(get("/public/associations/" + association.slug() + "/registry")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(publicRegistry).contains(TODAY.minusDays(5).getYear() + "/1").contains("Beslutat och justerat")
                .doesNotContain("Villkor: halvårsrapport.").doesNotContain("tillstyrker");
        assertThat(mvc.perform(get("/associations/" + association.id() + "/registry").param("q", "Hedemora").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Ansökan: Arbetsträning Hedemora");
        // The registry lists both meetings' items, searchable.
        String registry = json(mvc.perform(get(api("/registry")).param("q", "säter").session(director)));
        assertThat(JsonPath.<List<String>>read(registry, "$[*].registryNumber")).containsExactly(TODAY.minusDays(3).getYear() + "/3");
    }

    @Test
    void refusalsAndWrongDecisionsAreNamedAndChangeNothing() throws Exception {
        fresh("Testförbundet Fel i protokollet");
        List<String> ordinary = seats("ORDINARY");
        application("Felansökan");
        String meetingId = meeting(TODAY.minusDays(1));
        String itemId = JsonPath.read(item(meetingId, "Ansökan", "INITIATIVE_APPLICATION", "felansokan"), "$.id");
        // Adopting an application is not a decision that fits it; a grant without amounts is refused too.
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "items": [{"itemId": "%s", "decision": "ADOPT"}]}""".formatted(toJson(ordinary), itemId))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].place").value("Beslut på rad 1"));
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "items": [{"itemId": "%s", "decision": "GRANT"}]}""".formatted(toJson(ordinary), itemId))
                .andExpect(status().isBadRequest());
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "items": [{"itemId": "%s", "decision": "MAYBE"}]}""".formatted(toJson(ordinary), itemId))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("MAYBE")));
        // No statement from the preparation group: the minutes still record the grant as the board took it.
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "items": [{"itemId": "%s", "decision": "GRANT", "amounts": {"2025": 1000}}]}""".formatted(toJson(ordinary), itemId))
                .andExpect(status().isOk());
        // The statement comes, then the initiative is decided on elsewhere before adjustment: the adjustment is refused
        // naming the paragraph, and nothing changes.
        send(post(api("/meetings/" + meetingId + "/items/" + itemId + "/statement")), "{\"date\": \"" + TODAY.minusDays(2) + "\", \"text\": \"Tillstyrks.\"}")
                .andExpect(status().isOk());
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "items": [{"itemId": "%s", "decision": "GRANT", "amounts": {"2025": 1000}}]}""".formatted(toJson(ordinary), itemId))
                .andExpect(status().isOk());
        MockHttpSession boardMember = TestPeople.login(mvc, people.with(Role.BOARD, association), TestPeople.PASSWORD);
        mvc.perform(post(api("/initiatives/felansokan/decision")).session(boardMember).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"date": "%s", "minutes": "§ 99", "grant": false, "reason": "Avslag", "version": %d}""".formatted(TODAY.minusDays(1), plans.get(association.id()).version())))
                .andExpect(status().isOk());
        send(post(api("/meetings/" + meetingId + "/minutes/adjusted")), "{\"signedOn\": \"" + TODAY + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", Matchers.containsString("§ 1")));
        mvc.perform(get(api("/meetings/" + meetingId)).session(director)).andExpect(jsonPath("$.minutes").value("RECORDED"));
        assertThat(state("felansokan")).isEqualTo("REFUSED");
        // Two people keeping the same minutes: the one who started from an older version is refused, nothing overwritten.
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "items": [], "version": 0}""".formatted(toJson(ordinary))).andExpect(status().isConflict());
        mvc.perform(get(api("/meetings/" + meetingId)).session(director)).andExpect(jsonPath("$.items[0].decision").value("GRANT"));
        // The meeting moves within its year; not into another year, where its registry numbers do not belong.
        send(put(api("/meetings/" + meetingId)), "{\"date\": \"" + TODAY.minusDays(2) + "\", \"startsAt\": \"10:00\", \"place\": \"Säter\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.place").value("Säter"));
        send(put(api("/meetings/" + meetingId)), "{\"date\": \"" + TODAY.plusYears(1) + "\"}").andExpect(status().isConflict());
        // A subject that does not exist, an unknown seat, a meeting in the future cannot be adjusted.
        send(post(api("/meetings/" + meetingId + "/items")), "{\"title\": \"X\", \"subject\": {\"type\": \"INITIATIVE_APPLICATION\", \"id\": \"finns-inte\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("finns-inte")));
        send(put(api("/meetings/" + meetingId + "/minutes")), "{\"present\": [\"" + UUID.randomUUID() + "\"], \"items\": []}")
                .andExpect(status().isBadRequest());
        String future = meeting(TODAY.plusDays(10));
        send(put(api("/meetings/" + future + "/minutes")), "{\"present\": " + toJson(ordinary) + ", \"items\": []}").andExpect(status().isOk());
        send(post(api("/meetings/" + future + "/minutes/adjusted")), "{\"signedOn\": \"" + TODAY + "\"}").andExpect(status().isBadRequest());
    }

    @Test
    void aGrantInTheMinutesStandsAsTheBoardTookItEvenWithoutStatementOrSteeringGroup() throws Exception {
        fresh("Testförbundet Som beslutat");
        String initiatives = api("/initiatives");
        send(post(initiatives), """
                {"name": "Utan styrgrupp", "kind": "INDIVIDUAL", "owner": "Avesta kommun", "members": ["Avesta kommun", "Arbetsförmedlingen"],
                 "start": "2025-03-01", "end": "2025-12-31", "version": %d}""".formatted(plans.get(association.id()).version())).andExpect(status().isCreated());
        String meetingId = meeting(TODAY.minusDays(2));
        String itemId = JsonPath.read(item(meetingId, "Utan styrgrupp", "INITIATIVE_APPLICATION", "utan-styrgrupp"), "$.id");
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "items": [{"itemId": "%s", "decision": "GRANT", "amounts": {"2025": 200000}}]}""".formatted(toJson(seats("ORDINARY")), itemId))
                .andExpect(status().isOk());
        send(post(api("/meetings/" + meetingId + "/minutes/adjusted")), "{\"signedOn\": \"" + TODAY + "\"}").andExpect(status().isOk());
        assertThat(state("utan-styrgrupp")).isEqualTo("GRANTED");
        assertThat(auditLog.entries(association.id(), 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("granted");
            assertThat(e.changes()).contains("withoutStatement").contains("true");
        });
    }

    @Test
    void eachSeedsBoardHasTheSeatsItsDocumentStates() throws Exception {
        Map<String, Integer> stated = Map.of("Norra Västmanlands Samordningsförbund", 9, "Samordningsförbundet i Örnsköldsvik", 4,
                "Klarälvdalens Samordningsförbund", 6, "Södra Dalarnas Samordningsförbund", 6, "Västerbergslagens Samordningsförbund", 5);
        for (Map.Entry<String, Integer> seed : stated.entrySet()) {
            association = associations.findByName(seed.getKey()).orElseThrow();
            director = TestPeople.login(mvc, people.with(Role.AUDITOR, association), TestPeople.PASSWORD);
            String board = json(mvc.perform(get(api("/board")).session(director)).andExpect(status().isOk()));
            assertThat(JsonPath.<List<String>>read(board, "$.seats[?(@.kind == 'ORDINARY')].id")).as(seed.getKey()).hasSize(seed.getValue());
            assertThat(JsonPath.<List<String>>read(board, "$.seats[?(@.kind == 'DEPUTY')].id")).as(seed.getKey()).hasSize(seed.getValue());
        }
    }

    @Test
    void thePlanDocumentPrintsTheBoardFromTheRegisterAndNoEmptyColumns() throws Exception {
        fresh("Testförbundet Styrelsen i planen");
        String before = BoardPackTest.text(mvc.perform(get(api("/documents/plan.pdf")).session(director)).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(before).contains("Medlemmar och styrelse").doesNotContain("Ordinarie ledamot").doesNotContain("Ersättare");
        String seat = seats("ORDINARY").get(3);
        send(post(api("/board/seats/" + seat + "/terms")), """
                {"person": "Lena Holm", "role": "CHAIR", "termFrom": "2023-01-01"}""").andExpect(status().isCreated())
                .andExpect(jsonPath("$.person.name").value("Lena Holm")).andExpect(jsonPath("$.role").value("CHAIR"));
        String after = BoardPackTest.text(mvc.perform(get(api("/documents/plan.pdf")).session(director)).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(after).contains("Ordinarie ledamot").contains("Lena Holm (ordförande)").doesNotContain("Ersättare");
    }

    @Test
    void anItemCarriesTheMembersPdfsAndTheNoticeNamesThem() throws Exception {
        fresh("Testförbundet Bilagorna");
        String meetingId = meeting(TODAY.plusDays(14));
        String itemId = JsonPath.read(item(meetingId, "Delårsrapport", "INTERIM_REPORT", "2026"), "$.id");
        String attachments = api("/meetings/" + meetingId + "/items/" + itemId + "/attachments");
        mvc.perform(post(attachments).param("name", "rapport.docx").session(director).with(csrf()).contentType("application/pdf")
                        .content("PK\u0003\u0004 inte en pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("rapport.docx.pdf")));
        byte[] pdf = BoardPackTestPdf.minimal();
        String added = json(mvc.perform(post(attachments).param("name", "../../etc/<b>Avesta\u202e rapport.pdf").session(director).with(csrf())
                .contentType("application/pdf").content(pdf)).andExpect(status().isCreated()));
        assertThat(JsonPath.<String>read(added, "$.name")).isEqualTo("bAvesta rapport.pdf");
        String url = JsonPath.read(json(mvc.perform(get(api("/meetings/" + meetingId)).session(director))), "$.items[0].attachments[0].url");
        MockHttpServletResponse file = mvc.perform(get(url).session(director)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(file.getHeader("X-Content-SHA256")).isEqualTo(Sha256.hex(pdf));
        assertThat(file.getHeader("Content-Disposition")).doesNotContain("/").doesNotContain("<");
        String notice = BoardPackTest.text(mvc.perform(get(api("/meetings/" + meetingId + "/notice.pdf")).session(director)).andReturn().getResponse());
        assertThat(notice).contains("Delårsrapport").contains("bAvesta rapport.pdf").contains(TODAY.plusDays(14).getYear() + "/1");
    }

    @Test
    void aClosedYearGoesToTheArchiveAsOnePackageWithEveryFilesChecksum() throws Exception {
        fresh("Testförbundet Arkivet");
        int year = TODAY.getYear() - 1;
        String meetingId = meeting(LocalDate.of(year, 12, 10));
        String itemId = JsonPath.read(item(meetingId, "Information om året", "OTHER", null), "$.id");
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "adjusters": ["Ulla Ek"], "items": [{"itemId": "%s", "decision": "NOTE", "text": "Informationen läggs till handlingarna."}]}"""
                .formatted(toJson(seats("ORDINARY")), itemId)).andExpect(status().isOk());
        send(post(api("/meetings/" + meetingId + "/minutes/adjusted")), "{\"signedOn\": \"" + year + "-12-14\"}").andExpect(status().isOk());
        byte[] minutesPdf = mvc.perform(get(api("/meetings/" + meetingId + "/minutes.pdf")).session(director)).andReturn().getResponse().getContentAsByteArray();

        mvc.perform(get(api("/archive/" + TODAY.getYear() + ".zip")).session(director)).andExpect(status().isConflict());
        byte[] zip = mvc.perform(get(api("/archive/" + year + ".zip")).session(director)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String root = "samordna-" + association.slug() + "-" + year + "/";
        String mets = new String(entries.get(root + "METS.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mets).contains("PROFILE=\"https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml\"").contains("LABEL=\"CSIP\"");
        String minutesEntry = entries.keySet().stream().filter(n -> n.startsWith(root + "representations/rep1/data/protokoll/")).findFirst().orElseThrow();
        assertThat(entries.get(minutesEntry)).isEqualTo(minutesPdf);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith("METS.xml")) {
                assertThat(mets).as(e.getKey()).contains("CHECKSUM=\"" + Sha256.hex(e.getValue()).toUpperCase(java.util.Locale.ROOT) + "\"")
                        .contains(e.getKey().substring(root.length()));
            }
        }
        String registry = new String(entries.get(root + "representations/rep1/data/diarium-" + year + ".csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(registry).contains(year + "/1").contains("Information om året").contains("§ 1");
    }

    @Test
    void minutesThatAdoptThePlanAndTheAnnualReportFreezeThePlanAsTheBoardsAdoptionDoes() throws Exception {
        fresh("Testförbundet Fastställelsen");
        String planId = JsonPath.read(json(mvc.perform(get(api("/budget")).session(director))), "$.planId");
        long version = ((Number) JsonPath.read(json(mvc.perform(get(api("/plans/" + planId)).session(director))), "$.version")).longValue();
        send(post(api("/plans/" + planId + "/consultation")), "{\"sentOn\": \"" + TODAY.minusDays(40) + "\", \"version\": " + version + "}")
                .andExpect(status().isOk());
        send(post(api("/plans/" + planId + "/consultation/responses")), """
                {"member": "Avesta kommun", "receivedOn": "%s", "text": "Kommunen tillstyrker budgetramen."}""".formatted(TODAY.minusDays(20)))
                .andExpect(status().isCreated());
        String meetingId = meeting(TODAY.minusDays(6));
        String planItem = JsonPath.read(item(meetingId, "Verksamhetsplan och budget", "PLAN_ADOPTION", planId), "$.id");
        String reportItem = JsonPath.read(item(meetingId, "Årsredovisning", "ANNUAL_REPORT", String.valueOf(TODAY.getYear() - 1)), "$.id");
        send(put(api("/meetings/" + meetingId + "/minutes")), """
                {"present": %s, "adjusters": ["Ulla Ek"], "items": [{"itemId": "%s", "decision": "ADOPT"}, {"itemId": "%s", "decision": "ADOPT"}]}"""
                .formatted(toJson(seats("ORDINARY")), planItem, reportItem)).andExpect(status().isOk());
        mvc.perform(get(api("/plans/" + planId)).session(director)).andExpect(jsonPath("$.status").value("CONSULTATION"));
        send(post(api("/meetings/" + meetingId + "/minutes/adjusted")), "{\"signedOn\": \"" + TODAY + "\"}").andExpect(status().isOk());
        mvc.perform(get(api("/plans/" + planId)).session(director)).andExpect(jsonPath("$.status").value("ADOPTED"))
                .andExpect(jsonPath("$.adoptedOn").value(TODAY.minusDays(6).toString()))
                .andExpect(jsonPath("$.minutes").value("Styrelsemöte " + TODAY.minusDays(6) + " § 1"));
        // The adopted document records how: the meeting's paragraph, each member without a consultation response.
        String adopted = BoardPackTest.text(mvc.perform(get(api("/plans/" + planId + "/document.pdf")).session(director)).andReturn().getResponse());
        assertThat(adopted).contains("Så fastställdes planen (Samordnas protokollering)")
                .contains("Styrelsen fastställde planen " + TODAY.minusDays(6) + " (Styrelsemöte " + TODAY.minusDays(6) + " § 1)")
                .contains("Förslaget skickades till medlemmarna för samråd " + TODAY.minusDays(40))
                .contains("Kommunen tillstyrker budgetramen.").contains("Hedemora kommun").contains("Inget svar har registrerats.");
        // Frozen as any adoption: a change to the budget is refused.
        send(post(api("/budget/amounts")), """
                {"group": 0, "line": 0, "year": 2025, "amount": "1", "version": %d}""".formatted(plans.get(association.id()).version()))
                .andExpect(status().isConflict());
        assertThat(auditLog.entries(association.id(), 50)).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("annual-report");
            assertThat(e.changes()).contains("§ 2");
        });
    }

    /** The smallest PDF a reader opens: one empty page. */
    static final class BoardPackTestPdf {
        static byte[] minimal() throws Exception {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                 java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

    private String state(String initiative) throws Exception {
        return JsonPath.read(json(mvc.perform(get(api("/initiatives/" + initiative)).session(director))), "$.initiative.state");
    }

    private static String toJson(List<String> ids) {
        return "[" + String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList()) + "]";
    }
}
