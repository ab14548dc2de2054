package org.magent.app.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.app.input.InitialState;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.PostselectedPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.Trajectory;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;

/**
 * {@code batch} as a stream: results equal the general engine, rows stay in order across chunks and threads,
 * the first bad row in file order is reported, quoting and comments are read as CSV, one unit rule for all
 * values, and bad files or options give one clear line and leave no output.
 */
class BatchStreamingTest {

    private static final String HEADER = "a,at,A,At,d,Dd,Jperp,Jz,D,Delta1,Delta2";

    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, lines);
        return f;
    }

    private Cli.Result batch(Path in, Path out, String... extra) {
        return Cli.run(Cli.merge(List.of("batch", "--input", in.toString(), "--t-max", "5", "--steps", "200",
                "--initial", "ud", "--output", out.toString()), extra));
    }

    private static String real(double x) {
        return String.format(Locale.ROOT, "%.15g", x);
    }

    private static String complex(Complex z) {
        return String.format(Locale.ROOT, "%.15g%+.15gi", z.getReal(), z.getImaginary());
    }

    /** Random rows with every coefficient present, |A| < a, |Ã| < ã, |𝔇| ≤ d (natural units). */
    private static List<String> randomRows(int n, long seed) {
        Random r = new Random(seed);
        List<String> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double a = 0.5 + 1.5 * r.nextDouble();
            double at = a * 0.3 * r.nextDouble();
            double d = 0.2 * r.nextDouble();
            rows.add(String.join(",", real(a), real(at), complex(polar(a * (0.3 + 0.69 * r.nextDouble()), r)),
                    complex(polar(at * 0.99 * r.nextDouble(), r)), real(d), complex(polar(d * r.nextDouble(), r)),
                    real(r.nextDouble() - 0.5), real(r.nextDouble() - 0.5), real(r.nextDouble() - 0.5),
                    real(2 * r.nextDouble()), real(2 * r.nextDouble())));
        }
        return rows;
    }

    private static Complex polar(double modulus, Random r) {
        double phase = 2 * Math.PI * r.nextDouble();
        return new Complex(modulus * Math.cos(phase), modulus * Math.sin(phase));
    }

    private static TwoQubitModel model(String row) {
        String[] c = row.split(",");
        BathParameters b = BathParameters.explicit(Double.parseDouble(c[0]), Double.parseDouble(c[1]), parse(c[2]),
                parse(c[3]), Double.parseDouble(c[6]), Double.parseDouble(c[7]), Double.parseDouble(c[8]),
                Double.parseDouble(c[4]), parse(c[5]));
        return new TwoQubitModel(new QubitFields(Double.parseDouble(c[9]), Double.parseDouble(c[10])), b);
    }

    private static Complex parse(String s) {
        int split = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
        while (split > 0 && (s.charAt(split - 1) == 'e' || s.charAt(split - 1) == 'E')) {
            split = Math.max(s.lastIndexOf('+', split - 1), s.lastIndexOf('-', split - 1));
        }
        return new Complex(Double.parseDouble(s.substring(0, split)),
                Double.parseDouble(s.substring(split, s.length() - 1)));
    }


    /**
     * The summary columns equal what the general engine gives for the same case (LindbladPropagator or
     * PostselectedPropagator, Wootters concurrence at every sample, spectral-projector steady state), from an
     * X state and from a general superposition.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ud", "0.3+0.1i,0.8-0.2i,-0.2+0.4i,0.1+0.05i"})
    void summariesEqualTheGeneralEngine(String initial) throws IOException {
        List<String> rows = randomRows(20, 7);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        Path in = write("cases.csv", lines);
        DensityMatrix rho0 = InitialState.parse(initial);
        for (boolean post : new boolean[] {false, true}) {
            Path out = dir.resolve("out.csv");
            Cli.Result r = post ? batch(in, out, "--initial", initial, "--postselect")
                    : batch(in, out, "--initial", initial);
            assertEquals(0, r.code(), r::toString);
            List<String> got = Files.readAllLines(out);
            assertEquals(rows.size() + 1, got.size());
            for (int k = 0; k < rows.size(); k++) {
                TwoQubitModel m = model(rows.get(k));
                double[] c;
                double[] times;
                double last;
                if (post) {
                    PostselectedTrajectory tr = PostselectedPropagator.of(m).evolve(rho0, 5, 200);
                    c = concurrences(tr.states());
                    times = tr.times();
                    last = tr.successProbability()[200];
                } else {
                    Trajectory tr = LindbladPropagator.of(m).evolve(rho0, 5, 200);
                    c = concurrences(tr.states());
                    times = tr.times();
                    last = Entanglement.concurrence(LindbladPropagator.of(m).steadyState(rho0));
                }
                int best = 0;
                for (int j = 1; j < c.length; j++) {
                    best = c[j] > c[best] ? j : best;
                }
                double[] s = BatchCommandTest.tail(got.get(k + 1));
                String where = (post ? "postselected " : "") + "row " + (k + 1);
                assertEquals(c[200], s[0], 1e-12, where);
                assertEquals(c[best], s[1], 1e-12, where);
                int at = (int) Math.round(s[2] / 0.025);
                assertEquals(times[at], s[2], 1e-15, where);
                assertEquals(c[best], c[at], 1e-12, where + ": t_at_max is a maximum");
                assertEquals(last, s[3], 1e-10, where);
                assertTrue(got.get(k + 1).startsWith(rows.get(k) + ","), where + " echoes its input");
            }
        }
    }

    private static double[] concurrences(DensityMatrix[] states) {
        double[] c = new double[states.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = Entanglement.concurrence(states[k]);
        }
        return c;
    }

    /** Several chunks of rows, many threads: the same file, in input order, as with one thread. */
    @Test
    void rowsStayInOrderAcrossChunksAndThreads() throws IOException {
        List<String> rows = randomRows(3 * BatchRunner.CHUNK + 5, 8);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        Path in = write("cases.csv", lines);
        Path one = dir.resolve("one.csv");
        Path many = dir.resolve("many.csv");
        assertEquals(0, batch(in, one, "--threads", "1", "--steps", "20").code());
        List<String> a = Files.readAllLines(one);
        // 2: one worker, and the calling thread evaluates the chunks that find the queue full; 5: four workers
        for (String threads : List.of("2", "5")) {
            Cli.Result r = batch(in, many, "--threads", threads, "--steps", "20");
            assertEquals(0, r.code(), r::toString);
            assertEquals(a, Files.readAllLines(many), "--threads " + threads);
        }
        for (int k = 0; k < rows.size(); k++) {
            assertTrue(a.get(k + 1).startsWith(rows.get(k) + ","), "row " + (k + 1));
        }
    }

    /** The first bad row in file order is named, even when a later chunk fails first or the file ends badly. */
    @Test
    void firstBadRowInFileOrderIsReported() throws IOException {
        List<String> rows = new ArrayList<>(randomRows(6 * BatchRunner.CHUNK, 9));
        rows.set(6, rows.get(6).replaceFirst("^[^,]*", "0.01")); // row 7: a < |A|
        rows.set(5 * BatchRunner.CHUNK, rows.get(5 * BatchRunner.CHUNK).replaceFirst(",[^,]*$", ",x"));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        Path out = dir.resolve("out.csv");
        Assertions2.badInput(batch(write("cases.csv", lines), out, "--threads", "4", "--steps", "20"),
                "row 7 (line 8)", "a >= |A|");
        rows.set(6, randomRows(1, 10).get(0));
        rows.set(3 * BatchRunner.CHUNK, "1,0.5"); // a short row, before the bad value of row 5·CHUNK + 1
        lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        for (String threads : List.of("2", "4")) {
            Assertions2.badInput(batch(write("cases.csv", lines), out, "--threads", threads, "--steps", "20"),
                    "row " + (3 * BatchRunner.CHUNK + 1), "column A", "value missing");
        }
        // one thread evaluates on the calling thread, with no pool: the same row, the same message
        Assertions2.badInput(batch(write("cases.csv", lines), out, "--threads", "1", "--steps", "20"),
                "row " + (3 * BatchRunner.CHUNK + 1), "column A", "value missing");
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("cases.csv")), s.toList(), "no output, no temporary file");
        }
    }

    /** RFC 4180 quoting, spaces, comments and blank lines are read; a cell with a comma is quoted on output. */
    @Test
    void quotingCommentsAndBlankLines() throws IOException {
        Path plain = write("plain.csv", List.of("a,A,Delta1,Delta2", "1,0.9+0.1i,1.1,0.9", "2,1.5i,1,1"));
        Path fancy = write("fancy.csv", List.of("# cases", "\"a\", \"A\" ,Delta1,Delta2", "", "   ",
                "1, \"0.9+0.1i\",1.1,0.9", "  # a comment, with a comma", "2,\"1.5i\" ,1,1"));
        Path o1 = dir.resolve("o1.csv");
        Path o2 = dir.resolve("o2.csv");
        assertEquals(0, batch(plain, o1).code());
        Cli.Result r = batch(fancy, o2);
        assertEquals(0, r.code(), r::toString);
        assertEquals(Files.readAllLines(o1), Files.readAllLines(o2));
        StringBuilder sb = new StringBuilder();
        Csv.appendCell(sb, "x,\"y\"");
        assertEquals("\"x,\"\"y\"\"\"", sb.toString());
    }

    /**
     * Records are cut at line ends outside quotes only: a quoted value may span lines (and the line numbers of
     * later rows count them), a comment may hold an unbalanced quote, and CRLF line ends read as LF.
     */
    @Test
    void recordsSpanLinesOnlyInsideQuotes() throws IOException {
        Path out = dir.resolve("out.csv");
        Path crlf = dir.resolve("crlf.csv");
        Files.writeString(crlf, "a,A,Delta1,Delta2\r\n# it's \"odd\r\n1,\"0.9\n+0.1i\",1.1,0.9\r\n2,x,1,1\r\n");
        // the quoted value "0.9\n+0.1i" is one value (not a number); its row starts on line 3
        Assertions2.badInput(batch(crlf, out), "row 1 (line 3)", "column A");
        Files.writeString(crlf, "a,A,Delta1,Delta2\r\n# it's \"odd\r\n1,\"0.9+0.1i\n\",1.1,0.9\r\n2,x,1,1\r\n");
        // now row 1 is valid (the value is trimmed) and row 2, after the two-line record, starts on line 5
        Assertions2.badInput(batch(crlf, out), "row 2 (line 5)", "column A", "'x'");
        Files.writeString(crlf, "a,A,Delta1,Delta2\r\n1,\"0.9+0.1i\",1.1,0.9\r\n");
        Cli.Result r = batch(crlf, out);
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readAllLines(out).get(1).startsWith("1,0.9+0.1i,1.1,0.9,"));
    }

    /** One rule: rates, energies and t-max carry units all, or none; a bare 0 never counts. */
    @Test
    void mixedUnitsAreRefused() throws IOException {
        Path out = dir.resolve("out.csv");
        Path units = write("units.csv", List.of("a,A,Jz,Delta1,Delta2", "1MHz,0.5MHz,0,2GHz,2GHz",
                "1MHz,0.5,0,2GHz,2GHz"));
        Assertions2.badInput(batch(units, out, "--t-max", "2us"), "row 2 (line 3)", "column A", "'0.5'",
                "bare number", "--t-max 2us carries a unit");
        Assertions2.badInput(batch(units, out, "--t-max", "0"), "row 2 (line 3)", "column A", "'0.5'",
                "row 1, column a ('1MHz') carries a unit");
        Path bare = write("bare.csv", List.of("a,A,Delta1,Delta2", "0,0,1,1", "1,0.5,1GHz,1"));
        Assertions2.badInput(batch(bare, out), "row 2 (line 3)", "column Delta1", "'1GHz'", "--t-max 5");
        Assertions2.badInput(batch(bare, out, "--t-max", "0"), "row 2 (line 3)", "column Delta1", "'1GHz'",
                "row 1, column Delta1 ('1') is a bare number");
        Path bareRates = write("bare2.csv", List.of("a,A", "1,0.5"));
        Assertions2.badInput(batch(bareRates, out, "--t-max", "2us"), "row 1 (line 2)", "column a", "'1'",
                "--t-max 2us");
        assertFalse(Files.exists(out));
        // all with units, zeros bare: accepted, and the same as the bare equivalent in rad/s and s
        Path ok = write("ok.csv", List.of("a,A,Jz,Delta1,Delta2", "1MHz,0.5MHz,0,0,0"));
        Cli.Result r = batch(ok, out, "--t-max", "2us");
        assertEquals(0, r.code(), r::toString);
        double w = 2 * Math.PI * 1e6;
        Path same = write("same.csv", List.of("a,A,Jz,Delta1,Delta2", w + "," + w / 2 + ",0,0,0"));
        Path out2 = dir.resolve("out2.csv");
        assertEquals(0, batch(same, out2, "--t-max", "2e-6").code());
        assertArrayEquals(BatchCommandTest.tail(Files.readAllLines(out2).get(1)),
                BatchCommandTest.tail(Files.readAllLines(out).get(1)), 1e-12);
    }

    /** A huge step count names the real limit; bad counts say what is wrong. */
    @Test
    void stepAndThreadCountsGiveTheReason() throws IOException {
        Path in = write("cases.csv", List.of("a,A", "1,0.5"));
        Path out = dir.resolve("out.csv");
        Cli.Result r = batch(in, out, "--steps", "1000000000");
        Assertions2.badInput(r, "steps = 1000000000", "too large", "at most 10000000 samples per case");
        assertFalse(r.err().contains("whole number"), r::toString);
        Assertions2.badInput(batch(in, out, "--steps", "99999999999999999999999"), "too large");
        Assertions2.badInput(batch(in, out, "--steps", "1e3"), "steps = '1e3'", "not a whole number");
        Assertions2.badInput(batch(in, out, "--steps", "0"), "steps = 0", "must be positive");
        Assertions2.badInput(batch(in, out, "--threads", "0"), "threads = 0", "must be positive");
        Assertions2.badInput(batch(in, out, "--threads", "100000"), "threads", "too large");
        Assertions2.badInput(batch(in, out, "--t-max", "-1"), "t-max = -1", "must not be negative");
        Assertions2.badInput(batch(in, out, "--t-max", "1e400"), "t-max", "not a finite number");
        Assertions2.badInput(batch(in, out, "--t-max", "-2us"), "t-max", "must not be negative");
        assertEquals(0, batch(in, out, "--steps", "10000", "--threads", "1").code());
    }

    /** Binary files and directories as input: one clear line, no Java names. */
    @Test
    void binaryInputOrDirectoryGivesOneClearLine() throws IOException {
        Path out = dir.resolve("out.csv");
        Path png = dir.resolve("image.png");
        byte[] bytes = new byte[256];
        new Random(1).nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        Files.write(png, bytes);
        Assertions2.badInput(batch(png, out), "image.png", "not a UTF-8 text file");
        Path zeros = dir.resolve("zeros.bin");
        Files.write(zeros, new byte[64]);
        Assertions2.badInput(batch(zeros, out), "zeros.bin", "not a CSV text file");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Assertions2.badInput(batch(sub, out), "sub", "is a directory");
        Path late = dir.resolve("late.csv");
        byte[] text = "a,A\n1,0.5\n1,0.4\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(text, text.length + 3);
        withBad[text.length] = (byte) 0xC3; // a truncated two-byte sequence
        withBad[text.length + 1] = (byte) '\n';
        withBad[text.length + 2] = (byte) '\n';
        Files.write(late, withBad);
        Assertions2.badInput(batch(late, out), "late.csv", "not a UTF-8 text file", "on line 4");
        assertFalse(Files.exists(out));
    }

    /**
     * Bytes that are not UTF-8 far into a file are reported on their own line, though the decoder reads ahead by
     * tens of thousands of characters (before, the message named the line the reader had reached, about 200 lines
     * earlier); CRLF counts as one line end.
     */
    @Test
    void undecodableBytesAreReportedOnTheirOwnLine() throws IOException {
        Path out = dir.resolve("out.csv");
        for (String end : List.of("\n", "\r\n")) {
            StringBuilder text = new StringBuilder(HEADER).append(end);
            for (String row : randomRows(3000, 12)) {
                text.append(row).append(end);
            }
            byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("1,0.5,1,1" + end + "2,0.5,1,1" + end).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + 2 + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            all[head.length] = (byte) 0xFF; // never valid in UTF-8
            all[head.length + 1] = ',';
            System.arraycopy(tail, 0, all, head.length + 2, tail.length);
            Path bad = dir.resolve("far.csv");
            Files.write(bad, all);
            for (String threads : List.of("1", "2")) {
                Assertions2.badInput(batch(bad, out, "--threads", threads), "far.csv", "not a UTF-8 text file",
                        "on line 3002");
            }
            assertEquals(3002, CaseReader.undecodableLine(bad));
            assertFalse(Files.exists(out));
        }
    }

    /** --output equal to --input (under any spelling) is refused and the input is left as it was. */
    @Test
    void outputEqualToInputIsRefused() throws IOException {
        Path in = write("cases.csv", List.of("a,A", "1,0.5"));
        List<String> before = Files.readAllLines(in);
        Assertions2.badInput(batch(in, in), "--output", "is the input file");
        Assertions2.badInput(batch(in, dir.resolve(".").resolve("cases.csv")), "is the input file");
        assertEquals(before, Files.readAllLines(in));
    }
}
