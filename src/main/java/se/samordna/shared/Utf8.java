package se.samordna.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Text from an uploaded file: strictly UTF-8 (a byte-order mark is dropped), refused with its place otherwise. */
public final class Utf8 {

    private Utf8() {
    }

    public static String decode(byte[] bytes, String place) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (MalformedInputException e) {
            throw new InvalidInputException(place, Text.of("error.filenArInteIUtf2", lineAt(bytes, start)));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(place, Text.of("error.filenArInteIUtf"));
        }
    }

    private static int lineAt(byte[] bytes, int start) {
        // The first byte that is not valid UTF-8, found the slow way only when the file is already refused.
        int line = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return line;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return line;
    }
}
