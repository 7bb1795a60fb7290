package se.samordna.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * PDFs kept by what they print: the key is the SHA-256 of the document's XHTML, so a document whose figures, texts or
 * measurements changed is a new key and is rendered again, and the same papers asked for by every board member are
 * rendered once. Rendering is most of a document's cost; writing its XHTML is cheap. At most an eighth of the JVM's
 * heap, and never more than 64 MB, of PDF is kept (16 MB under the launcher's 128 MB heap), the least recently asked for
 * leave first: a cache sized for a large heap let the national working day run a small one out of memory. Only this JVM's renders are kept, so there is nothing a
 * second instance could make stale.
 */
final class RenderedPdfs {

    static final long MAX_BYTES = Math.max(4L * 1024 * 1024, Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8));

    private static final Map<String, byte[]> BY_CONTENT = new LinkedHashMap<>(64, 0.75f, true);
    private static long bytes;

    /**
     * Off in a command that renders one document and exits ({@link CommandLinePdf}): it has nothing to keep a PDF for,
     * and hashing the XHTML in a new JVM (the digest's provider found, SHA-256 run cold) was 3 % of that command.
     */
    private static volatile boolean keeping = true;

    private RenderedPdfs() {
    }

    static void keeping(boolean keep) {
        keeping = keep;
    }

    static byte[] pdf(String xhtml, Function<String, byte[]> render) {
        if (!keeping) {
            return render.apply(xhtml);
        }
        String key = digest(xhtml);
        synchronized (BY_CONTENT) {
            byte[] known = BY_CONTENT.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] pdf = render.apply(xhtml);
        synchronized (BY_CONTENT) {
            byte[] replaced = BY_CONTENT.put(key, pdf);
            bytes += pdf.length - (replaced == null ? 0 : replaced.length);
            Iterator<byte[]> eldest = BY_CONTENT.values().iterator();
            while (bytes > MAX_BYTES && eldest.hasNext()) {
                bytes -= eldest.next().length;
                eldest.remove();
            }
        }
        return pdf;
    }

    private static String digest(String xhtml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
