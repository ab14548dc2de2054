package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.app.cli.Cli;

/** Bad input ends with exit status 2, one line naming the problem, and no stack trace. */
class SweepBadInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--separation|10nm:500nm|start:stop:count",
        "--separation|1:2:0|between 1 and",
        "--separation|1:2:x|not a whole number",
        "--separation|1:2:3:4|start:stop:count",
        "--separation|''|no value",
        "--separation|-1,2|separation",
        "--separation|1nm,2|mixes values",
        "--separation|1parsec:2:3|parsec",
        "--axis2|pressure=1,2|unknown axis",
        "--axis2|temperature|name=range",
        "--axis2|temperature=-1,2|temperature",
        "--axis2|field=1,2|needs physical units",
        "--spacing|cubic|spacing",
        "--times|1,nan|times",
        "--initial|bell|initial",
        "--medium|nosuchmedium|nosuchmedium",
        "--threads|0|threads"})
    void refused(String option, String value, String messagePart) {
        List<String> args = new ArrayList<>(List.of("sweep", "--medium", "ferromagnet", "--set",
                "dim=3,gap=0.2,stiffness=1,spinDensity=1", "--qubits", "Delta1=1,Delta2=1", "--separation", "1:2:3",
                "--times", "1", "--output-dir", dir.toString(), "--no-progress"));
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.addAll(List.of(option, value));
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().toLowerCase().contains(messagePart.toLowerCase()), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        assertFalse(r.err().contains("internal error"), r::toString);
    }

    @ParameterizedTest
    @CsvSource({"--log-spacing-through-zero", "--missing-config"})
    void refusedWithoutWritingResults(String which) {
        List<String> args = which.equals("--missing-config")
                ? List.of("sweep", "--config", dir.resolve("none.json").toString(), "--output-dir", dir.toString())
                : List.of("sweep", "--medium", "ferromagnet", "--qubits", "Delta1=1,Delta2=1", "--separation",
                        "0:2:3", "--spacing", "log", "--times", "1", "--output-dir", dir.toString());
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r::toString);
        assertFalse(Files.exists(dir.resolve("sweep.csv")));
    }
}
