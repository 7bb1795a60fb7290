package se.samordna.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import se.samordna.association.Association;
import se.samordna.audit.AuditLog;
import se.samordna.shared.Role;
import se.samordna.shared.Sha256;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * Västerbergslagen's books for 2025 (fictional figures on the seed's project numbers): imported all or nothing, mapped
 * mostly by suggestion, and read as budget against actual with the year's projected equity.
 */
@SamordnaTest
public class LedgerTest {

    public static final Charset PC8 = Charset.forName("IBM437");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    AuditLog auditLog;
    @Autowired
    se.samordna.ledger.LedgerFollowUp followUp;

    Association association;
    MockHttpSession director;

    /** Member contributions in January and July; the director's salary (project 202) January to June; the audit (204) in March. */
    public static String books(String orgNumber, String extra) {
        StringBuilder sie = new StringBuilder("""
                #FLAGGA 0
                #FORMAT PC8
                #SIETYP 4
                #FNAMN "Västerbergslagens Samordningsförbund"
                #ORGNR %s
                #RAR 0 20250101 20251231
                #KONTO 1930 "Bank"
                #KONTO 3010 "Bidrag från medlemmarna"
                #KONTO 6420 "Revision"
                #KONTO 7010 "Löner tjänstemän"
                #DIM 6 "Projekt"
                #OBJEKT 6 "202" "Förbundschef"
                #KONTO 2061 "Eget kapital"
                #IB 0 1930 1301000.00
                #IB 0 2061 -1301000.00
                #VER A 1 20250110 "Bidrag första halvåret"
                {
                #TRANS 1930 {} 2204000.00
                #TRANS 3010 {} -2204000.00
                }
                #VER A 2 20250710 "Bidrag andra halvåret"
                {
                #TRANS 1930 {} 2204000.00
                #TRANS 3010 {} -2204000.00
                }
                #VER A 3 20250318 "Revisionsarvode"
                {
                #TRANS 6420 {6 "204"} 72000.00
                #TRANS 1930 {} -72000.00
                }
                """.formatted(orgNumber));
        for (int month = 1; month <= 6; month++) {
            sie.append("#VER L ").append(month).append(" 20250").append(month).append("25 \"Lön\"\n{\n")
                    .append("#TRANS 7010 {6 \"202\"} 35000.00\n#TRANS 1930 {} -35000.00\n}\n");
        }
        return sie.append(extra).toString();
    }

    /**
     * The contract of the forecast, row by row: what is booked through the last month booked plus the budget of the months
     * after it (by the line's profile), unless one was entered; the result and the equity follow, within one krona.
     */
    static void assertForecastIsBookedPlusWhatRemains(String view) {
        int booked = JsonPath.read(view, "$.monthsBooked");
        List<java.util.Map<String, Object>> rows = JsonPath.read(view, "$.rows[*]");
        long result = 0;
        for (java.util.Map<String, Object> row : rows) {
            long forecast = ore(((java.util.Map<?, ?>) row.get("forecast")));
            if (!(Boolean) row.get("forecastEntered")) {
                List<?> actual = (List<?>) row.get("actualByMonth");
                List<?> budget = (List<?>) row.get("budgetByMonth");
                long expected = 0;
                for (int m = 0; m < 12; m++) {
                    expected += ore((java.util.Map<?, ?>) (m < booked ? actual.get(m) : budget.get(m)));
                }
                assertThat(forecast).as("forecast of %s", row.get("line")).isEqualTo(expected);
            }
            result += (Boolean) row.get("income") ? forecast : -forecast;
        }
        assertThat(((Number) JsonPath.read(view, "$.forecastResult.ore")).longValue()).isBetween(result - 100, result + 100);
        long opening = ((Number) JsonPath.read(view, "$.openingEquity.ore")).longValue();
        assertThat(((Number) JsonPath.read(view, "$.projectedEquity.ore")).longValue()).isBetween(opening + result - 100, opening + result + 100);
    }

    private static long ore(java.util.Map<?, ?> money) {
        return ((Number) money.get("ore")).longValue();
    }

    ResultActions upload(String sie) throws Exception {
        return mvc.perform(put("/api/v1/associations/{id}/ledger", association.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(sie.getBytes(PC8)));
    }

    void fresh(String name) throws Exception {
        association = people.fromSeed(name, "vasterbergslagen-2025.yaml");
        director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
    }

    @Test
    void theDirectorUploadsTheBooksMapsThemBySuggestionAndReadsBudgetAgainstActual() throws Exception {
        fresh("Testförbundet Böckerna");
        String sie = books("222000-1234", "");
        upload(sie).andExpect(status().isOk())
                .andExpect(jsonPath("$.vouchers").value(9))
                .andExpect(jsonPath("$.transactions").value(18))
                .andExpect(jsonPath("$.sha256").value(Sha256.hex(sie.getBytes(PC8))));
        String follow = "/api/v1/associations/" + association.id() + "/ledger/2025/follow-up";

        // Before any mapping, every income and cost account with movements is listed, nothing is dropped.
        String before = mvc.perform(get(follow).session(director)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(before, "$.unmapped[*].account")).containsExactlyInAnyOrder("3010", "6420", "7010");
        // Each named as the books name it (the names are read only when some account maps nowhere).
        assertThat(JsonPath.<java.util.List<String>>read(before, "$.unmapped[*].name"))
                .containsExactlyInAnyOrder("Bidrag från medlemmarna", "Revision", "Löner tjänstemän");
        assertThat(JsonPath.<java.util.List<String>>read(before, "$.suggestions[*].line")).contains("Förbundschef", "Revision");
        int version = JsonPath.read(before, "$.rules.version");

        mvc.perform(post("/api/v1/associations/{id}/ledger/rules/suggestions", association.id()).param("year", "2025").session(director)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + "}")).andExpect(status().isOk());
        // The contributions' "101-104" says nothing about accounts: the director maps 3000-3999 by hand.
        mvc.perform(post("/api/v1/associations/{id}/ledger/rules", association.id()).param("year", "2025").session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"3000\", \"to\": \"3999\", \"group\": \"Intäkter\", \"line\": \"Bidrag\", \"version\": " + (version + 1) + "}"))
                .andExpect(status().isOk());
        // A stale version is refused.
        mvc.perform(post("/api/v1/associations/{id}/ledger/rules", association.id()).param("year", "2025").session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"6000\", \"to\": \"6999\", \"group\": \"Administration\", \"line\": \"Ekonomi\", \"version\": " + version + "}"))
                .andExpect(status().isConflict());

        mvc.perform(put("/api/v1/associations/{id}/ledger/2025/forecast", association.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\": \"Administration\", \"line\": \"Förbundschef\", \"amount\": \"420 000\"}"))
                .andExpect(status().isOk());
        // No salary for the director in July: the budget to the end of July is 6 of 11 parts, not 7 of 12.
        mvc.perform(put("/api/v1/associations/{id}/ledger/2025/profile", association.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\": \"Administration\", \"line\": \"Förbundschef\", \"weights\": [1,1,1,1,1,1,0,1,1,1,1,1]}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/associations/{id}/ledger/2025/profile", association.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\": \"Administration\", \"line\": \"Förbundschef\", \"weights\": [1,1,1]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("tolv vikter")));
        String after = mvc.perform(get(follow).session(director)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Object>>read(after, "$.unmapped")).isEmpty();
        assertThat((Integer) JsonPath.read(after, "$.monthsBooked")).isEqualTo(7);
        String chief = "$.rows[?(@.line == 'Förbundschef')]";
        // Six salaries of 35 000; the budget of 430 tkr to the end of July is 6/11 of it (floor of 43 000 000 × 6 / 11 öre).
        assertThat(JsonPath.<java.util.List<Number>>read(after, chief + ".actualToDate.ore")).containsExactly(21_000_000);
        assertThat(JsonPath.<java.util.List<Number>>read(after, chief + ".budgetToDate.ore")).containsExactly(23_454_545);
        assertThat(JsonPath.<java.util.List<Number>>read(after, "$.rows[?(@.line == 'Bidrag')].actualToDate.ore")).containsExactly(440_800_000);
        assertThat(JsonPath.<java.util.List<Number>>read(after, "$.rows[?(@.line == 'Revision')].actualToDate.ore")).containsExactly(7_200_000);
        // The plan's result for 2025 is -196 tkr; the forecast saves 10 tkr on the director: -186 tkr, and equity 1 301 - 186.
        assertThat(((Number) JsonPath.read(after, "$.budgetResult.ore")).longValue()).isEqualTo(-19_600_000L);
        // The forecast is what is booked through July plus the budget of August to December, line by line, unless entered:
        // the director's 420 000 stands; Revision is its 72 000 booked in March plus 5/12 of its budget.
        assertForecastIsBookedPlusWhatRemains(after);
        assertThat(JsonPath.<List<Number>>read(after, chief + ".forecast.ore")).containsExactly(42_000_000);
        assertThat(JsonPath.<List<Boolean>>read(after, chief + ".forecastEntered")).containsExactly(true);
        long revisionBudget = JsonPath.<List<Number>>read(after, "$.rows[?(@.line == 'Revision')].budget.ore").get(0).longValue();
        long revisionRemaining = revisionBudget - Math.floorDiv(revisionBudget * 7, 12);
        assertThat(JsonPath.<List<Number>>read(after, "$.rows[?(@.line == 'Revision')].forecast.ore").get(0).longValue())
                .isEqualTo(7_200_000 + revisionRemaining);
        // The members pay twice a year: with that profile, the contributions' forecast is the 4 408 tkr both halves brought.
        mvc.perform(put("/api/v1/associations/{id}/ledger/2025/profile", association.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\": \"Intäkter\", \"line\": \"Bidrag\", \"weights\": [1,0,0,0,0,0,1,0,0,0,0,0]}"))
                .andExpect(status().isOk());
        after = mvc.perform(get(follow).session(director)).andReturn().getResponse().getContentAsString();
        assertForecastIsBookedPlusWhatRemains(after);
        assertThat(JsonPath.<List<Number>>read(after, "$.rows[?(@.line == 'Bidrag')].forecast.ore")).containsExactly(440_800_000);
        long projected = ((Number) JsonPath.read(after, "$.projectedEquity.ore")).longValue();

        String page = mvc.perform(get("/associations/{id}/ledger", association.id()).session(director)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Budget och utfall 2025").contains("Förbundschef").contains("Alla konton med rörelse hör till en budgetrad.");
        // The months per line are drawn when opened: the page carries only the link to them, the part carries the months.
        assertThat(page).contains("ledger/by-month?year=2025").doesNotContain("Utfall per budgetrad och månad");
        String months = mvc.perform(get("/associations/{id}/ledger/by-month", association.id()).param("year", "2025").header("HX-Request", "true")
                .session(director)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(months).contains("Utfall per budgetrad och månad").contains("ledger/profile").contains("Förbundschef");
        assertThat(mvc.perform(get("/associations/{id}/ledger/summary", association.id()).session(director)).andReturn().getResponse()
                .getContentAsString()).contains(se.samordna.shared.MoneyFormat.kronor(new se.samordna.shared.Money(projected)));

        // Back to the ledger: the budget as #PBUDGET, read by our own reader; the contributions go to their account (3010, suggested by its name; as
        // income, negative) and add up to the line's 4 408 tkr; lines mapped to a project over all accounts are named instead.
        org.springframework.mock.web.MockHttpServletResponse exported = mvc.perform(get("/api/v1/associations/{id}/ledger/2025/budget.se",
                association.id()).session(director)).andExpect(status().isOk()).andReturn().getResponse();
        se.samordna.ledger.sie.SieFile budgetFile = se.samordna.ledger.sie.SieReader.read(new java.io.ByteArrayInputStream(exported.getContentAsByteArray()));
        assertThat(budgetFile.orgNumber()).isEqualTo("222000-1234");
        assertThat(budgetFile.budgets().entrySet().stream().filter(e -> e.getKey().account().startsWith("30")).mapToLong(java.util.Map.Entry::getValue).sum())
                .isEqualTo(-440_800_000L);
        assertThat(budgetFile.budgets().keySet().stream().map(k -> k.month()).distinct()).hasSize(12);
        assertThat(Integer.parseInt(exported.getHeader("X-Samordna-Not-Exported"))).isPositive();

        // The annual report: 4 408 000 in, 282 000 out; the bank and the equity both 1 301 000 + 4 126 000; every check passes.
        mvc.perform(get("/api/v1/associations/{id}/annual-report/2025", association.id()).session(director)).andExpect(status().isOk())
                .andExpect(jsonPath("$.incomeStatement.income").value(4_408_000))
                .andExpect(jsonPath("$.incomeStatement.costs").value(282_000))
                .andExpect(jsonPath("$.incomeStatement.result").value(4_126_000))
                .andExpect(jsonPath("$.balanceSheet.assets").value(5_427_000))
                .andExpect(jsonPath("$.balanceSheet.equity.closing").value(5_427_000))
                // The books reach July: every check passes but the one saying the year is not closed, and the report is
                // tied to the plan for 2025.
                .andExpect(jsonPath("$.booksThrough").value("2025-07-31"))
                .andExpect(jsonPath("$.plan.budgetYear").value(2025))
                .andExpect(jsonPath("$.checks[?(@.code != 'YEAR_NOT_CLOSED')].passed", Matchers.everyItem(Matchers.is(true))))
                .andExpect(jsonPath("$.checks[?(@.code == 'YEAR_NOT_CLOSED')].passed").value(Matchers.contains(false)))
                .andExpect(jsonPath("$.checks[?(@.code == 'YEAR_NOT_CLOSED')].message").value(Matchers.contains(Matchers.containsString("2025-07-31"))));
        // The association moves the audit fee's account 6420 to the financial items: costs 210 000, financial items −72 000.
        mvc.perform(post("/associations/{id}/annual-report/account-classes", association.id()).session(director).with(csrf())
                .param("year", "2025").param("prefix", "6420").param("part", "FINANCIAL")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/associations/{id}/annual-report/2025", association.id()).session(director))
                .andExpect(jsonPath("$.incomeStatement.costs").value(210_000)).andExpect(jsonPath("$.incomeStatement.financialItems").value(-72_000))
                .andExpect(jsonPath("$.incomeStatement.result").value(4_126_000));
        mvc.perform(post("/associations/{id}/annual-report/account-classes", association.id()).session(director).with(csrf())
                .param("year", "2025").param("prefix", "6420").param("part", "")).andExpect(status().is3xxRedirection());

        // The office writes its own outlook; it replaces the computed sentences in the report, markup stays text.
        mvc.perform(post("/associations/{id}/annual-report/text", association.id()).session(director).with(csrf()).param("year", "2025")
                .param("section", "outlook").param("text", "Förbundet planerar en insats för unga vuxna.\n\n<b>Styrelsen</b> följer upp i maj."))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/associations/{id}/annual-report", association.id()).param("year", "2025").session(director))
                .andReturn().getResponse().getContentAsString()).contains("Förbundet planerar en insats för unga vuxna.").contains("&lt;b&gt;Styrelsen&lt;/b&gt;");

        // With the 2024 books in too (the same vouchers a year earlier), 2024 is printed beside 2025.
        upload(books("222000-1234", "").replace("2025", "2024")).andExpect(status().isOk());
        // The signature page names the board and the auditors from the register.
        String board = mvc.perform(post("/api/v1/associations/{id}/board/seats/from-plan", association.id()).session(director).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        String chairSeat = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(board, "$.seats[?(@.kind == 'ORDINARY')].id").get(0);
        mvc.perform(post("/api/v1/associations/{id}/board/seats/{s}/terms", association.id(), chairSeat).session(director).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"person\": \"Greta Granath\", \"role\": \"CHAIR\", \"termFrom\": \"2023-01-01\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/associations/{id}/board/auditors", association.id()).session(director).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"member\": \"Försäkringskassan\", \"person\": \"Rut Revisor\"}")).andExpect(status().isCreated());
        byte[] report = mvc.perform(get("/associations/{id}/annual-report/2025.pdf", association.id()).session(director)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(report)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Årsredovisning 2025").contains("Förvaltningsberättelse")
                    .contains("Föregående år (2024)").contains("Förbundet planerar en insats för unga vuxna.").contains("<b>Styrelsen</b> följer upp i maj.")
                    .doesNotContain("Verksamheten kommande år följer den verksamhetsplan")
                    .contains("Utkast").contains("året 2025 är inte avslutat")
                    .contains("Greta Granath (ordförande)").contains("Rut Revisor");
        }

        // The year's close: a member's discharge, and the auditors' pack with the files and their checksums.
        mvc.perform(post("/associations/{id}/annual-report/discharge", association.id()).session(director).with(csrf())
                .param("year", "2025").param("member", "Ludvika kommun").param("decidedOn", "2026-04-20").param("granted", "true")
                .param("minutes", "KF § 40")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/associations/{id}/annual-report/discharge", association.id()).session(director).with(csrf())
                .param("year", "2025").param("member", "Borlänge kommun").param("decidedOn", "2026-04-20")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/associations/{id}/annual-report/2025/discharge", association.id()).session(director))
                .andExpect(jsonPath("$[0].member").value("Ludvika kommun")).andExpect(jsonPath("$[0].granted").value(true));
        assertThat(mvc.perform(get("/associations/{id}/annual-report", association.id()).param("year", "2025").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Årsredovisning 2025").contains("Ludvika kommun: ansvarsfrihet beviljad 2026-04-20 (KF § 40)");
        byte[] pack = mvc.perform(get("/associations/{id}/annual-report/2025/audit-pack.zip", association.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.util.Map<String, String> packed = new java.util.HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(pack))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                packed.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(packed.keySet()).contains("LASMIG.txt", "arsredovisning-2025.pdf", "konton-2025.csv", "styrelsens-beslut-2025.csv",
                "budgetandringar.csv", "ansvarsfrihet-2025.csv");
        assertThat(packed.get("konton-2025.csv")).contains("7010;Löner tjänstemän;0,00;210000,00;210000,00");
        assertThat(packed.get("budgetandringar.csv")).contains("account-rule").contains("forecast");
        assertThat(packed.get("LASMIG.txt")).contains("konton-2025.csv\t" + Sha256.hex(packed.get("konton-2025.csv")));

        // The interim report through April: four of the director's six salaries.
        byte[] interim = mvc.perform(get("/associations/{id}/interim-report/2025T1.pdf", association.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(interim)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Delårsrapport januari–april 2025").contains("Resultat hittills").contains("Förbundschef").contains("4 Deltagare");
        }
        assertThat(followUp.view(association.id(), 2025, 4).rows().stream().filter(r -> r.line().equals("Förbundschef")).findFirst().orElseThrow()
                .actualToDate()).isEqualTo(se.samordna.shared.Money.ofKronor(140_000));
        mvc.perform(get("/associations/{id}/interim-report/2025X9.pdf", association.id()).session(director)).andExpect(status().isBadRequest());
        // Through any month end: the books page's choice of July gives January–July, with the director's seven months.
        mvc.perform(get("/associations/{id}/interim-report", association.id()).param("year", "2025").param("month", "7").session(director))
                .andExpect(status().isSeeOther()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Location", "/associations/" + association.id() + "/interim-report/2025M07.pdf"));
        byte[] throughJuly = mvc.perform(get("/associations/{id}/interim-report/2025M07.pdf", association.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(throughJuly)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Delårsrapport januari–juli 2025");
        }
        assertThat(followUp.view(association.id(), 2025, 7).rows().stream().filter(r -> r.line().equals("Förbundschef")).findFirst().orElseThrow()
                .actualToDate()).isEqualTo(se.samordna.shared.Money.ofKronor(210_000));

        // The same year again replaces it; the audit log keeps both checksums.
        String again = books("222000-1234", "#VER A 99 20250801 \"Till\"\n{\n#TRANS 7010 {6 \"202\"} 1000.00\n#TRANS 1930 {} -1000.00\n}\n");
        upload(again).andExpect(status().isOk()).andExpect(jsonPath("$.vouchers").value(10));
        mvc.perform(get("/api/v1/associations/{id}/ledger", association.id()).session(director)).andExpect(jsonPath("$.length()").value(2)); // 2024 and 2025: the re-import replaced 2025, nothing added
        assertThat(auditLog.entries(association.id(), 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("reimported");
            assertThat(e.changes()).contains(Sha256.hex(again.getBytes(PC8))).contains(Sha256.hex(sie.getBytes(PC8)));
        });
    }

    @Test
    void renamingEveryLineOfAMappedSeedMovesNothingButTheNamesAndRemovingAMappedLineAsksFirst() throws Exception {
        fresh("Testförbundet Namnbytet");
        upload(books("222000-1234", "")).andExpect(status().isOk());
        String follow = "/api/v1/associations/" + association.id() + "/ledger/2025/follow-up";
        String budget = "/api/v1/associations/" + association.id() + "/budget";
        int rulesVersion = JsonPath.read(mvc.perform(get(follow).session(director)).andReturn().getResponse().getContentAsString(), "$.rules.version");
        mvc.perform(post("/api/v1/associations/{id}/ledger/rules/suggestions", association.id()).param("year", "2025").session(director)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + rulesVersion + "}")).andExpect(status().isOk());
        String lines = mvc.perform(get(budget).session(director)).andReturn().getResponse().getContentAsString();
        String contributions = JsonPath.<List<String>>read(lines, "$.lines[?(@.name == 'Bidrag')].id").get(0);
        String chief = JsonPath.<List<String>>read(lines, "$.lines[?(@.name == 'Förbundschef')].id").get(0);
        mvc.perform(post("/api/v1/associations/{id}/ledger/rules", association.id()).param("year", "2025").session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"3000\", \"to\": \"3999\", \"lineId\": \"" + contributions + "\", \"version\": " + (rulesVersion + 1) + "}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/associations/{id}/ledger/2025/forecast", association.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"lineId\": \"" + chief + "\", \"amount\": \"420 000\"}")).andExpect(status().isOk());
        mvc.perform(put("/api/v1/associations/{id}/ledger/2025/profile", association.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"lineId\": \"" + chief + "\", \"weights\": [1,1,1,1,1,1,0,1,1,1,1,1]}"))
                .andExpect(status().isOk());
        String before = mvc.perform(get(follow).session(director)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(before, "$.unmapped")).isEmpty();

        // Every line of the seed gets a new name, one after the other, each from the version the last one gave.
        List<String> ids = JsonPath.read(lines, "$.lines[*].id");
        assertThat(ids).hasSizeGreaterThan(10).doesNotContainNull();
        long version = ((Number) JsonPath.read(lines, "$.version")).longValue();
        for (int i = 0; i < ids.size(); i++) {
            String answer = mvc.perform(put(budget + "/lines/" + ids.get(i)).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"Omdöpt rad " + i + "\", \"version\": " + version + "}")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            version = ((Number) JsonPath.read(answer, "$.version")).longValue();
        }
        // A rename from a page loaded before those changes is refused.
        mvc.perform(put(budget + "/lines/" + chief).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Gammal sida\", \"version\": " + (version - 1) + "}")).andExpect(status().isConflict());

        String after = mvc.perform(get(follow).session(director)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(after, "$.unmapped")).isEmpty();
        assertThat(JsonPath.<List<String>>read(after, "$.rows[*].line")).allSatisfy(name -> assertThat(name).startsWith("Omdöpt rad "));
        for (String figure : List.of("budget", "budgetToDate", "actualToDate", "forecast")) {
            assertThat(JsonPath.<List<Number>>read(after, "$.rows[*]." + figure + ".ore"))
                    .as(figure).isEqualTo(JsonPath.<List<Number>>read(before, "$.rows[*]." + figure + ".ore"));
        }
        assertThat(JsonPath.<List<Object>>read(after, "$.rows[*].budgetByMonth")).isEqualTo(JsonPath.<List<Object>>read(before, "$.rows[*].budgetByMonth"));
        String chiefRow = "$.rows[?(@.lineId == '" + chief + "')]";
        assertThat(JsonPath.<List<Number>>read(after, chiefRow + ".actualToDate.ore")).containsExactly(21_000_000);
        assertThat(JsonPath.<List<Number>>read(after, chiefRow + ".budgetToDate.ore")).containsExactly(23_454_545);
        assertThat(JsonPath.<List<Number>>read(after, chiefRow + ".forecast.ore")).containsExactly(42_000_000);
        assertThat(((Number) JsonPath.read(after, "$.projectedEquity.ore")).longValue())
                .isEqualTo(((Number) JsonPath.read(before, "$.projectedEquity.ore")).longValue());
        assertThat(JsonPath.<List<String>>read(after, "$.rules.rules[*].line")).allSatisfy(name -> assertThat(name).startsWith("Omdöpt rad "));

        // Removing a line the books are mapped to asks first, naming the accounts; confirmed, its accounts show as unmapped.
        mvc.perform(delete(budget + "/lines/" + contributions).param("version", String.valueOf(version)).session(director).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", Matchers.containsString("3000–3999")));
        mvc.perform(delete(budget + "/lines/" + contributions).param("version", String.valueOf(version)).param("confirm", "true")
                .session(director).with(csrf())).andExpect(status().isOk());
        String removed = mvc.perform(get(follow).session(director)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(removed, "$.unmapped[*].account")).containsExactly("3010");
        assertThat(JsonPath.<List<String>>read(removed, "$.rulesWithoutLine[*].lineId")).isNotEmpty().containsOnly(contributions);
        String page = mvc.perform(get("/associations/{id}/ledger", association.id()).session(director)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("budgetraden finns inte längre");
    }

    @Test
    void aBadFileAnotherAssociationsBooksAndAnOversizedFileChangeNothing() throws Exception {
        fresh("Testförbundet Vägrade");
        upload(books("222000-1234", "")).andExpect(status().isOk());
        String unbalanced = books("222000-1234", "#VER A 7 20250901 \"Fel\"\n{\n#TRANS 7010 {} 100.00\n}\n#VER A 8 20260105 \"Nästa år\"\n{\n#TRANS 7010 {} 1.00\n#TRANS 1930 {} -1.00\n}\n");
        upload(unbalanced).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].place", Matchers.hasItems(Matchers.startsWith("rad "))))
                // The imbalance is named first and alone: its number, date and difference.
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("verifikation A 7 den 2025-09-01 balanserar inte: raderna summerar till 100.00 kr")));
        upload(books("222000-1234", "#VER A 8 20260105 \"Nästa år\"\n{\n#TRANS 7010 {} 1.00\n#TRANS 1930 {} -1.00\n}\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", Matchers.hasItem(Matchers.containsString("ligger utanför räkenskapsåret"))));
        upload(books("212000-0001", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("organisationsnumret 212000-0001")));
        byte[] huge = new byte[65 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(put("/api/v1/associations/{id}/ledger", association.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(huge)).andExpect(status().isContentTooLarge());
        mvc.perform(get("/api/v1/associations/{id}/ledger", association.id()).session(director))
                .andExpect(jsonPath("$[0].vouchers").value(9));
    }

    @Test
    void theNextPeriodOpensWithTheEquityTheBooksClosedWith() throws Exception {
        fresh("Testförbundet Bokslutet");
        upload(books("222000-1234", "#UB 0 2061 -1250000.00\n#UB 0 2069 -20000.00\n"
                + "#VER A 50 20250415 \"Resursteamet\"\n{\n#TRANS 7010 {6 \"307\"} 150000.00\n#TRANS 1930 {} -150000.00\n}\n")).andExpect(status().isOk());
        String follow = mvc.perform(get("/api/v1/associations/{id}/ledger/2025/follow-up", association.id()).session(director))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(follow, "$.initiatives[*].initiative")).contains("Resursteamet EVI");
        assertThat(JsonPath.<java.util.List<Number>>read(follow, "$.initiatives[?(@.initiative == 'Resursteamet EVI')].budget.ore"))
                .containsExactly(185_700_000);

        String plansJson = mvc.perform(get("/api/v1/associations/{id}/plans", association.id()).session(director)).andReturn().getResponse().getContentAsString();
        String planId = JsonPath.read(plansJson, "$[0].id");
        int version = JsonPath.read(plansJson, "$[0].version");
        mvc.perform(post("/api/v1/associations/{id}/plans/{p}/adoption", association.id(), planId).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"adoptedOn\": \"2024-11-29\", \"minutes\": \"§ 62\", \"version\": " + version + ", \"confirmErrors\": true}"))
                .andExpect(status().isOk());
        // Resursteamet EVI's line (project 307) is mapped by suggestion: its outcome comes from the books, not a typed figure.
        String fresh = mvc.perform(get("/api/v1/associations/{id}/ledger/2025/follow-up", association.id()).session(director))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/associations/{id}/ledger/rules/suggestions", association.id()).param("year", "2025").session(director)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + JsonPath.read(fresh, "$.rules.version") + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/associations/{id}/initiatives/follow-up", association.id()).session(director))
                .andExpect(jsonPath("$[?(@.name == 'Resursteamet EVI' && @.year == 2025)].outcomeSource").value("books"))
                .andExpect(jsonPath("$[?(@.name == 'Resursteamet EVI' && @.year == 2025)].outcome").value(150_000));

        // The books reach July only: the year is open, so the next period opens on the forecast's equity (booked so far plus
        // the budget of August to December), in tkr as the plan is written.
        String open = mvc.perform(get("/api/v1/associations/{id}/ledger/2025/follow-up", association.id()).session(director))
                .andReturn().getResponse().getContentAsString();
        assertForecastIsBookedPlusWhatRemains(open);
        long projected = ((Number) JsonPath.read(open, "$.projectedEquity.ore")).longValue();
        String draft = mvc.perform(post("/api/v1/associations/{id}/plans/{p}/roll-forward", association.id(), planId).session(director).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.association.source", Matchers.containsString("prognosen för 2025")))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(draft, "$.budget.equityStart.amount")).doubleValue() * 100_000).isCloseTo(projected, org.assertj.core.data.Offset.offset(50_000.0));
        String draftId = JsonPath.read(draft, "$.id");

        // December is booked too: the books cover the year, and its closing balances (1 250 000 + 20 000, credit) are the
        // booked closing equity, 1 270 tkr. The draft opened on the forecast now carries a finding naming both figures.
        upload(books("222000-1234", "#UB 0 2061 -1250000.00\n#UB 0 2069 -20000.00\n"
                + "#VER A 50 20250415 \"Resursteamet\"\n{\n#TRANS 7010 {6 \"307\"} 150000.00\n#TRANS 1930 {} -150000.00\n}\n"
                + "#VER A 51 20251215 \"December\"\n{\n#TRANS 6420 {6 \"204\"} 1000.00\n#TRANS 1930 {} -1000.00\n}\n")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/associations/{id}/budget/findings", association.id()).session(director))
                .andExpect(jsonPath("$[?(@.code == 'OPENING_EQUITY_DIFFERS')].year").value(Matchers.contains(2026)))
                .andExpect(jsonPath("$[?(@.code == 'OPENING_EQUITY_DIFFERS')].message").value(Matchers.contains(
                        Matchers.allOf(Matchers.containsString("1\u00a0270\u00a0000"), Matchers.containsString("bokföringen för 2025")))));
        mvc.perform(get("/api/v1/associations/{id}/budget", association.id()).session(director))
                .andExpect(jsonPath("$.findings[?(@.code == 'OPENING_EQUITY_DIFFERS')].severity").value(Matchers.contains("WARNING")));
        // Each version checked on its own: the 2026 draft carries the finding, the adopted 2025 plan does not.
        mvc.perform(get("/api/v1/associations/{id}/plans/{p}/findings", association.id(), draftId).session(director))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.code == 'OPENING_EQUITY_DIFFERS')].year").value(Matchers.contains(2026)));
        mvc.perform(get("/api/v1/associations/{id}/plans/{p}/findings", association.id(), planId).session(director))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.code == 'OPENING_EQUITY_DIFFERS')]").isEmpty());
        assertThat(mvc.perform(get("/associations/{id}/budget", association.id()).session(director)).andReturn().getResponse()
                .getContentAsString()).contains("men bokföringen för 2025 slutar på 1\u00a0270\u00a0000");
    }

    /**
     * Only the 2025 books are in, but their file states the year before (#RES -1, #UB -1): the annual report prints 2024
     * beside 2025 from those records, as a board signs it.
     */
    @Test
    void theYearBeforeComesFromTheFilesOwnPreviousYearRecordsWhenItsBooksAreNotIn() throws Exception {
        fresh("Testförbundet Föregående år");
        upload(books("222000-1234", "#RES -1 3010 -4250000.00\n#RES -1 6420 65000.00\n#RES -1 7010 390000.00\n"
                + "#UB -1 1930 1301000.00\n#UB -1 2061 -1301000.00\n")).andExpect(status().isOk());
        byte[] report = mvc.perform(get("/associations/{id}/annual-report/2025.pdf", association.id()).session(director)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(report)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Föregående år (2024)").contains("4 250 000").contains("1 301 000");
        }
    }
}
