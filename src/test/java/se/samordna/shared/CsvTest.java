package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://example.com\";\"klicka\")")).isEqualTo("\"'=HYPERLINK(\"\"http://example.com\"\";\"\"klicka\"\")\"");
        assertThat(Csv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void ordinaryTextAndNumbersAreUntouched() {
        assertThat(Csv.row("Rebus Hagfors", "2025H1", 12, 9, 21)).isEqualTo("Rebus Hagfors;2025H1;12;9;21\n");
        assertThat(Csv.row("Samverkan; Avesta", null, -5)).isEqualTo("\"Samverkan; Avesta\";;-5\n");
    }

    @Test
    void aNeutralisedCellReadsBackAsWritten() {
        assertThat(Csv.value(Csv.cell("-AB-12"))).isEqualTo("-AB-12");
        assertThat(Csv.value(Csv.cell("=1+1"))).isEqualTo("=1+1");
        assertThat(Csv.value("'quoted text")).isEqualTo("'quoted text");
        assertThat(Csv.value("RH-017")).isEqualTo("RH-017");
    }
}
