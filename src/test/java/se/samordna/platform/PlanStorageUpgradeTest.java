package se.samordna.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.documents.PlanDocuments;
import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.plan.StoredForm;
import se.samordna.plan.PlanFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A database made by the previous release (schema V21) holds plans stored without line ids, their budget lines naming
 * initiatives by name. Migrating gives every stored plan, open or adopted, its line ids and initiative ids (V22), then
 * the database's own form with amounts in öre (V23), and every plan reads exactly as before at each step: each of the
 * five seeds stored as the previous release stored it gives the same JSON, the same PDF text and the same DOCX text
 * after the migration as before it.
 */
class PlanStorageUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void storedPlansOfThePreviousReleaseGetLineAndInitiativeIdsAndReadAsBefore() throws Exception {
        DatabaseSecret secret = DatabaseSecret.in(temp);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("postgres"), false, secret)) {
            Flyway previous = Flyway.configure().dataSource(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())
                    .locations("classpath:db/migration").target("21").load();
            previous.migrate();
            JsonMapper json = JsonMapper.builder().build();
            String klaralvdalen = previousReleaseForm(json, Seeds.plan("klaralvdalen-2025.yaml"));
            String ornskoldsvik = previousReleaseForm(json, Seeds.plan("ornskoldsvik-2025.yaml"));
            assertThat(klaralvdalen).doesNotContain("\"id\":\"insats-rebus-hagfors\"").contains("\"initiative\":\"Rebus Hagfors\"");
            UUID draft = UUID.randomUUID();
            UUID adopted = UUID.randomUUID();
            Map<UUID, String> others = new LinkedHashMap<>();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())) {
                insert(connection, draft, "Testförbundet Uppgradering", klaralvdalen, "DRAFT");
                insert(connection, adopted, "Testförbundet Fastställd", ornskoldsvik, "ADOPTED");
                for (String seed : List.of("norra-vastmanland-2022.yaml", "sodra-dalarna-2025.yaml", "vasterbergslagen-2025.yaml")) {
                    UUID id = UUID.randomUUID();
                    String stored = previousReleaseForm(json, Seeds.plan(seed));
                    insert(connection, id, "Testförbundet " + seed, stored, "ADOPTED");
                    others.put(id, stored);
                }
            }

            Flyway.configure().dataSource(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())
                    .locations("classpath:db/migration").target("22").load().migrate();

            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())) {
                String upgraded = content(connection, draft);
                JsonNode rebus = json.readTree(upgraded).get("budget").get("groups").get(3).get("lines").get(1);
                assertThat(rebus.get("id").asString()).isEqualTo("insats-rebus-hagfors");
                assertThat(rebus.get("initiative").asString()).isEqualTo("Rebus Hagfors");
                assertThat(rebus.get("initiativeId").asString()).isEqualTo("rebus-hagfors");
                assertThat(PlanFiles.readJson(upgraded)).isEqualTo(PlanFiles.readJson(klaralvdalen));
                String adoptedNow = content(connection, adopted);
                assertThat(adoptedNow).contains("\"initiativeId\"");
                assertThat(PlanFiles.readJson(adoptedNow)).isEqualTo(PlanFiles.readJson(ornskoldsvik));
            }

            // V23: the database's own form, amounts in öre; both plans still read exactly as the previous release read them.
            Flyway.configure().dataSource(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())) {
                String stored = content(connection, draft);
                JsonNode root = json.readTree(stored);
                assertThat(root.get("storedForm").asInt()).isEqualTo(StoredForm.VERSION);
                JsonNode rebus = root.get("budget").get("groups").get(3).get("lines").get(1);
                assertThat(rebus.get("id").asString()).isEqualTo("insats-rebus-hagfors");
                assertThat(rebus.get("initiative").asString()).as("linked by the initiative's id").isEqualTo("rebus-hagfors");
                Plan klaralvdalenPlan = PlanFiles.readJson(klaralvdalen);
                long ore = klaralvdalenPlan.budget().groups().get(3).lines().get(1).amount(2025).ore();
                assertThat(rebus.get("amounts").get("2025").asLong()).as("whole öre").isEqualTo(ore);
                assertThat(StoredForm.read(stored)).isEqualTo(klaralvdalenPlan);
                String adoptedStored = content(connection, adopted);
                assertThat(StoredForm.isCurrent(adoptedStored)).isTrue();
                assertThat(StoredForm.read(adoptedStored)).isEqualTo(PlanFiles.readJson(ornskoldsvik));

                // The proof the board needs: each of the five seeds prints the same document before and after.
                Map<UUID, String> before = new LinkedHashMap<>(others);
                before.put(draft, klaralvdalen);
                before.put(adopted, ornskoldsvik);
                for (Map.Entry<UUID, String> plan : before.entrySet()) {
                    Plan asThePreviousReleaseReadIt = PlanFiles.readJson(plan.getValue());
                    Plan asStoredNow = StoredForm.read(content(connection, plan.getKey()));
                    String name = asStoredNow.association().name();
                    assertThat(PlanFiles.writeJson(asStoredNow)).as("%s: the plan's JSON", name)
                            .isEqualTo(PlanFiles.writeJson(asThePreviousReleaseReadIt));
                    assertThat(pdfText(PlanDocuments.pdf(asStoredNow))).as("%s: the plan document's text", name)
                            .isEqualTo(pdfText(PlanDocuments.pdf(asThePreviousReleaseReadIt)))
                            .contains(asStoredNow.association().name().replace('\u00a0', ' ').split(" ")[0]);
                    assertThat(docxText(PlanDocuments.docx(asStoredNow))).as("%s: the DOCX's text", name)
                            .isEqualTo(docxText(PlanDocuments.docx(asThePreviousReleaseReadIt)));
                }
            }
        }
    }

    /** The PDF's text as {@code pdftotext} gives it, unnormalised: every character and line break counts. */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The plan as the previous release stored it: lines without ids, initiatives named on the line by their name. */
    private static String previousReleaseForm(JsonMapper json, Plan plan) {
        ObjectNode root = (ObjectNode) json.readTree(PlanFiles.writeJson(plan));
        root.get("budget").get("groups").forEach(group -> group.get("lines").forEach(line -> {
            ((ObjectNode) line).remove("id");
            ((ObjectNode) line).remove("initiativeId");
        }));
        return json.writeValueAsString(root);
    }

    private static void insert(Connection connection, UUID plan, String name, String content, String status) throws Exception {
        UUID association = UUID.randomUUID();
        try (PreparedStatement a = connection.prepareStatement("insert into association (id, name, slug) values (?, ?, ?)");
             PreparedStatement p = connection.prepareStatement("""
                     insert into plan (id, association_id, version, content, updated_by, budget_year, status, adopted_on, minutes)
                     values (?, ?, 3, cast(? as jsonb), 'test', 2025, ?, case when ? = 'ADOPTED' then date '2024-11-20' end,
                             case when ? = 'ADOPTED' then '§ 45' end)""")) {
            a.setObject(1, association);
            a.setString(2, name);
            a.setString(3, "t-" + association);
            a.executeUpdate();
            p.setObject(1, plan);
            p.setObject(2, association);
            p.setString(3, content);
            p.setString(4, status);
            p.setString(5, status);
            p.setString(6, status);
            p.executeUpdate();
        }
    }

    private static String content(Connection connection, UUID plan) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("select content::text from plan where id = ?")) {
            select.setObject(1, plan);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
