package org.magent.medium.tabulated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.magent.validation.InvalidInputException;

/**
 * The CSV format of a tabulated spectrum (natural units, ħ = k_B = 1):
 * <pre>
 * # comment lines start with '#'; blank lines are ignored
 * omega,r,A11,A12_re,A12_im
 * energy,length,1/energy,1/energy,1/energy      (optional units line; only natural units)
 * -5.0,1.0,-1.2e-4,-3.1e-5,0.0
 * -5.0,2.0,-1.2e-4,8.0e-6,0.0
 * -4.99,1.0,...
 * </pre>
 * One row per grid point (ω, r): ω (natural units, energy), r (medium length unit), 𝒜_11(ω) and
 * 𝒜_12(ω; r) = Re + i Im (natural units, 1/energy), where 𝒜_ij = i[G_ij − G_ji*] (docs/physics.md). Columns may
 * come in any order; A12_im may be left out (then 0: a reciprocal medium). Rows are ordered by ω, then r: every
 * ω block lists the same strictly ascending separations, and A11, which does not depend on r, repeats the same
 * value in the whole block. ω must lie on a uniform grid (the Kramers–Kronig transform needs it; deviations up
 * to 1e-6 of the step are tolerated and the grid is taken as ω_0 + iΔω with Δω = (ω_last − ω_0)/(N−1)).
 * Every malformed file is refused with an {@link InvalidInputException} (parameter "file") naming the file, the
 * line and the column.
 */
public final class SpectrumCsv {

    /** The column names. */
    public static final List<String> COLUMNS = List.of("omega", "r", "A11", "A12_re", "A12_im");
    private static final List<String> UNITS = List.of("energy", "length", "1/energy", "1/energy", "1/energy");
    private static final double GRID_TOLERANCE = 1e-6;
    /** Letters other than an exponent mark: Java's parser would accept "1d", "0x1p3", "Infinity". */
    private static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("[a-zA-Z&&[^eE]]");
    /** Rows as arrays of strings, quoting per RFC 4180, comment lines ('#') skipped. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.ALLOW_COMMENTS).build();

    private SpectrumCsv() {
    }

    /**
     * Reads a table.
     *
     * @param file the CSV file
     * @return the table
     * @throws InvalidInputException naming the file (and line and column) when it cannot be read or is malformed
     */
    public static SpectrumTable read(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("file", "file = " + file + " is a directory, not a tabulated spectrum CSV");
        }
        String text;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", "file = " + file + ": no such file (tabulated spectrum CSV)", e);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("file", "file = " + file + " is not a text file (tabulated spectrum CSV"
                    + " expected)");
        }
        return new Parser(file, records(file, text)).parse();
    }

    /** A non-blank, non-comment CSV record and the line it starts on (1-based). */
    private record Fields(int line, String[] values) {
    }

    /**
     * The records of the file, read by Jackson's CSV parser (RFC 4180 quoting, so a quoted field may hold a comma):
     * fields trimmed, blank lines and lines whose first field starts with '#' skipped, a byte-order mark dropped.
     */
    private static List<Fields> records(Path file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Fields> out = new ArrayList<>();
        try (CsvParser parser = CSV.createParser(body)) {
            parser.setSchema(CsvSchema.emptySchema());
            List<String> values = new ArrayList<>();
            int line = 0;
            int depth = 0; // WRAP_AS_ARRAY: the document is an array (depth 1) of rows (depth 2)
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    depth++;
                    values.clear();
                } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
                    boolean blank = values.stream().allMatch(String::isEmpty);
                    boolean comment = !values.isEmpty() && values.get(0).startsWith("#");
                    if (!blank && !comment) {
                        out.add(new Fields(line, values.toArray(new String[0])));
                    }
                } else if (t == JsonToken.VALUE_STRING) {
                    if (values.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    values.add(parser.getText().strip());
                }
            }
        } catch (JsonProcessingException e) {
            String line = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? ", line " + e.getLocation().getLineNr() : "";
            throw new InvalidInputException("file", "file = " + file + line + " is not valid CSV: "
                    + e.getOriginalMessage() + " (tabulated spectrum CSV)", e);
        } catch (IOException e) {
            throw new InvalidInputException("file", "file = " + file + " is not valid CSV: " + e.getMessage()
                    + " (tabulated spectrum CSV)", e);
        }
        return out;
    }

    /** A file that cannot be read, in words (no Java exception names). */
    private static InvalidInputException unreadable(Path file, IOException e) {
        String why;
        if (e instanceof java.nio.charset.CharacterCodingException) {
            why = " is not a text file (not UTF-8; tabulated spectrum CSV expected)";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = " cannot be read: permission denied";
        } else if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            why = " cannot be read: " + fse.getReason();
        } else {
            why = " cannot be read (I/O error)";
        }
        return new InvalidInputException("file", "file = " + file + why, e);
    }

    /**
     * Writes a table in this format, every number in its shortest exact decimal form.
     *
     * @param table the table
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public static void write(SpectrumTable table, Writer out) {
        try {
            BufferedWriter w = new BufferedWriter(out);
            w.write("# magent tabulated spectrum: A_ij = i[G_ij - G_ji*], natural units\n");
            w.write(String.join(",", COLUMNS) + "\n");
            w.write(String.join(",", UNITS) + "\n");
            double[] rs = table.separations();
            double[] a11 = table.a11();
            double[][] re = new double[rs.length][];
            double[][] im = new double[rs.length][];
            for (int j = 0; j < rs.length; j++) {
                re[j] = table.a12Re(j);
                im[j] = table.a12Im(j);
            }
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < a11.length; i++) {
                for (int j = 0; j < rs.length; j++) {
                    row.setLength(0);
                    row.append(table.omega(i)).append(',').append(rs[j]).append(',').append(a11[i]).append(',')
                            .append(re[j][i]).append(',').append(im[j][i]).append('\n');
                    w.write(row.toString());
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass over the records of a file. */
    private static final class Parser {

        private final Path file;
        private final List<Fields> records;
        private final int[] index = new int[COLUMNS.size()];
        private int width;

        Parser(Path file, List<Fields> records) {
            this.file = file;
            this.records = records;
        }

        SpectrumTable parse() {
            int k = nextContent(0);
            if (k < 0) {
                throw error(0, null, "has no header line (expected " + String.join(",", COLUMNS) + ")");
            }
            header(k);
            k = nextContent(k + 1);
            if (k >= 0 && isUnitsLine(records.get(k).values())) {
                units(k);
                k = nextContent(k + 1);
            }
            List<Double> omegas = new ArrayList<>();
            List<Double> rs = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            List<Integer> lineOf = new ArrayList<>();
            for (; k >= 0; k = nextContent(k + 1)) {
                rows.add(row(k));
                lineOf.add(records.get(k).line());
            }
            if (rows.isEmpty()) {
                throw error(0, null, "has no data rows");
            }
            // the separations of the first ω block
            double omega0 = rows.get(0)[0];
            for (double[] row : rows) {
                if (row[0] != omega0) {
                    break;
                }
                rs.add(row[1]);
            }
            int m = rs.size();
            for (int j = 1; j < m; j++) {
                if (!(rs.get(j) > rs.get(j - 1))) {
                    throw error(lineOf.get(j), "r", "r = " + rs.get(j) + " is not larger than the r before it ("
                            + rs.get(j - 1) + "): rows must be sorted by omega, then by strictly ascending r");
                }
            }
            if (rows.size() % m != 0) {
                throw error(lineOf.get(rows.size() - 1), "omega", "the last omega block has " + rows.size() % m
                        + " rows, not one per separation (" + m + ")");
            }
            int n = rows.size() / m;
            if (n < 2) {
                throw error(lineOf.get(0), "omega", "the table has a single frequency; at least 2 are needed");
            }
            double[] a11 = new double[n];
            double[][] re = new double[m][n];
            double[][] im = new double[m][n];
            double step = rows.get(m)[0] - omega0;
            if (!(step > 0)) {
                throw error(lineOf.get(m), "omega", "omega = " + rows.get(m)[0] + " is not larger than the omega "
                        + "before it (" + omega0 + "): rows must be sorted by ascending omega");
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double[] row = rows.get(i * m + j);
                    int line = lineOf.get(i * m + j);
                    if (row[1] != rs.get(j)) {
                        throw error(line, "r", "r = " + row[1] + " where " + rs.get(j) + " is expected: every omega "
                                + "block must list the separations " + rs + " in this order");
                    }
                    if (j == 0) {
                        if (i > 0 && !(row[0] > rows.get((i - 1) * m)[0])) {
                            throw error(line, "omega", "omega = " + row[0] + " is not larger than the omega before it ("
                                    + rows.get((i - 1) * m)[0] + "): rows must be sorted by ascending omega");
                        }
                        double expected = omega0 + i * step;
                        if (Math.abs(row[0] - expected) > GRID_TOLERANCE * step) {
                            throw error(line, "omega", String.format(Locale.ROOT, "omega = %s is off the uniform grid "
                                    + "omega_0 + i*step = %s (step %s from the first two frequencies; the "
                                    + "Kramers-Kronig transform needs a uniform grid)", row[0], expected, step));
                        }
                        a11[i] = row[2];
                    } else {
                        if (row[0] != rows.get(i * m)[0]) {
                            throw error(line, "omega", "omega = " + row[0] + " where " + rows.get(i * m)[0]
                                    + " is expected: every omega block must list all " + m + " separations " + rs);
                        }
                        if (row[2] != a11[i]) {
                            throw error(line, "A11", "A11 = " + row[2] + " differs from A11 = " + a11[i] + " at the "
                                    + "same omega (A11 is the local spectral weight, independent of r)");
                        }
                    }
                    re[j][i] = row[3];
                    im[j][i] = row[4];
                }
            }
            double omegaLast = rows.get((n - 1) * m)[0];
            return new SpectrumTable(omega0, (omegaLast - omega0) / (n - 1),
                    rs.stream().mapToDouble(Double::doubleValue).toArray(), a11, re, im);
        }

        private void header(int k) {
            String[] names = records.get(k).values();
            int lineNr = records.get(k).line();
            width = names.length;
            Arrays.fill(index, -1);
            Map<String, Integer> seen = new HashMap<>();
            for (int c = 0; c < names.length; c++) {
                String name = names[c];
                int col = COLUMNS.indexOf(name);
                if (col < 0) {
                    throw error(lineNr, name, "unknown column '" + name + "'; the columns are "
                            + String.join(",", COLUMNS) + " (A12_im optional)");
                }
                if (seen.put(name, c) != null) {
                    throw error(lineNr, name, "column " + name + " appears twice");
                }
                index[col] = c;
            }
            for (int col = 0; col < 4; col++) {
                if (index[col] < 0) {
                    throw error(lineNr, COLUMNS.get(col), "the header lacks column " + COLUMNS.get(col)
                            + " (expected " + String.join(",", COLUMNS) + ", A12_im optional)");
                }
            }
        }

        private boolean isUnitsLine(String[] fields) {
            String first = fields[0];
            return !first.isEmpty() && Character.isLetter(first.charAt(0)) && !first.equalsIgnoreCase("nan")
                    && !first.toLowerCase(Locale.ROOT).startsWith("inf");
        }

        private void units(int k) {
            String[] units = records.get(k).values();
            checkWidth(k, units);
            for (int col = 0; col < COLUMNS.size(); col++) {
                if (index[col] >= 0 && !units[index[col]].equals(UNITS.get(col))) {
                    throw error(records.get(k).line(), COLUMNS.get(col), "unit '" + units[index[col]] + "' is not supported; the "
                            + "units line must read " + UNITS.get(col) + " here (natural units only)");
                }
            }
        }

        private double[] row(int k) {
            String[] fields = records.get(k).values();
            checkWidth(k, fields);
            double[] row = new double[COLUMNS.size()];
            for (int col = 0; col < COLUMNS.size(); col++) {
                if (index[col] < 0) {
                    continue;
                }
                String text = fields[index[col]];
                double value;
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw error(records.get(k).line(), COLUMNS.get(col), "'" + text + "' is not a number");
                }
                if (!Double.isFinite(value) || LETTER.matcher(text).find()) {
                    throw error(records.get(k).line(), COLUMNS.get(col), "'" + text + "' is not a finite plain number");
                }
                row[col] = value;
            }
            return row;
        }

        private void checkWidth(int k, String[] fields) {
            if (fields.length != width) {
                throw error(records.get(k).line(), null, "has " + fields.length + " fields, the header has " + width);
            }
        }

        private int nextContent(int from) {
            return from < records.size() ? from : -1;
        }

        private InvalidInputException error(int line, String column, String what) {
            String where = "file = " + file + (line > 0 ? ", line " + line : "")
                    + (column != null ? ", column " + column : "");
            return new InvalidInputException("file", where + ": " + what + " (tabulated spectrum CSV)");
        }
    }
}
