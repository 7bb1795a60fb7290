package se.samordna.followup.web;

import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.audit.AuditLog;
import se.samordna.shared.Role;

/** Participant records stay with the initiative's reporters; everyone else sees suppressed aggregates. */
@SamordnaTest
class ParticipantFollowUpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    AuditLog auditLog;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void onlyTheInitiativesReportersReachTheRecordsAndTheBoardSeesSuppressedAggregates() throws Exception {
        Association kd = people.association("Klarälvdalen");
        people.keepRecords(kd);
        String records = "/api/v1/associations/" + kd.id() + "/initiatives/rebus-hagfors/participants";
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, kd), TestPeople.PASSWORD);
        String reporterName = people.with(Role.INITIATIVE_REPORTER, kd);
        MockHttpSession reporter = TestPeople.login(mvc, reporterName, TestPeople.PASSWORD);

        mvc.perform(get(records).session(reporter)).andExpect(status().isForbidden());
        assign(kd, director, reporterName, "rebus-hagfors");

        mvc.perform(post(records).session(reporter).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"850101-1234\", \"legalSex\": \"WOMAN\", \"ageBand\": \"20-24\", \"startDate\": \"2025-02-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("personnummer")));
        for (int n = 1; n <= 9; n++) {
            boolean woman = n <= 6;
            String outcome = n <= 4 ? "\"WORK\"" : n <= 6 ? "\"OTHER\"" : "\"STUDIES\"";
            mvc.perform(post(records).session(reporter).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\": \"RH-" + n + "\", \"legalSex\": \"" + (woman ? "WOMAN" : "MAN") + "\", \"ageBand\": \"25-29\","
                                    + " \"homeMunicipality\": \"1783\", \"startDate\": \"2025-02-01\", \"endDate\": \"2025-10-01\","
                                    + " \"outcome\": " + outcome + ", \"stepMovement\": true}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get(records).session(reporter)).andExpect(jsonPath("$.length()").value(9));

        mvc.perform(get(records).session(director)).andExpect(status().isForbidden());
        mvc.perform(get(records).session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/associations/{id}/initiatives/rebus-hagfors/participants", kd.id()).session(board)).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/associations/{id}/followup", kd.id()).param("year", "2025").session(board))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exits.total.value").value(9))
                .andExpect(jsonPath("$.exits.women.value").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.exits.men.value").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.shareEndingInWorkStudiesOrAf.TOTAL").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.meanDays.TOTAL").value(242))
                .andExpect(jsonPath("$.shareWithStepMovement.TOTAL").value(100.0));
        // The year's counts are kept between requests; a change made any way at all (here straight in the database) is seen.
        jdbc.sql("update participant_record set step_movement = false where association_id = :a and initiative_id = 'rebus-hagfors'")
                .param("a", kd.id().value()).update();
        mvc.perform(get("/api/v1/associations/{id}/followup", kd.id()).param("year", "2025").session(board))
                .andExpect(jsonPath("$.shareWithStepMovement.TOTAL").value(0.0));
        jdbc.sql("update participant_record set step_movement = true where association_id = :a and initiative_id = 'rebus-hagfors'")
                .param("a", kd.id().value()).update();

        mvc.perform(put("/api/v1/associations/{id}/initiatives/rebus-hagfors/volumes/2025H1", kd.id()).session(reporter).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"women\": 6, \"men\": 3}")).andExpect(status().isOk());
        String csv = mvc.perform(get("/api/v1/associations/{id}/followup/uppfoljning-finsam.csv", kd.id()).param("year", "2025").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Rebus Hagfors;2025H1;6;3;9");

        byte[] pdf = mvc.perform(get("/associations/{id}/year-end.pdf", kd.id()).param("year", "2025").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Deltagaruppföljning 2025").containsPattern("Avslut\\s+–\\s+–\\s+9")
                    .containsPattern("Nya deltagare \\(Uppföljning Finsam\\)\\s+–\\s+–\\s+9").containsPattern("\\(dagar\\)\\s+–\\s+–\\s+242")
                    .containsPattern("Rebus Hagfors\\s+9\\s+9\\s+–\\s+100 %\\s+242")
                    .doesNotContain("RH-1").doesNotContain("demonstrationsdata");
        }

        mvc.perform(delete(records).session(reporter).with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.deleted").value(9));
        assertThat(auditLog.entries(kd.id(), 5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("deleted-at-end-of-retention"));

        // Taken off the initiative, the reporter no longer reaches its records.
        unassign(kd, director, reporterName, "rebus-hagfors");
        mvc.perform(get(records).session(reporter)).andExpect(status().isForbidden());
        assertThat(auditLog.entries(kd.id(), 5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("unassigned"));
    }

    private void assign(Association kd, MockHttpSession director, String reporterName, String initiative) throws Exception {
        mvc.perform(post("/api/v1/associations/{id}/initiatives/{i}/reporters", kd.id(), initiative).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"" + reporterName + "\"}")).andExpect(status().isCreated());
    }

    private void unassign(Association kd, MockHttpSession director, String reporterName, String initiative) throws Exception {
        String userId = jdbc.sql("select id::text from user_account where username = :u").param("u", reporterName).query(String.class).single();
        mvc.perform(delete("/api/v1/associations/{id}/initiatives/{i}/reporters/{u}", kd.id(), initiative, userId).session(director).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void anInitiativesGoalsAreMeasuredFromItsRecordsWithoutGivingAwayASmallOne() throws Exception {
        Association kd = people.association("Klarälvdalen");
        people.keepRecords(kd);
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String reporterName = people.with(Role.INITIATIVE_REPORTER, kd);
        MockHttpSession reporter = TestPeople.login(mvc, reporterName, TestPeople.PASSWORD);
        assign(kd, director, reporterName, "rebus-hagfors");
        assign(kd, director, reporterName, "modus-munkfors");
        // Rebus Hagfors, 2025: 25 leave, 15 of them to work or studies (60 %), 20 with a step towards work (80 %).
        for (int n = 1; n <= 25; n++) {
            addExit(kd, reporter, "rebus-hagfors", "RB-" + n, n % 2 == 0 ? "WOMAN" : "MAN", n <= 10 ? "WORK" : n <= 15 ? "STUDIES" : "OTHER", n <= 20);
        }
        String goals = "/api/v1/associations/" + kd.id() + "/goals";
        mvc.perform(get(goals).session(director))
                .andExpect(jsonPath("$[?(@.id == 'kd-rebus-hagfors')].indicators[0].latest.value").value(Matchers.contains(80.0)))
                .andExpect(jsonPath("$[?(@.id == 'kd-rebus-hagfors')].indicators[0].status").value(Matchers.contains("MET")))
                .andExpect(jsonPath("$[?(@.id == 'kd-rebus-hagfors')].indicators[1].latest.value").value(Matchers.contains(60.0)))
                .andExpect(jsonPath("$[?(@.id == 'kd-rebus-hagfors')].status").value(Matchers.contains("MET")))
                .andExpect(jsonPath("$[?(@.id == 'kd-individ')].indicators[0].latest.value").value(Matchers.contains(60.0)))
                .andExpect(jsonPath("$[?(@.id == 'kd-modus-munkfors')].indicators[1].status").value(Matchers.contains("NOT_MEASURED")));

        mvc.perform(get("/api/v1/associations/{id}/followup", kd.id()).param("year", "2025").session(director))
                .andExpect(jsonPath("$.initiatives[?(@.initiativeId == 'rebus-hagfors')].exits.value").value(Matchers.contains(25)))
                .andExpect(jsonPath("$.initiatives[?(@.initiativeId == 'rebus-hagfors')].shareWithStepMovement").value(Matchers.contains(80.0)));
        String followUpPage = mvc.perform(get("/associations/{id}/followup", kd.id()).param("year", "2025").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace('\u00a0', ' ');
        assertThat(followUpPage).as("the association's shares on the page").contains("60,0 %").contains("80,0 %");

        // Modus Munkfors: 3 leave, too few to show. With Rebus Hagfors's share and the association's shown, Modus's would
        // follow from them, so Rebus Hagfors's goes too; the association's total (28) stays.
        for (int n = 1; n <= 3; n++) {
            addExit(kd, reporter, "modus-munkfors", "MM-" + n, "WOMAN", "WORK", true);
        }
        mvc.perform(get(goals).session(director))
                .andExpect(jsonPath("$[?(@.id == 'kd-rebus-hagfors')].indicators[1].status").value(Matchers.contains("NOT_MEASURED")))
                .andExpect(jsonPath("$[?(@.id == 'kd-modus-munkfors')].indicators[1].status").value(Matchers.contains("NOT_MEASURED")))
                .andExpect(jsonPath("$[?(@.id == 'kd-individ')].indicators[0].latest.value").value(Matchers.contains(64.3)));
        mvc.perform(get("/api/v1/associations/{id}/followup", kd.id()).param("year", "2025").session(director))
                .andExpect(jsonPath("$.exits.total.value").value(28))
                .andExpect(jsonPath("$.initiatives[?(@.initiativeId == 'modus-munkfors')].exits.value").value(Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.initiatives[?(@.initiativeId == 'rebus-hagfors')].exits.value").value(Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.initiatives[?(@.initiativeId == 'rebus-hagfors')].shareEndingInWorkStudiesOrAf").value(Matchers.contains((Object) null)));

        // An association that keeps no records here enters the share by hand; a value from records replaces it for the same period.
        mvc.perform(post(goals + "/kd-modus-munkfors/indicators/kd-modus-munkfors-2/measurements").session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2025\", \"value\": 50, \"comment\": \"Ur slutrapporten\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get(goals).session(director))
                .andExpect(jsonPath("$[?(@.id == 'kd-modus-munkfors')].indicators[1].latest.value").value(Matchers.contains(50.0)))
                .andExpect(jsonPath("$[?(@.id == 'kd-modus-munkfors')].indicators[1].status").value(Matchers.contains("MET")));

        for (String initiative : new String[]{"rebus-hagfors", "modus-munkfors"}) {
            mvc.perform(delete("/api/v1/associations/{id}/initiatives/{i}/participants", kd.id(), initiative).session(reporter).with(csrf()))
                    .andExpect(status().isOk());
            unassign(kd, director, reporterName, initiative);
        }
    }

    private void addExit(Association kd, MockHttpSession reporter, String initiative, String code, String sex, String outcome, boolean stepped)
            throws Exception {
        mvc.perform(post("/api/v1/associations/{id}/initiatives/{i}/participants", kd.id(), initiative).session(reporter).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"legalSex\": \"" + sex + "\", \"ageBand\": \"30-39\", \"startDate\": \"2025-01-15\","
                                + " \"endDate\": \"2025-09-30\", \"outcome\": \"" + outcome + "\", \"stepMovement\": " + stepped + "}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aReporterKeepsVolumesAndRecordsOnThePageImportsAllOrNothingAndDeletesAtTheEndOfRetention() throws Exception {
        Association kd = people.association("Klarälvdalen");
        people.keepRecords(kd);
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String reporterName = people.with(Role.INITIATIVE_REPORTER, kd);
        MockHttpSession reporter = TestPeople.login(mvc, reporterName, TestPeople.PASSWORD);
        assign(kd, director, reporterName, "modus-munkfors");
        String page = "/associations/" + kd.id() + "/initiatives/modus-munkfors/participants";

        mvc.perform(post("/associations/{id}/initiatives/modus-munkfors/volumes", kd.id()).session(reporter).with(csrf())
                .param("period", "2025H1").param("women", "7").param("men", "4")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/associations/{id}/initiatives/modus-munkfors/volumes", kd.id()).session(reporter).with(csrf())
                .param("period", "första halvåret").param("women", "7").param("men", "4")).andExpect(status().isBadRequest());
        mvc.perform(post(page).session(reporter).with(csrf()).param("code", "MM-001").param("legalSex", "WOMAN").param("ageBand", "30-39")
                .param("homeMunicipality", "1764").param("education", "UPPER_SECONDARY").param("supportBefore", "SICKNESS_BENEFIT")
                .param("startDate", "2025-02-03")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page).session(reporter).with(csrf()).param("code", "MM-002").param("legalSex", "MAN").param("ageBand", "20-24")
                        .param("supportBefore", "Anna Andersson, handläggare").param("startDate", "2025-02-03"))
                .andExpect(status().isBadRequest()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("inte fritext")));
        String html = mvc.perform(get(page).session(reporter)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2025H1").contains("MM-001").contains("Deltagare (1)").doesNotContain("MM-002");

        // The exit is recorded by changing the record on the page, from the version it was read in.
        var record = jdbc.sql("select id, version from participant_record where association_id = :a and code = 'MM-001'").param("a", kd.id().value())
                .query((rs, n) -> new Object[]{rs.getObject(1, java.util.UUID.class), rs.getLong(2)}).single();
        assertThat(mvc.perform(get(page).param("edit", record[0].toString()).session(reporter)).andReturn().getResponse().getContentAsString())
                .contains("Ändra deltagare MM-001").contains("value=\"MM-001\"").contains("value=\"1764\"");
        mvc.perform(post(page).session(reporter).with(csrf()).param("id", record[0].toString()).param("version", record[1].toString())
                .param("code", "MM-001").param("legalSex", "WOMAN").param("ageBand", "30-39").param("supportBefore", "SICKNESS_BENEFIT")
                .param("startDate", "2025-02-03").param("endDate", "2025-11-28").param("outcome", "WORK").param("supportAfter", "SALARY_OR_STUDY_GRANT")
                .param("stepMovement", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page).session(reporter).with(csrf()).param("id", record[0].toString()).param("version", record[1].toString())
                .param("code", "MM-001").param("legalSex", "WOMAN").param("ageBand", "30-39").param("startDate", "2025-02-03"))
                .andExpect(status().isConflict());

        // Import: one wrong line and nothing is saved; then two new and one changed.
        mvc.perform(multipart(page + "/import").session(reporter).with(csrf()).param("rows", """
                        kod;juridiskt kön;åldersgrupp;hemkommun;utbildning;försörjning före;startdatum;slutdatum;utfall;försörjning efter;stegförflyttning
                        MM-002;M;20-24;1764;grundskola;ekonomiskt bistånd;2025-03-01;;;;
                        MM-003;K;25-29;;;;2025-13-01;;;;
                        """))
                .andExpect(status().isBadRequest()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("rad 3, startdatum")));
        mvc.perform(multipart(page + "/import").session(reporter).with(csrf()).param("rows", """
                        MM-002;M;20-24;1764;grundskola;ekonomiskt bistånd;2025-03-01;;;;
                        MM-003;kvinna;25-29;;;;2025-04-01;2025-10-15;studier;studiemedel;ja
                        MM-001;K;30-39;1764;gymnasium;sjukpenning;2025-02-03;2025-11-28;arbete;lön;nej
                        """))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(page + "?added=2&changed=1#deltagare"));
        String csv = mvc.perform(get(page + ".csv").session(reporter)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("MM-001;WOMAN;30-39;1764;UPPER_SECONDARY;SICKNESS_BENEFIT;2025-02-03;2025-11-28;WORK;SALARY_OR_STUDY_GRANT;nej")
                .contains("MM-003;WOMAN;25-29;;;;2025-04-01;2025-10-15;STUDIES;SALARY_OR_STUDY_GRANT;ja");

        for (MockHttpSession other : new MockHttpSession[]{director, TestPeople.login(mvc, people.with(Role.BOARD, kd), TestPeople.PASSWORD)}) {
            mvc.perform(get(page).session(other)).andExpect(status().isForbidden());
            mvc.perform(get(page + ".csv").session(other)).andExpect(status().isForbidden());
            mvc.perform(post(page + "/delete").session(other).with(csrf()).param("confirmed", "true")).andExpect(status().isForbidden());
        }

        mvc.perform(post(page + "/delete").session(reporter).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post(page + "/delete").session(reporter).with(csrf()).param("confirmed", "true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(page + "?deleted=3"));
        assertThat(jdbc.sql("select count(*) from participant_record where association_id = :a and initiative_id = 'modus-munkfors'")
                .param("a", kd.id().value()).query(Integer.class).single()).isZero();
        assertThat(auditLog.entries(kd.id(), 5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("deleted-at-end-of-retention"))
                .anySatisfy(e -> assertThat(e.changes()).contains("\"added\": 2").doesNotContain("MM-00"));
        unassign(kd, director, reporterName, "modus-munkfors");
    }
}
