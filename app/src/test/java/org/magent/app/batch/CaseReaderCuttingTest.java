package org.magent.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link CaseReader} cuts a batch file into records, against a reference written independently of the reader's
 * character loop, value by value, with the same rules (RFC 4180 quoting, a value quoted only from its first
 * character, comment and blank lines skipped, CR, LF and CRLF line ends, a quoted value spanning lines). The reader
 * copies runs of ordinary characters in one step; on random texts dense in quotes, commas, comment marks, spaces
 * and line ends, and long enough to cross its 64 K-character buffer many times, it must give the same records,
 * starting on the same lines.
 */
class CaseReaderCuttingTest {

    /** Characters drawn for the random texts; the ordinary ones several times, so runs form. */
    private static final String ALPHABET = "0123456789.e-+i0123456789.e-+i  \t,,,\"\"#\n\n\r\u00b5x";

    @Test
    void randomTextsAreCutAsOneCharacterAtATime(@TempDir Path dir) throws IOException {
        Random rng = new Random(20261130);
        for (int trial = 0; trial < 40; trial++) {
            StringBuilder text = new StringBuilder("a,A\n");
            int size = trial < 30 ? 2_000 + rng.nextInt(3_000) : 150_000 + rng.nextInt(100_000);
            while (text.length() < size) {
                if (rng.nextInt(8) == 0) {
                    // a well-formed row, so that long ordinary runs occur too
                    text.append(rng.nextDouble()).append(',').append(rng.nextDouble()).append('+')
                            .append(rng.nextDouble()).append("i\n");
                } else {
                    text.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
                }
            }
            Path file = dir.resolve("cases" + trial + ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Reference expected = new Reference(text.toString());
            assertEquals("a,A", expected.next(), "the header");
            List<String> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (String r = expected.next(); r != null; r = expected.next()) {
                records.add(r);
                lines.add(expected.recordLine);
            }
            List<String> got = new ArrayList<>();
            List<Integer> gotLines = new ArrayList<>();
            try (CaseReader reader = CaseReader.open(file)) {
                for (CaseReader.Chunk c = reader.nextChunk(97); c != null; c = reader.nextChunk(97)) {
                    assertNull(c.error(), "trial " + trial);
                    for (int k = 0; k < c.records().size(); k++) {
                        got.add(c.records().get(k));
                        gotLines.add(c.lines()[k]);
                        assertEquals(got.size(), c.rows()[k], "row numbers count records");
                    }
                }
            }
            assertEquals(records.size(), got.size(), "trial " + trial + ": number of records");
            for (int k = 0; k < records.size(); k++) {
                assertEquals(records.get(k), got.get(k), "trial " + trial + ", record " + (k + 1));
                assertEquals(lines.get(k), gotLines.get(k), "trial " + trial + ", line of record " + (k + 1));
            }
        }
    }

    /**
     * The cutting rules, written field by field rather than as the reader's character loop: a record starts at a
     * line that is neither blank (spaces and tabs only) nor a comment ({@code #} as its first character other
     * than a space or tab); a value whose first character is a quote runs to the quote that is not doubled, line
     * ends included (kept as LF); any other value, and the rest of a quoted one, runs to the next comma or line
     * end, its quotes literal.
     */
    private static final class Reference {
        private final String text;
        private int pos;
        private int line = 1;
        int recordLine;

        Reference(String text) {
            this.text = text;
        }

        String next() {
            while (pos < text.length()) {
                int i = pos;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i == text.length()) {
                    return null;
                }
                if (isLineEnd(i) || text.charAt(i) == '#') {
                    pos = skipLine(i);
                    continue;
                }
                recordLine = line;
                StringBuilder record = new StringBuilder();
                while (true) {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        pos = quoted(record, pos);
                    }
                    while (pos < text.length() && text.charAt(pos) != ',' && !isLineEnd(pos)) {
                        record.append(text.charAt(pos++));
                    }
                    if (pos < text.length() && text.charAt(pos) == ',') {
                        record.append(',');
                        pos++;
                        continue;
                    }
                    if (pos < text.length()) {
                        pos = lineEnd(pos);
                    }
                    return record.toString();
                }
            }
            return null;
        }

        /** Appends a quoted value from its opening quote at {@code at}; returns the index after its closing quote. */
        private int quoted(StringBuilder record, int at) {
            record.append('"');
            int k = at + 1;
            while (k < text.length()) {
                char c = text.charAt(k);
                if (c == '"') {
                    if (k + 1 < text.length() && text.charAt(k + 1) == '"') {
                        record.append("\"\"");
                        k += 2;
                        continue;
                    }
                    record.append('"');
                    return k + 1;
                }
                if (isLineEnd(k)) {
                    record.append('\n');
                    k = lineEnd(k);
                    continue;
                }
                record.append(c);
                k++;
            }
            return k;
        }

        private boolean isLineEnd(int k) {
            return text.charAt(k) == '\n' || text.charAt(k) == '\r';
        }

        /** The index after the line end at {@code k} (CRLF is one), counting the line. */
        private int lineEnd(int k) {
            line++;
            return text.charAt(k) == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n' ? k + 2 : k + 1;
        }

        /** The index after the line end that ends the line containing {@code k}, or the text's end. */
        private int skipLine(int k) {
            while (k < text.length() && !isLineEnd(k)) {
                k++;
            }
            return k < text.length() ? lineEnd(k) : k;
        }
    }
}
