package se.samordna.ledger.sie;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Which encoding a SIE file is written in, decided from its first 64 kB before it is read. */
final class SieEncoding {

    private SieEncoding() {
    }

    /**
     * The encoding: PC8 (code page 437) when the file says #FORMAT PC8, as the format prescribes. Without #FORMAT, the
     * bytes decide: valid UTF-8 with letters beyond ASCII is UTF-8 (PC8 and ISO-8859-1 text is almost never valid
     * UTF-8); otherwise PC8 when a byte lies in 0x80–0x9F (PC8's å, ä, ö, where ISO-8859-1 has only control
     * characters), and ISO-8859-1 else.
     */
    static Charset of(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.matches("(?s).*#FORMAT\\s+\"?PC8\"?.*")) {
            return SieReader.PC8;
        }
        boolean high = false;
        for (byte b : head) {
            high |= (b & 0x80) != 0;
        }
        if (!high) {
            return SieReader.PC8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(head, 0, utf8Boundary(head)));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            for (byte b : head) {
                int v = b & 0xFF;
                if (v >= 0x80 && v <= 0x9F) {
                    return SieReader.PC8;
                }
            }
            return StandardCharsets.ISO_8859_1;
        }
    }

    /** The length of {@code head} without a UTF-8 sequence cut at its end. */
    private static int utf8Boundary(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int v = head[end - back] & 0xFF;
            if ((v & 0xC0) == 0xC0) {
                return end - back;
            }
            if ((v & 0x80) == 0) {
                break;
            }
        }
        return end;
    }
}
