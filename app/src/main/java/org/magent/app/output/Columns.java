package org.magent.app.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rows of numbers under named columns, and their text renderings.
 *
 * <p>CSV uses {@link Double#toString(double)} (shortest exact representation, so values parse back
 * bit for bit); the table uses 10 significant digits, right-aligned.
 *
 * @param names the column names
 * @param rows the rows, each as long as {@code names}
 */
public record Columns(List<String> names, List<double[]> rows) {

    /** Validates that every row has one value per column. */
    public Columns {
        names = List.copyOf(names);
        rows = List.copyOf(rows);
        for (double[] r : rows) {
            if (Objects.requireNonNull(r).length != names.size()) {
                throw new IllegalArgumentException("row of " + r.length + " values for " + names.size() + " columns");
            }
        }
    }

    /**
     * Writes a CSV header and the rows.
     *
     * @param w where to write
     */
    public void writeCsv(PrintWriter w) {
        w.println(String.join(",", names));
        for (double[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                sb.append(c == 0 ? "" : ",").append(r[c]);
            }
            w.println(sb);
        }
    }

    /**
     * Writes aligned columns with a header line.
     *
     * @param w where to write
     */
    public void writeTable(PrintWriter w) {
        int[] width = new int[names.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = Math.max(names.get(c).length(), 17);
        }
        StringBuilder head = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            head.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%" + width[c] + "s", names.get(c)));
        }
        w.println(head);
        for (double[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                sb.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%" + width[c] + "s", Texts.number(r[c])));
            }
            w.println(sb);
        }
    }

}
