package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.magent.app.cli.Cli;
import org.magent.app.media.MediaContext;
import picocli.CommandLine;

/** Runs sweeps in-process and reads their CSV back, for the tests. */
final class SweepFiles {

    private SweepFiles() {
    }

    /**
     * Runs {@code magent sweep} with the arguments and --output-dir dir --no-progress, expecting exit 0.
     *
     * @param dir the output directory
     * @param args the other arguments
     * @return the result
     */
    static Cli.Result run(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("sweep"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--output-dir", dir.toString(), "--no-progress"));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r::toString);
        return r;
    }

    /**
     * The scenario of {@code magent sweep} with these options, resolved (nothing is run or written).
     *
     * @param args the sweep options
     * @return the scenario
     */
    static Scenario scenario(String... args) {
        MediaContext media = new MediaContext(SweepFiles.class.getClassLoader());
        SweepCommand cmd = new SweepCommand(System.out, System.err, media);
        new CommandLine(cmd).parseArgs(args);
        return cmd.spec().resolve(media.catalog());
    }

    /** A CSV as header + rows of cells. */
    record Csv(List<String> header, List<List<String>> rows) {
        double value(int row, String columnPrefix) {
            for (int k = 0; k < header.size(); k++) {
                if (header.get(k).startsWith(columnPrefix)) {
                    return SweepTable.parse(rows.get(row).get(k));
                }
            }
            throw new IllegalArgumentException("no column " + columnPrefix + " in " + header);
        }

        String text(int row, String columnPrefix) {
            return rows.get(row).get(header.indexOf(header.stream().filter(h -> h.startsWith(columnPrefix))
                    .findFirst().orElseThrow()));
        }
    }

    static Csv read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(Arrays.asList(l.split(",", -1)));
        }
        return new Csv(Arrays.asList(lines.get(0).split(",", -1)), rows);
    }
}
