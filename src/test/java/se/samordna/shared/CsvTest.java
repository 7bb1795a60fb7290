package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
    void aQuotedCellWithTheSeparatorALineBreakOrAQuoteIsReadAsOneCellAndLinesAreCountedFromTheFile() {
        String file = "region;kön;period;hel;bef\n" + Csv.row("Värmland; norra", "kvinnor", "2025", "1\n200", "=SUMMA(A1)")
                + "\n" + Csv.row("Dalarna \"län\"", "män", "2025", 900, 14_000);
        java.util.List<Csv.Row> rows = Csv.rows(file, 100, Csv.Separator.SEMICOLON);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("Värmland; norra", "kvinnor", "2025", "1\n200", "'=SUMMA(A1)");
        assertThat(Csv.value(rows.get(1).cells()[4])).isEqualTo("=SUMMA(A1)");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).line()).as("after a record of two lines and an empty one").isEqualTo(5);
        assertThat(rows.get(2).cells()).containsExactly("Dalarna \"län\"", "män", "2025", "900", "14000");
        assertThat(Csv.rows("a,b,c\n1,2,3\n", 10, Csv.Separator.SEMICOLON_OR_COMMA).get(1).cells()).containsExactly("1", "2", "3");
        // A comment before a record is not the record: the data row after it keeps its own line and text.
        List<Csv.Row> commented = Csv.rows("# källa: SCB\nregion;kön\n# mitt i filen\nVärmland;kvinnor\n", 10, Csv.Separator.SEMICOLON_OR_COMMA);
        assertThat(commented).extracting(Csv.Row::line, Csv.Row::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "region;kön"), org.assertj.core.groups.Tuple.tuple(4, "Värmland;kvinnor"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Csv.rows("a;b\n\"öppen;c\n", 10, Csv.Separator.SEMICOLON))
                .isInstanceOf(InvalidInputException.class);
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
