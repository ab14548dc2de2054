package org.magent.app.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.RateName;
import org.magent.validation.InvalidInputException;

/**
 * Streams the cases of a batch file: a CSV (RFC 4180 quoting, read with jackson-dataformat-csv) whose header is
 * made of rate names (any subset, any order) and whose rows are one case each. Lines starting with {@code #} and
 * blank lines are skipped; spaces around values are trimmed; the text must be UTF-8 (a leading byte-order mark is
 * ignored).
 *
 * <p>A row with a missing or extra value, or text that cannot be read, does not throw here: it becomes a
 * {@link CaseRow} carrying the error, the last row returned, so that errors are reported in file order whatever
 * thread meets them first.
 */
final class CaseReader implements AutoCloseable {

    private final String source;
    private final CsvParser parser;
    private final List<String> header;
    private int rows;
    private boolean done;

    private CaseReader(String source, CsvParser parser, List<String> header) {
        this.source = source;
        this.parser = parser;
        this.header = header;
    }

    /**
     * Opens a batch file and reads its header.
     *
     * @param file the CSV file
     * @return the reader, positioned after the header
     * @throws InvalidInputException (parameter "input") naming the file when it is missing, a directory,
     *     unreadable, not UTF-8 text, has no header, or has an unknown or repeated header name
     */
    static CaseReader open(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw bad("--input " + source + " is a directory, not a CSV file");
        }
        BufferedReader text;
        try {
            text = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw bad("--input " + source + " cannot be read: no such file");
        } catch (AccessDeniedException e) {
            throw bad("--input " + source + " cannot be read: permission denied");
        } catch (IOException e) {
            throw bad("--input " + source + " cannot be read: " + reason(e));
        }
        CsvParser parser = null;
        try {
            parser = new CsvFactory().createParser(text);
            parser.setSchema(CsvSchema.emptySchema().withComments());
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            CaseReader reader = new CaseReader(source, parser, List.of());
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw noHeader(source);
            }
            List<String> cells = reader.cells();
            while (blank(cells)) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw noHeader(source);
                }
                cells = reader.cells();
            }
            if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                cells.set(0, cells.get(0).substring(1).strip());
            }
            return new CaseReader(source, parser, checkHeader(source, cells));
        } catch (IOException e) {
            close(parser, text);
            throw bad(unreadable(source, e, 1));
        } catch (RuntimeException e) {
            close(parser, text);
            throw e;
        }
    }

    /**
     * The header, as in the file.
     *
     * @return the column names
     */
    List<String> header() {
        return header;
    }

    /**
     * The file name, for messages.
     *
     * @return the name given on the command line
     */
    String source() {
        return source;
    }

    /**
     * The next case.
     *
     * @return the row, a row that carries the error that ends the file, or null at the end
     */
    CaseRow next() {
        if (done) {
            return null;
        }
        try {
            while (true) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    done = true;
                    return null;
                }
                int line = parser.currentLocation().getLineNr();
                List<String> cells = cells();
                if (blank(cells)) {
                    continue;
                }
                int row = ++rows;
                if (cells.size() != header.size()) {
                    done = true;
                    return new CaseRow(row, line, null, shapeError(row, line, cells.size()));
                }
                return new CaseRow(row, line, cells.toArray(new String[0]), null);
            }
        } catch (IOException e) {
            done = true;
            int row = rows + 1;
            return new CaseRow(row, parser.currentLocation().getLineNr(), null, bad(unreadable(source, e,
                    parser.currentLocation().getLineNr())));
        }
    }

    private InvalidInputException shapeError(int row, int line, int count) {
        String where = source + " row " + row + " (line " + line + ")";
        if (count < header.size()) {
            String column = header.get(count);
            return new InvalidInputException(column, where + ", column " + column + ": value missing (" + count
                    + " values for " + header.size() + " columns)");
        }
        return new InvalidInputException("input", where + ": " + count + " values for " + header.size()
                + " columns " + header);
    }

    /** The values of the row whose START_ARRAY was just read. */
    private List<String> cells() throws IOException {
        List<String> out = new ArrayList<>(Math.max(4, header.size()));
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
            out.add(unquote(parser.getText()));
        }
        if (t != JsonToken.END_ARRAY) {
            throw new IOException("unexpected CSV token " + t);
        }
        return out;
    }

    /**
     * A value quoted after a space ({@code 1, "0.9+0.1i"}) is not quoting in RFC 4180, and the parser keeps the
     * quotes; they are removed here (doubled quotes inside become one).
     */
    private static String unquote(String text) {
        String s = text.strip();
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
        }
        return s;
    }

    /** A line of spaces only, or a comment with leading spaces. */
    private static boolean blank(List<String> cells) {
        return cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty()
                || cells.get(0).startsWith("#");
    }

    private static List<String> checkHeader(String source, List<String> cells) {
        Set<String> seen = new HashSet<>();
        for (String name : cells) {
            if (!printable(name)) {
                throw bad("--input " + source + " is not a CSV text file (control characters in its first line)");
            }
            try {
                ExplicitRates.rateName(name);
            } catch (InvalidInputException e) {
                throw bad(source + " header: unknown column '" + name + "'; valid names are "
                        + String.join(", ", RateName.names()));
            }
            if (!seen.add(name)) {
                throw bad(source + " header: column '" + name + "' appears twice");
            }
        }
        return List.copyOf(cells);
    }

    private static boolean printable(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException noHeader(String source) {
        return bad("--input " + source + " has no header line (rate names " + String.join(", ", RateName.names())
                + ")");
    }

    private static String unreadable(String source, IOException e, int line) {
        if (e instanceof CharacterCodingException) {
            return "--input " + source + " is not a UTF-8 text file (undecodable bytes near line " + line + ")";
        }
        return "--input " + source + " cannot be read near line " + line + ": " + reason(e);
    }

    private static String reason(IOException e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null || m.isBlank()) {
            return "read error";
        }
        String first = m.strip().lines().findFirst().orElse("read error");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    private static InvalidInputException bad(String message) {
        return new InvalidInputException("input", message);
    }

    private static void close(CsvParser parser, BufferedReader text) {
        try {
            if (parser != null) {
                parser.close();
            }
            text.close();
        } catch (IOException e) {
            // nothing more to report
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // the file was only read
        }
    }

    /**
     * One case as read: its number, line and value texts (trimmed), or the error that ends the file there.
     *
     * @param row the case number, 1-based
     * @param line the line of the file the row starts on, 1-based
     * @param cells the values in header order; null when {@code error} is set
     * @param error the read or shape error at this row, else null
     */
    record CaseRow(int row, int line, String[] cells, InvalidInputException error) {
    }
}
