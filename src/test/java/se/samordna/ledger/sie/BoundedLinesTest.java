package se.samordna.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    /** Split as BufferedReader splits, also where a \r\n falls across the 64 kB read buffer's edge. */
    @Test
    void splitsLinesAsTheJdkDoes() throws IOException {
        String edge = "x".repeat((1 << 16) - 1);
        for (String text : List.of("", "\n", "a", "a\n", "a\r\nb", "a\rb\r", "a\r\n\r\nb\n\n", "#VER A 1 20250101\n{\n}\r\n",
                edge + "\r\nnext", edge + "\r\rnext\r\n", "å\u00a0ö\n")) {
            assertThat(lines(new BoundedLines(new StringReader(text), 1 << 20))).as(text.length() > 50 ? "the buffer's edge" : text)
                    .isEqualTo(new BufferedReader(new StringReader(text)).lines().toList());
        }
    }

    /** A line of 256 MB is read to its end but only its first max + 1 characters are kept; the next line is whole. */
    @Test
    void aLineLongerThanTheBoundIsKeptToItsFirstCharactersOnly() throws IOException {
        long length = 1L << 28;
        Reader huge = new Reader() {
            long given;
            boolean tailGiven;

            @Override
            public int read(char[] into, int offset, int count) {
                if (given < length) {
                    int n = (int) Math.min(count, length - given);
                    java.util.Arrays.fill(into, offset, offset + n, 'x');
                    given += n;
                    return n;
                }
                if (!tailGiven) {
                    tailGiven = true;
                    String tail = "\n#KONTO 1930 Bank\n";
                    tail.getChars(0, tail.length(), into, offset);
                    return tail.length();
                }
                return -1;
            }

            @Override
            public void close() {
            }
        };
        assertThat(lines(new BoundedLines(huge, 10_000))).satisfiesExactly(
                first -> assertThat(first).hasSize(10_001).matches("x+"),
                second -> assertThat(second).isEqualTo("#KONTO 1930 Bank"));
    }

    private static List<String> lines(BoundedLines reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }
}
