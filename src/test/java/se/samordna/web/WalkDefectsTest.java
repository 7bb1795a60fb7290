package se.samordna.web;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.plan.Plans;
import se.samordna.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/** What people hit when the whole product was walked by every role, each answered where it arose. */
@SamordnaTest
class WalkDefectsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;

    @Test
    void anOlderWorkbookCannotSilentlyRevertANewerBudgetChange() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, vbs), TestPeople.PASSWORD);
        byte[] older = mvc.perform(get("/associations/{id}/budget.xlsx", vbs.id()).session(director)).andReturn().getResponse()
                .getContentAsByteArray();
        long version = plans.get(vbs.id()).version();
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", vbs.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\": 1, \"line\": 0, \"year\": 2025, \"amount\": \"763\", \"version\": " + version + "}"))
                .andExpect(status().isOk());
        long newest = plans.get(vbs.id()).version();

        // The old workbook, edited elsewhere, imported on a page that shows the newest version.
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(older))) {
            book.getSheet("Budget").getRow(10).getCell(5).setCellValue(5);
            book.write(edited);
        }
        mvc.perform(multipart("/associations/{id}/budget.xlsx", vbs.id())
                        .file(new MockMultipartFile("file", "budget.xlsx", "application/octet-stream", edited.toByteArray()))
                        .param("version", String.valueOf(newest)).session(director).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(plans.get(vbs.id()).plan().budget().groups().get(1).lines().get(0).amount(2025))
                .isEqualTo(se.samordna.shared.Money.ofTkr(763));
        assertThat(new XSSFWorkbook(new java.io.ByteArrayInputStream(older)).getSheet("Budget").getRow(9).getCell(2).getStringCellValue())
                .as("the workbook names types in words").isIn("Kostnad", "Medlemsbidrag", "Övrig intäkt", "Eget kapital (inte intäkt)");
        people.restoreSeed(vbs, "vasterbergslagen-2025.yaml");
    }

    @Test
    void theAuditLogTellsWhoDidWhatToWhichNamedThingWithBeforeAndAfter() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, vbs), TestPeople.PASSWORD);
        long version = plans.get(vbs.id()).version();
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", vbs.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"group\": 1, \"line\": 0, \"year\": 2025, \"amount\": \"761\", \"version\": " + version + "}")).andExpect(status().isOk());
        people.with(Role.AUDITOR, vbs);
        String page = mvc.perform(get("/associations/{id}/audit", vbs.id()).session(director)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Budgetrad: belopp ändrat").contains("Roll: tilldelad").doesNotContain("<td>" + vbs.id() + "</td>").contains("Test AUDITOR (auditor-")
                .contains(" → ").doesNotContain("amount-changed").doesNotContain("{&quot;");
        people.restoreSeed(vbs, "vasterbergslagen-2025.yaml");
    }

    @Test
    void theYearEndReportCountsNoOutcomeAsNoOutcome() throws Exception {
        Association nv = people.association("Norra Västmanland");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, nv), TestPeople.PASSWORD);
        byte[] pdf = mvc.perform(get("/associations/{id}/year-end.pdf", nv.id()).param("year", "2022").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf)).replace('\u00a0', ' ');
        assertThat(text).containsPattern("Summa insatser [0-9 ]+ kr – –").doesNotContainPattern("\\b1 insatser\\b");
    }

    @Test
    void thePublicCatalogueShowsContactsOnlyWhenTheAssociationPublishesThem() throws Exception {
        Association nv = people.association("Norra Västmanland");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, nv), TestPeople.PASSWORD);
        String yaml = se.samordna.plan.Seeds.text("norra-vastmanland-2022.yaml").replace("  - id: samordningsteam-fns\n", "  - id: samordningsteam-fns\n    contact: {name: Kim Kontakt, email: kim@example.se, phone: 010-123 45 67}\n    start: 2022-01-01\n    end: 2022-12-31\n");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/associations/{id}/plan", nv.id())
                        .session(director).with(csrf()).header("If-Match", String.valueOf(plans.get(nv.id()).version()))
                        .contentType("application/yaml").content(yaml))
                .andExpect(status().isOk());
        String catalogue = "/public/associations/" + nv.slug() + "/initiatives";
        assertThat(mvc.perform(get(catalogue).param("date", "2022-06-01")).andReturn().getResponse().getContentAsString())
                .contains("Samordningsteam FNS").doesNotContain("kim@example.se").doesNotContain("Kim Kontakt");
        mvc.perform(post("/associations/{id}/public-contacts", nv.id()).param("publish", "true").session(director).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(catalogue).param("date", "2022-06-01")).andReturn().getResponse().getContentAsString())
                .contains("kim@example.se").contains("Kim Kontakt");
        assertThat(mvc.perform(get(catalogue)).andReturn().getResponse().getContentAsString())
                .as("teams that ended 2022-12-31 are not running today").doesNotContain("Samordningsteam FNS");
        mvc.perform(post("/associations/{id}/public-contacts", nv.id()).param("publish", "false").session(director).with(csrf()));
        people.restoreSeed(nv, "norra-vastmanland-2022.yaml");
    }

    @Test
    void anEmptyTheoryOfChangeIsExplainedAndPagesCarryNoScriptPermissionsTheyDoNotNeed() throws Exception {
        Association sd = people.association("Södra Dalarna");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, sd), TestPeople.PASSWORD);
        var answer = mvc.perform(get("/associations/{id}/theory-of-change", sd.id()).session(director)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(answer.getContentAsString()).contains("ingen förändringsteori än").doesNotContain("<svg");
        assertThat(answer.getHeader("Content-Security-Policy")).contains("script-src 'self';").doesNotContain("'unsafe-inline'; frame");
    }

    @Test
    void anInitiativeIdOutsideLettersDigitsAndDashesIsRefused() throws Exception {
        String yaml = se.samordna.plan.Seeds.text("norra-vastmanland-2022.yaml").replace("  - id: samordningsteam-fns", "  - id: ../../etc/passwd");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(se.samordna.plan.PlanFileException.class,
                () -> se.samordna.plan.PlanFiles.read(yaml));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'../../etc/passwd'").contains("a–z, 0–9 och bindestreck"));
    }

    @Test
    void aWrongTypeInAFormNamesNoJavaClass() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String body = mvc.perform(get("/api/v1/associations/{id}/followup", kd.id()).param("year", "tjugo").session(director))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("java.").doesNotContain("NumberFormatException");
        mvc.perform(post("/api/v1/associations/{id}/people", kd.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": [1], \"role\": \"BOARD\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("jackson"))));
        Map<?, ?> problem = JsonMapper.builder().build().readValue(mvc.perform(post("/api/v1/associations/{id}/people", kd.id())
                .session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"x\", \"role\": \"KING\"}"))
                .andReturn().getResponse().getContentAsString(), Map.class);
        assertThat(problem.toString()).contains("Okänd roll").doesNotContain("java.");
    }

    @Test
    void theBudgetsFindingsReadInEnglishWhenThePageIsInEnglish() throws Exception {
        Association sd = people.association("Södra Dalarna");
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, sd), TestPeople.PASSWORD);
        String english = mvc.perform(get("/associations/{id}/budget", sd.id()).param("lang", "en").session(board))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Funds do not suffice").contains("exceed the funds there are").doesNotContain("överstiger de medel");
        String swedish = mvc.perform(get("/associations/{id}/budget", sd.id()).param("lang", "sv").session(board))
                .andReturn().getResponse().getContentAsString();
        assertThat(swedish).contains("Medlen räcker inte").contains("överstiger de medel som finns");
    }
}
