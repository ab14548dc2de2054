package org.magent.app.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.RateName;
import org.magent.validation.InvalidInputException;

/**
 * The cases of a batch: a CSV file whose header is made of rate names (any subset, any order) and whose rows
 * are one case each. Blank lines and lines starting with {@code #} are skipped. Values contain no commas
 * (complex numbers are written {@code x+yi}).
 *
 * @param source the file name, for messages
 * @param header the column names as in the file
 * @param rows the value texts of every case, in file order
 * @param lines the line number of every case in the file (1-based)
 */
public record CaseTable(String source, List<String> header, List<List<String>> rows, List<Integer> lines) {

    /** Freezes the lists. */
    public CaseTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        lines = List.copyOf(lines);
    }

    /**
     * Reads and checks the file's shape: a header of known, distinct rate names, and rows with one value per
     * column.
     *
     * @param file the CSV file
     * @return the table
     * @throws InvalidInputException if the file cannot be read, is empty, has an unknown or repeated header
     *     name, or a row with a missing or extra column
     */
    public static CaseTable read(Path file) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("input", "--input " + file + " cannot be read: " + describe(e));
        }
        String source = file.toString();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int k = 0; k < text.size(); k++) {
            String line = k == 0 ? stripBom(text.get(k)) : text.get(k);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = checkHeader(source, cells);
                continue;
            }
            int row = rows.size() + 1;
            if (cells.size() < header.size()) {
                throw new InvalidInputException(header.get(cells.size()), source + " row " + row + " (line " + (k + 1)
                        + "), column " + header.get(cells.size()) + ": value missing (" + cells.size()
                        + " values for " + header.size() + " columns)");
            }
            if (cells.size() > header.size()) {
                throw new InvalidInputException("input", source + " row " + row + " (line " + (k + 1) + "): "
                        + cells.size() + " values for " + header.size() + " columns " + header);
            }
            rows.add(cells);
            lines.add(k + 1);
        }
        if (header == null) {
            throw new InvalidInputException("input", "--input " + source + " has no header line (rate names "
                    + String.join(", ", RateName.names()) + ")");
        }
        return new CaseTable(source, header, rows, lines);
    }

    /**
     * Parses every row into rates, reporting the first bad value by row and column.
     *
     * @return the rates of each case, in order
     * @throws InvalidInputException naming the file, row, line and column of a bad value
     */
    public List<ExplicitRates> rates() {
        List<ExplicitRates> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), rows.get(r).get(c));
            }
            try {
                out.add(ExplicitRates.of(values));
            } catch (InvalidInputException e) {
                throw atRow(r, e);
            }
        }
        return out;
    }

    /**
     * Re-labels an error with the row (1-based), its line and, when known, its column.
     *
     * @param row the case index (0-based)
     * @param e the error
     * @return the labelled error
     */
    public InvalidInputException atRow(int row, InvalidInputException e) {
        String where = source + " row " + (row + 1) + " (line " + lines.get(row) + ")"
                + (header.contains(e.parameter()) ? ", column " + e.parameter() : "");
        return new InvalidInputException(e.parameter(), where + ": " + e.getMessage());
    }

    private static List<String> checkHeader(String source, List<String> cells) {
        Set<String> seen = new HashSet<>();
        for (String name : cells) {
            try {
                ExplicitRates.rateName(name);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("input", source + " header: unknown column '" + name
                        + "'; valid names are " + String.join(", ", RateName.names()));
            }
            if (!seen.add(name)) {
                throw new InvalidInputException("input", source + " header: column '" + name + "' appears twice");
            }
        }
        return cells;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String describe(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
