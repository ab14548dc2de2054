package org.magent.app.batch;

/** Writing CSV cells (RFC 4180): a cell with a comma, quote or line break is quoted, quotes doubled. */
final class Csv {

    private Csv() {
    }

    /**
     * Appends one cell.
     *
     * @param out the line being written
     * @param cell the cell text
     */
    static void appendCell(StringBuilder out, String cell) {
        boolean quote = false;
        for (int k = 0; k < cell.length() && !quote; k++) {
            char c = cell.charAt(k);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(cell);
            return;
        }
        out.append('"');
        for (int k = 0; k < cell.length(); k++) {
            char c = cell.charAt(k);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }
}
