package se.samordna.shared;

/**
 * Cells of the CSV files Samordna writes (semicolon-separated, as Swedish Excel reads them). A cell that a
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

    /** The SHA-256 of a file's text, for the audit entry of an import. */
    public static String checksum(String text) {
        return Sha256.hex(text);
    }
}
