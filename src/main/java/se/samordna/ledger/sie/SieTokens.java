package se.samordna.ledger.sie;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SIE line into its fields: words separated by spaces or tabs, strings in quotes (a backslash escapes the next
 * character), and object lists in braces, returned as a nested list of their own fields.
 */
final class SieTokens {

    private SieTokens() {
    }

    /** The fields of the line, or null when a quote or a brace is left open. */
    static List<Object> split(String line) {
        List<Object> top = new ArrayList<>();
        List<Object> current = top;
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    current.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '{' && current == top) {
                if (inWord) {
                    current.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                current = new ArrayList<>();
            } else if (c == '}' && current != top) {
                if (inWord) {
                    current.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                top.add(current);
                current = top;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted || current != top) {
            return null;
        }
        if (inWord) {
            top.add(word.toString());
        }
        return top;
    }

    /** "" for no object, else "dimension:object" of the first pair in the list. */
    static String object(List<?> list) {
        return list.size() >= 2 ? list.get(0) + ":" + list.get(1) : "";
    }

    static Object field(List<Object> fields, int index) {
        return index < fields.size() ? fields.get(index) : null;
    }

    static String string(List<Object> fields, int index) {
        Object value = field(fields, index);
        return value instanceof String s ? s : "";
    }

    static String kronor(long ore) {
        return java.math.BigDecimal.valueOf(ore, 2).toPlainString();
    }
}
