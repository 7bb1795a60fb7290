package se.samordna.ledger.sie;

import java.io.IOException;
import java.io.Reader;

/**
 * A file's lines as {@link java.io.BufferedReader#readLine()} splits them (at \n, \r or \r\n), each kept to at most
 * {@code max + 1} characters: a longer line is read to its end but not held, so a file of one line of gigabytes costs
 * no more memory than a short one, and its length still shows that it was too long.
 */
final class BoundedLines {

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[1 << 16];
    private int next;
    private int end;
    private boolean skipNewline;

    BoundedLines(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its end, or null after the last. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean any = false;
        while (true) {
            if (next >= end) {
                end = in.read(buffer, 0, buffer.length);
                next = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? line.toString() : null;
                }
            }
            if (skipNewline) {
                skipNewline = false;
                if (buffer[next] == '\n') {
                    next++;
                    continue;
                }
            }
            int start = next;
            while (next < end && buffer[next] != '\n' && buffer[next] != '\r') {
                next++;
            }
            int room = max + 1 - line.length();
            if (room > 0) {
                line.append(buffer, start, Math.min(room, next - start));
            }
            any = true;
            if (next < end) {
                skipNewline = buffer[next] == '\r';
                next++;
                return line.toString();
            }
        }
    }
}
