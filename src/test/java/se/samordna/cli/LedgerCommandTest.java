package se.samordna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class LedgerCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryGivesTheYearTheCountsEachAccountAndTheResultInKronor() {
        PlanCheckCommandTest.Run run = PlanCheckCommandTest.run("ledger", "summary", "src/test/resources/sie/testforbundet-2025.se", "--json");

        assertThat(run.exit()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        assertThat(json.get("sieType")).isEqualTo(4);
        assertThat((Map<String, Object>) json.get("financialYear")).containsEntry("start", "2025-01-01").containsEntry("end", "2025-12-31");
        assertThat(json.get("vouchers")).isEqualTo(4);
        assertThat(json.get("transactions")).isEqualTo(8);
        Map<String, Map<String, Object>> accounts = (Map<String, Map<String, Object>>) json.get("accounts");
        assertThat(accounts.get("1930")).containsEntry("name", "Företagskonto");
        assertThat(((Number) accounts.get("1930").get("opening")).doubleValue()).isEqualTo(500_000.0);
        assertThat(((Number) accounts.get("1930").get("closing")).doubleValue()).isEqualTo(1_642_499.5);
        assertThat(((Number) accounts.get("1930").get("movement")).doubleValue()).isEqualTo(1_142_499.5);
        assertThat(((Number) accounts.get("6550").get("movement")).doubleValue()).isEqualTo(12_500.5);
        assertThat(((Number) json.get("result")).doubleValue()).isEqualTo(1_142_499.5);
        assertThat(run.out()).contains("\"result\" : 1142499.5");
    }

    /** Books larger than the server takes are refused before they are read; one line of 64 MB is a problem at its line, not held. */
    @Test
    void booksLargerThanTheServerTakesAreRefusedAndALongLineIsOneProblem(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("stor.se");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        for (String[] args : java.util.List.of(new String[] {"ledger", "summary", huge.toString()},
                new String[] {"annual-report", "examples/plans/sodra-dalarna-2025.yaml", huge.toString(), "--year", "2025"})) {
            PlanCheckCommandTest.Run run = PlanCheckCommandTest.run(args);
            assertThat(run.exit()).as(args[0]).isEqualTo(2);
            assertThat(run.err()).as(args[0]).contains("stor.se är för stor (högst 64 MB)").doesNotContain("Exception");
        }
        Path line = Files.writeString(dir.resolve("rad.se"), "#SIETYP 4\n#FNAMN \"" + "x".repeat(20_000_000) + "\"\n");
        PlanCheckCommandTest.Run run = PlanCheckCommandTest.run("ledger", "summary", line.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("rad 2: raden är längre än 10000 tecken");
    }

    @Test
    void aBadFileExitsTwoWithEveryProblemByLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fel.se");
        Files.writeString(file, "#SIETYP 4\n#RAR 0 20250101 20251231\n#VER A 1 20250105 \"\"\n{\n#TRANS 1930 {} 100.00\n}\n");

        PlanCheckCommandTest.Run run = PlanCheckCommandTest.run("ledger", "summary", file.toString(), "--json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rad 3: verifikation A 1 den 2025-01-05 balanserar inte: raderna summerar till 100.00 kr").doesNotContain("Exception");
        assertThat(PlanCheckCommandTest.run("ledger", "summary", dir.resolve("saknas.se").toString()).exit()).isEqualTo(2);
    }
}
