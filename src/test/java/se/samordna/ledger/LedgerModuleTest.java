package se.samordna.ledger;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.InvalidInputException;

/**
 * The books on their own (with the plan, association and audit modules they depend on): a year's SIE file is imported all or
 * nothing and kept as sums per account, in öre; a file that is not SIE changes nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class LedgerModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    LedgerImports imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearsBooksAreImportedAsSumsPerAccountAndABrokenFileChangesNothing() throws Exception {
        UUID association = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Bokföring");
        ModuleTestDatabase.as("ekonom-test", () -> {
            try (InputStream sie = Files.newInputStream(Path.of("src/test/resources/sie/testforbundet-2025.se"))) {
                LedgerImports.Imported imported = imports.importSie(AssociationId.of(association), sie, false);
                assertThat(imported.yearStart()).hasToString("2025-01-01");
                assertThat(imported.orgNumber()).isEqualTo("222000-0000");
                assertThat(imports.accounts(AssociationId.of(association), 2025)).extracting(AnnualAccounts.Account::number, AnnualAccounts.Account::movement)
                        .contains(org.assertj.core.groups.Tuple.tuple("3010", -120_000_000L), org.assertj.core.groups.Tuple.tuple("6550", 1_250_050L));

                assertThatThrownBy(() -> imports.importSie(AssociationId.of(association), new java.io.ByteArrayInputStream("inte en SIE-fil".getBytes()), false))
                        .isInstanceOf(InvalidInputException.class);
                assertThat(imports.years(AssociationId.of(association))).hasSize(1);
                assertThat(imports.accounts(AssociationId.of(association), 2025)).extracting(AnnualAccounts.Account::number).contains("3010", "6550", "7010");
            }
        });
    }

    @Test
    void aFileWithoutTheBooksOrganisationNumberIsRefusedUnlessConfirmedAndAnotherNameIsNamed() throws Exception {
        UUID association = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Årshjulet");
        String withNumber = Files.readString(Path.of("src/test/resources/sie/testforbundet-2025.se"), se.samordna.ledger.sie.SieReader.PC8);
        String withoutNumber = withNumber.replaceAll("#ORGNR 222000-0000\\r?\\n", "").replace("#FNAMN \"Testförbundet Årshjulet\"", "#FNAMN \"Annat AB\"");
        ModuleTestDatabase.as("ekonom-test", () -> {
            LedgerImports.Imported first = imports.importSie(AssociationId.of(association), pc8(withNumber), false);
            assertThat(first.warnings()).anySatisfy(w -> assertThat(w).contains("222000-0000"));
            String sha = first.sha256();

            assertThatThrownBy(() -> imports.importSie(AssociationId.of(association), pc8(withoutNumber), false)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).toString()).contains("#ORGNR", "222000-0000"));
            assertThat(imports.find(AssociationId.of(association), 2025).orElseThrow().sha256()).as("nothing stored").isEqualTo(sha);

            LedgerImports.Imported confirmed = imports.importSie(AssociationId.of(association), pc8(withoutNumber), false, true);
            assertThat(confirmed.sha256()).isNotEqualTo(sha);
            assertThat(confirmed.warnings()).anySatisfy(w -> assertThat(w).contains("saknar organisationsnummer"))
                    .anySatisfy(w -> assertThat(w).contains("Annat AB", "Testförbundet Årshjulet"));
        });
    }

    @Test
    void aPoorerFileForAYearWithVouchersIsRefusedWithBothSummariesUnlessConfirmed() throws Exception {
        UUID association = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Årshjulet");
        String full = Files.readString(Path.of("src/test/resources/sie/testforbundet-2025.se"), se.samordna.ledger.sie.SieReader.PC8);
        String balancesOnly = "#FLAGGA 0\n#FORMAT PC8\n#SIETYP 1\n#ORGNR 222000-0000\n#FNAMN \"Testförbundet Årshjulet\"\n"
                + "#RAR 0 20250101 20251231\n#KONTO 1930 \"Bank\"\n#IB 0 1930 0.00\n#UB 0 1930 0.00\n";
        ModuleTestDatabase.as("ekonom-test", () -> {
            LedgerImports.Imported held = imports.importSie(AssociationId.of(association), pc8(full), false);
            assertThat(held.sieType()).isEqualTo(4);
            assertThatThrownBy(() -> imports.importSie(AssociationId.of(association), pc8(balancesOnly), false)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).toString())
                            .contains("SIE typ 1, 0 verifikationer").contains("SIE typ 4, " + held.vouchers() + " verifikationer"));
            assertThat(imports.find(AssociationId.of(association), 2025).orElseThrow().sha256()).as("the books stay").isEqualTo(held.sha256());
            LedgerImports.Imported replaced = imports.importSie(AssociationId.of(association), pc8(balancesOnly), false, true);
            assertThat(replaced.sieType()).isEqualTo(1);
            assertThat(replaced.warnings()).anySatisfy(w -> assertThat(w).contains("ersatte en rikare bokföring"));
        });
    }

    private static InputStream pc8(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(se.samordna.ledger.sie.SieReader.PC8));
    }
}
