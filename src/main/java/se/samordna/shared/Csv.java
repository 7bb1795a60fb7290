package se.samordna.shared;

/**
 * CSV files read with Apache Commons CSV (a quoted cell may hold the separator, quotes and line breaks), each record with
 * the line it starts on. Cells of the CSV files Samordna writes (semicolon-separated, as Swedish Excel reads them). A cell that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with
 * an apostrophe, so it is shown as text and never run; a cell holding the separator, a quote or a line break is quoted.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String text = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A cell as {@link #cell} wrote it, read back: the apostrophe that kept a formula character from running is dropped. */
    public static String value(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** One line of cells, ending in a line break. */
    public static String row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(';');
            }
            line.append(cells[i] instanceof Number ? cells[i].toString() : cell(cells[i] == null ? null : cells[i].toString()));
        }
        return line.append('\n').toString();
    }

    /**
     * The lines of an uploaded CSV, refused before any work when there are more than {@code maxLines}: an import is
     * bounded whatever the file's size.
     */
    public static String[] lines(String csv, int maxLines) {
        if (csv == null || csv.isEmpty()) {
            return new String[0];
        }
        int count = 1;
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == '\n' && ++count > maxLines + 1) {
                throw new InvalidInputException(Text.of("place.fil"), Text.of("error.filenHarFlerAnRader", maxLines));
            }
        }
        return csv.split("\\R");
    }

    /** How the cells of an uploaded file are separated. */
    public enum Separator {
        /** Semicolons, as Swedish Excel writes. */
        SEMICOLON,
        /** Semicolons when the first line has one, else commas (files from SCB and other systems); lines starting with # are comments. */
        SEMICOLON_OR_COMMA
    }

    /** One record: the line it starts on (from 1), that line's text (stripped, for headers and comments), and its cells. */
    public record Row(int line, String text, String[] cells) {
    }

    /**
     * The records of an uploaded CSV, refused before any work when there are more than {@code maxLines} lines. Empty lines
     * are skipped; a quote that is never closed is refused naming its line.
     */
    public static java.util.List<Row> rows(String csv, int maxLines, Separator separator) {
        lines(csv, maxLines);
        if (csv == null || csv.isBlank()) {
            return java.util.List.of();
        }
        String first = csv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
        char delimiter = separator == Separator.SEMICOLON || first.indexOf(';') >= 0 ? ';' : ',';
        java.util.List<Integer> breaks = new java.util.ArrayList<>();
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == '\n') {
                breaks.add(i + 1);
            }
        }
        java.util.List<Row> rows = new java.util.ArrayList<>();
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setQuote('"').setIgnoreEmptyLines(true).setRecordSeparator("\n")
                .setCommentMarker(separator == Separator.SEMICOLON_OR_COMMA ? Character.valueOf('#') : null).get();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(csv, format)) {
            for (java.util.Iterator<org.apache.commons.csv.CSVRecord> records = parser.iterator(); ; ) {
                long before = parser.getCurrentLineNumber();
                org.apache.commons.csv.CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    throw new InvalidInputException(Text.of("place.rad2", before + 1), Text.of("error.csvUnclosedQuote"));
                }
                int position = (int) record.getCharacterPosition();
                boolean comments = separator == Separator.SEMICOLON_OR_COMMA;
                while (position < csv.length()) {
                    // The empty lines and comments skipped before the record: the record starts after them.
                    char c = csv.charAt(position);
                    if (c == '\n' || c == '\r') {
                        position++;
                    } else if (comments && c == '#') {
                        int next = csv.indexOf('\n', position);
                        position = next < 0 ? csv.length() : next + 1;
                    } else {
                        break;
                    }
                }
                int line = lineOf(breaks, position);
                int end = csv.indexOf('\n', position);
                String text = csv.substring(position, end < 0 ? csv.length() : end).strip();
                rows.add(new Row(line, text, record.values()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static int lineOf(java.util.List<Integer> breaks, int position) {
        int index = java.util.Collections.binarySearch(breaks, position);
        return (index >= 0 ? index + 1 : -index - 1) + 1;
    }

    /** The SHA-256 of a file's text, for the audit entry of an import. */
    public static String checksum(String text) {
        return Sha256.hex(text);
    }
}
