package org.magent.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsTheSubcommandsAndExitsZero() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code(), r::toString);
        for (String sub : new String[] {"evolve", "batch", "models", "params"}) {
            assertTrue(r.out().contains(sub), sub);
        }
        Cli.Result evolveHelp = Cli.run("evolve", "--help");
        assertEquals(0, evolveHelp.code());
        assertTrue(evolveHelp.out().contains("steady_state"), "the CSV/JSON layout is documented");
    }

    @Test
    void noSubcommandIsAUsageError() {
        Assertions2.badInput(Cli.run(), "subcommand");
    }

    @Test
    void explicitRatesWithMediumOptionsAreRefused() {
        Assertions2.badInput(Cli.run("evolve", "--rates", "a=1", "--temperature", "1", "--initial", "ud", "--t-max",
                "1", "--steps", "2"), "--rates", "--medium");
    }

    /** The top-level help lists each command with the first line of its description: a whole sentence each. */
    @Test
    void everyCommandSummaryIsAWholeSentence() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code(), r::toString);
        String[] lines = r.out().split("\\R");
        int k = 0;
        while (k < lines.length && !lines[k].startsWith("Commands:")) {
            k++;
        }
        assertTrue(k < lines.length, "a Commands section");
        Map<String, StringBuilder> summaries = new LinkedHashMap<>();
        StringBuilder current = null;
        for (k++; k < lines.length && !lines[k].isBlank(); k++) {
            Matcher m = Pattern.compile("^  (\\S+)\\s+(.*)$").matcher(lines[k]);
            if (m.matches()) {
                current = new StringBuilder(m.group(2).strip());
                summaries.put(m.group(1), current);
            } else {
                current.append(' ').append(lines[k].strip());
            }
        }
        assertEquals(List.of("evolve", "batch", "models", "params", "stability", "sweep", "relaxometry",
                "bands", "trajectories", "help"), List.copyOf(summaries.keySet()));
        summaries.forEach((name, text) -> assertTrue(text.toString().matches(".*[.?]"),
                name + "'s summary is cut: " + text));
    }

    /** Each command's help lists -V/--version; each prints the program's version, as the top level does. */
    @Test
    void everyCommandPrintsTheVersion() {
        Cli.Result top = Cli.run("--version");
        assertEquals(0, top.code(), top::toString);
        assertTrue(top.out().startsWith("magent "), top.out());
        for (String command : List.of("evolve", "batch", "models", "params", "stability", "sweep", "relaxometry",
                "bands", "trajectories")) {
            Cli.Result r = Cli.run(command, "--version");
            assertEquals(0, r.code(), r::toString);
            assertEquals(top.out(), r.out(), command);
        }
    }

    /** An empty path (an unset shell variable) is refused, not taken as the current directory. */
    @Test
    void emptyPathsAreRefused() {
        Assertions2.badInput(Cli.run("sweep", "--output-dir", "", "--no-progress"), "--output-dir", "empty path");
        Assertions2.badInput(Cli.run("batch", "--input", "", "--output", "x.csv", "--t-max", "1", "--steps", "2"),
                "--input", "empty path");
    }

    /** Every command's help ends with its exit statuses, as the top-level help does. */
    @Test
    void everyCommandsHelpGivesTheExitStatus() {
        for (String command : List.of("evolve", "batch", "models", "params", "stability", "sweep", "relaxometry",
                "bands", "trajectories")) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().contains("Exit status: 0 ") && r.out().contains(" 2 "), command + ": " + r.out());
        }
    }
}
