package se.samordna.documents;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.plan.StoredPlan;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;

/**
 * The board's documents on their own (with the modules they depend on): a stored plan is printed as a PDF and as a
 * Word document, and the same version of the plan is not rendered twice.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class DocumentsModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    RenderedPlans documents;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredPlanIsPrintedAsPdfAndWordAndAVersionIsRenderedOnce() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Dokument");
        ModuleTestDatabase.as("forbundschef-test", () -> {
            StoredPlan stored = plans.importFile(AssociationId.of(id), Seeds.text("ornskoldsvik-2025.yaml"), null);
            byte[] pdf = documents.document(stored.id(), stored.version(), stored.plan(), "pdf", false);
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(documents.document(stored.id(), stored.version(), stored.plan(), "pdf", false)).isSameAs(pdf);
            byte[] docx = documents.document(stored.id(), stored.version(), stored.plan(), "docx", false);
            assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).as("a Word file is a zip").isEqualTo("PK");
        });
    }
}
