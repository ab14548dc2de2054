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
 * How {@link CaseReader} cuts a batch file into records, against a reference cutter that reads one character at a
 * time with the same rules (RFC 4180 quoting, a value quoted only from its first character, comment and blank
 * lines skipped, CR, LF and CRLF line ends, a quoted value spanning lines). The reader copies runs of ordinary
 * characters in one step; on random texts dense in quotes, commas, comment marks, spaces and line ends, and long
 * enough to cross its 64 K-character buffer many times, it must give the same records starting on the same lines.
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

    /** The cutting rules, one character at a time over a whole text. */
    private static final class Reference {
        private final String text;
        private int pos;
        private int line = 1;
        int recordLine;

        Reference(String text) {
            this.text = text;
        }

        String next() {
            StringBuilder record = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    return null;
                }
                recordLine = line;
                record.setLength(0);
                boolean comment = false;
                boolean blank = true;
                boolean fieldStart = true;
                boolean quoted = false;
                boolean quoteInQuoted = false;
                while (pos < text.length()) {
                    char c = text.charAt(pos++);
                    if (c == '\n' || c == '\r') {
                        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                            pos++;
                        }
                        line++;
                        if (quoted && !quoteInQuoted && !comment) {
                            record.append('\n');
                            continue;
                        }
                        break;
                    }
                    if (comment) {
                        continue;
                    }
                    if (blank && c != ' ' && c != '\t') {
                        blank = false;
                        if (c == '#') {
                            comment = true;
                            continue;
                        }
                    }
                    record.append(c);
                    if (quoted) {
                        if (quoteInQuoted) {
                            quoteInQuoted = false;
                            if (c != '"') {
                                quoted = false;
                                fieldStart = c == ',';
                            }
                        } else if (c == '"') {
                            quoteInQuoted = true;
                        }
                    } else if (c == ',') {
                        fieldStart = true;
                    } else {
                        quoted = fieldStart && c == '"';
                        fieldStart = false;
                    }
                }
                if (!comment && !blank) {
                    return record.toString();
                }
            }
        }
    }
}
