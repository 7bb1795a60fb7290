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

    /** An amount in öre: a point and at most two decimals, at most 13 digits before it; null when it is not one. */
    static Long ore(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        while (i < length && Character.isDigit(text.charAt(i)) && digits <= 13) {
            whole = whole * 10 + (text.charAt(i) - '0');
            digits++;
            i++;
        }
        long fraction = 0;
        int decimals = 0;
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && Character.isDigit(text.charAt(i)) && decimals <= 2) {
                fraction = fraction * 10 + (text.charAt(i) - '0');
                decimals++;
                i++;
            }
        }
        if (digits == 0 || digits > 13 || decimals > 2 || i != length) {
            return null;
        }
        long ore = whole * 100 + (decimals == 1 ? fraction * 10 : fraction);
        return negative ? -ore : ore;
    }

}
