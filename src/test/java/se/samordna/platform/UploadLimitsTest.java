package se.samordna.platform;

import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.Seeds;
import se.samordna.documents.BudgetWorkbook;
import se.samordna.shared.Role;

/** Every import is bounded by what it costs, refused with a clear message before the work starts. */
@SamordnaTest
class UploadLimitsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOutcomeFileWithTooManyRowsIsRefusedAndAGoodOneIsOneStatementAndOneAuditEntry() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String id = jdbc.sql("select content->'initiatives'->0->>'id' from plan where association_id = :a").param("a", kd.id().value())
                .query(String.class).single();

        StringBuilder huge = new StringBuilder("initiative;year;amount\n");
        for (int i = 0; i < 6_000; i++) {
            huge.append(id).append(";2025;").append(i).append('\n');
        }
        mvc.perform(post("/api/v1/associations/{id}/initiatives/outcomes", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content(huge.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("fler än 5000 rader")));

        long auditBefore = jdbc.sql("select count(*) from audit_log where association_id = :a").param("a", kd.id().value()).query(Long.class).single();
        String good = "initiative;year;amount\n" + id + ";2025;150000\n" + id + ";2026;160 000\n";
        mvc.perform(post("/api/v1/associations/{id}/initiatives/outcomes", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content(good))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        assertThat(jdbc.sql("select amount_ore from initiative_outcome where association_id = :a and initiative_id = :i and year = 2026")
                .param("a", kd.id().value()).param("i", id).query(Long.class).single()).isEqualTo(16_000_000L);
        assertThat(jdbc.sql("select count(*) from audit_log where association_id = :a").param("a", kd.id().value()).query(Long.class).single())
                .isEqualTo(auditBefore + 1);
        assertThat(jdbc.sql("select changes->>'rows' from audit_log where association_id = :a order by chain_seq desc limit 1")
                .param("a", kd.id().value()).query(String.class).single()).isEqualTo("2");

        mvc.perform(post("/api/v1/associations/{id}/initiatives/outcomes", kd.id()).session(director).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content("initiative;year;amount\n" + id + ";2025;1\n" + id + ";2025;2\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("finns redan på rad 2")));
    }

    @Test
    void aWorkbookThatUnpacksToTooMuchIsRefusedBeforePoiReadsIt() throws Exception {
        byte[] real = BudgetWorkbook.write(Seeds.plan("sodra-dalarna-2025.yaml"));

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            copyEntries(real, zip, "xl/sharedStrings.xml");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes());
            byte[] item = "<si><t>x</t></si>".getBytes();
            for (int i = 0; i < 600_000; i++) {
                zip.write(item);
            }
            zip.write("</sst>".getBytes());
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(2_000_000);

        long started = System.nanoTime();
        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> BudgetWorkbook.read(bomb.toByteArray()));
        assertThat(e.problems().get(0).message()).contains("för stor uppackad");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);

        PlanFileException broken = catchThrowableOfType(PlanFileException.class,
                () -> BudgetWorkbook.read(java.util.Arrays.copyOf(real, real.length / 2)));
        assertThat(broken.problems().get(0).message()).contains("ingen XLSX");
    }

    private static void copyEntries(byte[] xlsx, ZipOutputStream out, String except) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(except)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }
}
