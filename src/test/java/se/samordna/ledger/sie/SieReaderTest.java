package se.samordna.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The SIE reader against hand-written files with fictional figures, each refusal with its line, and random input. */
class SieReaderTest {

    static SieFile sample(String name) throws IOException {
        try (InputStream in = SieReaderTest.class.getResourceAsStream("/sie/" + name)) {
            return SieReader.read(in);
        }
    }

    static SieFile read(String text, Charset charset) throws IOException {
        return SieReader.read(new ByteArrayInputStream(text.getBytes(charset)));
    }

    static SieException refused(String text) {
        return catchThrowableOfType(SieException.class, () -> read(text, SieReader.PC8));
    }

    private static final String HEAD = "#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#RAR 0 20250101 20251231\n";

    @Test
    void aTypeFourFileGivesTheYearTheVouchersAndEachAccountsBalancesAndMovement() throws IOException {
        SieFile sie = sample("testforbundet-2025.se");

        assertThat(sie.sieType()).isEqualTo(4);
        assertThat(sie.companyName()).isEqualTo("Testförbundet Årshjulet");
        assertThat(sie.orgNumber()).isEqualTo("222000-0000");
        assertThat(sie.yearStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(sie.yearEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(sie.vouchers()).isEqualTo(4);
        // #RTRANS and #BTRANS do not count: the #TRANS beside an #RTRANS carries the row.
        assertThat(sie.transactions()).isEqualTo(8);
        SieFile.Account bank = sie.accounts().get("1930");
        assertThat(bank.name()).isEqualTo("Företagskonto");
        assertThat(bank.opening()).isEqualTo(50_000_000L);
        assertThat(bank.closing()).isEqualTo(164_249_950L);
        assertThat(bank.movement(4)).isEqualTo(114_249_950L).isEqualTo(bank.closing() - bank.opening());
        assertThat(sie.accounts().get("3010").movement(4)).isEqualTo(-120_000_000L);
        assertThat(sie.accounts().get("7010").name()).isEqualTo("Löner");
        // The surplus: 1 200 000 in, 45 000 and 12 500,50 out.
        assertThat(sie.result()).isEqualTo(114_249_950L);
        assertThat(sie.months()).containsEntry(new SieFile.MonthKey("7010", YearMonth.of(2025, 1), "1:100"), 4_500_000L)
                .containsEntry(new SieFile.MonthKey("6550", YearMonth.of(2025, 3), "1:200"), 1_250_050L)
                .containsEntry(new SieFile.MonthKey("3010", YearMonth.of(2025, 7), ""), -60_000_000L);
        assertThat(sie.budgets()).containsEntry(new SieFile.MonthKey("7010", YearMonth.of(2025, 1), ""), 5_000_000L);
        assertThat(sie.objects()).containsEntry("1:200", "Cykelverkstan");
        // #UNDERDIM names a dimension too; #OIB, #OUB and #PSALDO beside vouchers are read and checked, the vouchers' months kept.
        assertThat(sie.dimensions()).containsEntry("21", "Delprojekt");
        assertThat(sie.months()).doesNotContainKey(new SieFile.MonthKey("7010", YearMonth.of(2025, 1), ""));
    }

    @Test
    void aTypeTwoFileTakesTheMovementFromItsStatedResultAndTheMonthsFromItsPeriodBalances() throws IOException {
        SieFile sie = sample("periodforbundet-2025.se");

        assertThat(sie.sieType()).isEqualTo(2);
        assertThat(sie.vouchers()).isZero();
        assertThat(sie.accounts().get("3010").movement(2)).isEqualTo(-9_000_000L);
        assertThat(sie.accounts().get("1930").movement(2)).isEqualTo(5_000_000L);
        assertThat(sie.result()).isEqualTo(5_000_000L);
        assertThat(sie.months()).containsEntry(new SieFile.MonthKey("7010", YearMonth.of(2025, 2), ""), 2_000_000L);
    }

    @Test
    void withoutFormatTheBytesDecideTheEncoding() throws IOException {
        String text = "#SIETYP 1\n#FNAMN \"Förbundet i Åsele\"\n";
        assertThat(read(text, StandardCharsets.UTF_8).companyName()).isEqualTo("Förbundet i Åsele");
        assertThat(read(text, StandardCharsets.ISO_8859_1).companyName()).isEqualTo("Förbundet i Åsele");
        assertThat(read(text, SieReader.PC8).companyName()).isEqualTo("Förbundet i Åsele");
    }

    @Test
    void anUnbalancedVoucherIsRefusedAtItsLine() {
        SieException e = refused(HEAD + "#VER A 1 20250105 \"Fel\"\n{\n#TRANS 1930 {} 100.00\n#TRANS 3010 {} -90.00\n}\n");
        assertThat(e.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("rad 5: verifikation A 1 den 2025-01-05 balanserar inte: raderna summerar till 10.00 kr");
    }

    @Test
    void anUnbalancedVoucherIsNamedFirstAndAloneNotHiddenAmongWhatFollowsFromIt() {
        StringBuilder file = new StringBuilder(HEAD);
        for (int i = 0; i < 200; i++) {
            file.append("#PBUDGET 0 2025").append(String.format("%02d", i % 12 + 1)).append(" 7010 {} inte-ett-belopp\n");
        }
        file.append("#VER B 17 20251120 \"Lön november\"\n{\n#TRANS 7010 {} 35000.00\n#TRANS 1930 {} -34000.00\n}\n");
        SieException e = refused(file.toString());
        assertThat(e.problems()).extracting(Object::toString).singleElement().asString()
                .contains("verifikation B 17 den 2025-11-20 balanserar inte").contains("1000.00 kr");
    }

    @Test
    void aVoucherOutsideTheFinancialYearIsRefused() {
        SieException e = refused(HEAD + "#VER A 1 20240105 \"Fjol\"\n{\n#TRANS 1930 {} 100.00\n#TRANS 3010 {} -100.00\n}\n");
        assertThat(e.problems().get(0).toString()).isEqualTo("rad 5: verifikationens datum 2024-01-05 ligger utanför räkenskapsåret 2025-01-01–2025-12-31");
    }

    @Test
    void everyBadPlaceIsNamedWithItsLine() {
        SieException e = refused(HEAD
                + "#KONTO 3010 \"Bidrag\"\n"               // 5
                + "#VER A 1 20250105 \"Tre fel\"\n"        // 6
                + "{\n"                                     // 7
                + "#TRANS 1930 {} 12,50\n"                  // 8: comma
                + "#KONTO 1930 \"Bank\"\n"                  // 9: not inside a voucher
                + "#TRANS 3010 {} -12.505\n"                // 10: three decimals
                + "#TRANS 3010 -12.50\n"                    // 11: no object list
                + "}\n"
                + "#IB 0 1930 tusen\n"                      // 13
                + "#VER A 2 20251301 \"Datum\"\n");         // 14: no such date, and the file ends inside it
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "rad 8: '12,50' är inget belopp (skrivs med punkt och högst två decimaler, t.ex. -1250.50)",
                "rad 9: #KONTO får inte stå inuti en verifikation, bara #TRANS, #RTRANS och #BTRANS",
                "rad 10: '-12.505' är inget belopp (skrivs med punkt och högst två decimaler, t.ex. -1250.50)",
                "rad 11: #TRANS ska ha en objektlista inom { } efter kontot, även tom: #TRANS 1930 {} -100.00",
                "rad 13: 'tusen' är inget belopp (skrivs med punkt och högst två decimaler, t.ex. -1250.50)",
                "rad 14: #VER: datumet 20251301 finns inte",
                "rad 14: filen slutar mitt i verifikationen som börjar här (saknar })");
    }

    @Test
    void aFileThatIsNotSieIsRefusedAsAWhole() {
        assertThat(refused("Hej!\n").problems().get(0).toString()).isEqualTo("rad 1: raden börjar inte med en etikett (#…)");
        assertThat(refused("#FLAGGA 0\n").problems().get(0).toString()).isEqualTo("Filen saknar #SIETYP; är det en SIE-fil?");
        assertThat(refused("#SIETYP 5\n").problems().get(0).toString()).isEqualTo("rad 1: #SIETYP ska vara 1, 2, 3 eller 4, inte '5'");
        assertThat(refused("#SIETYP 4\n#FNAMN \"Öppen\n").problems().get(0).toString()).isEqualTo("rad 2: ett citattecken eller en klammer stängs inte");
    }

    @Test
    void moreThanFiftyProblemsStopTheReading() {
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i < 500; i++) {
            text.append("#IB 0 1930 fel\n");
        }
        SieException e = refused(text.toString());
        assertThat(e.problems()).hasSize(SieReader.MAX_PROBLEMS + 1);
        assertThat(e.problems().get(SieReader.MAX_PROBLEMS).message()).contains("läsningen avbröts");
    }

    @Test
    void randomInputIsEitherReadOrRefusedNeverAnythingElse() throws IOException {
        Random random = new Random(20251126);
        String[] pieces = {"#VER", "#TRANS", "#SIETYP 4", "#RAR 0 20250101 20251231", "{", "}", "\"", "\\", "1930", "-100.00",
                "{1 \"100\"}", "20250230", "#KONTO", "#PSALDO 0 202501 7010 {} 1", "\t", " ", "\n", "\r\n", "ö", "\u0000", "#IB 0"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            byte[] bytes = text.toString().getBytes(SieReader.PC8);
            if (random.nextInt(4) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            try {
                SieReader.read(new ByteArrayInputStream(bytes));
            } catch (SieException expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
        }
    }
}
