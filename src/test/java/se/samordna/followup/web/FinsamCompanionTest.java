package se.samordna.followup.web;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.samordna.association.Association;
import se.samordna.ledger.web.LedgerTest;
import se.samordna.plan.Plans;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;
import se.samordna.shared.Role;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/** Västerbergslagen's 2025 figures for Uppföljning Finsam, ticked off, and one that changes afterwards. */
@SamordnaTest
class FinsamCompanionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;

    @Test
    void theDirectorSeesWhatToRegisterTicksItOffAndIsWarnedWhenAFigureChangesAfterwards() throws Exception {
        Association association = people.fromSeed("Testförbundet Finsam", "vasterbergslagen-2025.yaml");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
        mvc.perform(put("/api/v1/associations/{id}/ledger", association.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(LedgerTest.books("222000-1234", "").getBytes(LedgerTest.PC8)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/associations/{id}/ledger/rules/suggestions", association.id()).param("year", "2025").session(director)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}")).andExpect(status().isOk());

        String items = mvc.perform(get("/api/v1/associations/{id}/uppfoljning-finsam/2025", association.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(value(items, "economy.allocation")).isEqualTo(MoneyFormat.kronor(Money.ofKronor(4_408_000)));
        List<Map<String, Object>> allocation = JsonPath.read(items, "$[?(@.key == 'economy.allocation')]");
        assertThat(allocation.get(0)).containsEntry("section", "Ekonomi").containsEntry("label", "Tilldelade medel 2025")
                .doesNotContainKeys("sectionText", "labelText");
        assertThat(value(items, "economy.equityStart")).isEqualTo(MoneyFormat.kronor(Money.ofKronor(1_301_000)));
        // Administration: the eight lines of the seed, 1 069 tkr; booked so far the director's salary and the audit.
        assertThat(value(items, "admin.budget")).isEqualTo(MoneyFormat.kronor(Money.ofKronor(1_069_000)));
        assertThat(value(items, "admin.outcome")).isEqualTo(MoneyFormat.kronor(Money.ofKronor(282_000)) + " (bokfört)");
        String evi = "initiative." + plans.get(association.id()).plan().initiatives().stream()
                .filter(i -> i.name().equals("Resursteamet EVI")).findFirst().orElseThrow().id() + ".";
        assertThat(value(items, evi + "direction")).isEqualTo("Individinriktad");
        assertThat(value(items, evi + "newWomen")).isEqualTo("0");

        mvc.perform(post("/associations/{id}/uppfoljning-finsam/checklist", association.id()).session(director).with(csrf())
                .param("year", "2025").param("item", "admin.budget").param("registered", "true")).andExpect(status().is3xxRedirection());
        assertThat(csv(association, director)).contains("Administration;Budget 2025;").contains(";ja ");
        // The board raises the board's line from 189 to 200 tkr after the figure was registered.
        long version = plans.get(association.id()).version();
        mvc.perform(post("/api/v1/associations/{id}/budget/amounts", association.id()).session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"group\": 1, \"line\": 0, \"year\": 2025, \"amount\": \"200\", \"version\": " + version + "}"))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/associations/{id}/uppfoljning-finsam", association.id()).param("year", "2025").session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 uppgifter har ändrats sedan de bockades av som registrerade");
        assertThat(csv(association, director)).contains("ändrat efter registrering");
        byte[] xlsx = mvc.perform(get("/associations/{id}/uppfoljning-finsam/2025.xlsx", association.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');

        // For Swedish Excel: a byte-order mark, semicolons, amounts as plain numbers; the equity at both ends is filled:
        // the books' opening 1 301 000, and while the books reach July, the forecast's closing equity (so labelled).
        String csv = csv(association, director);
        assertThat(csv).startsWith("\uFEFFdel;uppgift;värde;registrerad\n");
        assertThat(csv).contains("Ekonomi;Tilldelade medel 2025;4408000;").contains("Administration;Budget 2025;1080000;")
                .contains(";Eget kapital vid årets början (enligt bokföringen);1301000;");
        String follow = mvc.perform(get("/api/v1/associations/{id}/ledger/2025/follow-up", association.id()).session(director))
                .andReturn().getResponse().getContentAsString();
        long projected = ((Number) JsonPath.read(follow, "$.projectedEquity.ore")).longValue();
        assertThat(csv).contains(";Eget kapital vid årets slut (prognos enligt bokföringen);" + new FinsamAmount(projected) + ";");
        for (String line : csv.substring(1).split("\n")) {
            String[] cells = line.split(";", -1);
            if (line.startsWith("Ekonomi;") || line.startsWith("Administration;") || cells[1].matches("(Budget|Utfall) \\d{4}")) {
                assertThat(cells[2]).as(line).matches("^(-?\\d+(,\\d{1,2})?)?$");
            }
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = book.getSheetAt(0);
            boolean found = false;
            for (var row : rows) {
                if ("Tilldelade medel 2025".equals(row.getCell(1).getStringCellValue())) {
                    assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(4_408_000.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    /** An amount in öre as the CSV writes it: kronor, a decimal comma only where there are öre. */
    private record FinsamAmount(long ore) {
        @Override
        public String toString() {
            return ore % 100 == 0 ? String.valueOf(ore / 100) : (ore / 100) + "," + String.format("%02d", Math.abs(ore % 100));
        }
    }

    private String csv(Association association, MockHttpSession director) throws Exception {
        return mvc.perform(get("/associations/{id}/uppfoljning-finsam/2025.csv", association.id()).session(director))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String value(String items, String key) {
        List<Map<String, Object>> found = JsonPath.read(items, "$[?(@.key == '" + key + "')]");
        assertThat(found).as(key).hasSize(1);
        return (String) found.get(0).get("value");
    }
}
