package se.samordna.shared;

/**
 * Text a user gave, put into XML we write ourselves (the documents' XHTML, their SVG pictures, an archive's METS file):
 * the markup characters are escaped, and each character XML 1.0 cannot hold at all (a control character other than tab,
 * line feed and carriage return, half of a surrogate pair, U+FFFE, U+FFFF) is written as U+FFFD, the sign that a
 * character stood there. Without that, a plan whose text held one such character, which YAML and JSON both carry, made
 * every document of it fail.
 */
public final class Xml {

    private Xml() {
    }

    public static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder xml = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        xml.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        xml.append('\uFFFD');
                    } else {
                        xml.append(c);
                    }
                }
            }
        }
        return xml.toString();
    }
}
