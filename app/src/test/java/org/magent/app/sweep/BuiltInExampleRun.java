package org.magent.app.sweep;

import java.util.ArrayList;
import java.util.List;
import org.magent.app.media.MediaContext;
import org.magent.app.output.Progress;

/**
 * Runs the built-in example ({@code magent sweep} without arguments) in-process, without writing files, for tests
 * of its physics: the scenario, every point and the rows exactly as {@code sweep.csv} holds them. The result is
 * computed once per test JVM and shared.
 */
final class BuiltInExampleRun {

    /**
     * The example's outcome.
     *
     * @param scenario the resolved scenario
     * @param points the points, in CSV order (axis 2 outer, then direction, separation inner)
     * @param csv the header and rows of {@code sweep.csv}
     * @param warnings the sweep's warnings (terminal and sweep.json)
     */
    record Result(Scenario scenario, List<PointResult> points, SweepFiles.Csv csv, List<String> warnings) {
    }

    private static Result cached;

    private BuiltInExampleRun() {
    }

    /**
     * Runs the example (once) on all cores.
     *
     * @return its points and rows
     */
    static synchronized Result get() {
        if (cached == null) {
            MediaContext media = new MediaContext(BuiltInExampleRun.class.getClassLoader());
            Scenario s = BuiltInExample.spec().resolve(media.catalog());
            int threads = Runtime.getRuntime().availableProcessors();
            SweepRunner.Prepared prepared = SweepRunner.prepare(s, media.catalog(), threads);
            List<PointResult> points = new ArrayList<>();
            SweepRunner.run(prepared, 0, threads, Progress.NONE, points::add);
            SweepTable table = new SweepTable(s);
            List<List<String>> rows = new ArrayList<>();
            points.forEach(p -> rows.add(table.cells(p)));
            cached = new Result(s, List.copyOf(points), new SweepFiles.Csv(table.header(), rows),
                    prepared.warnings());
        }
        return cached;
    }
}
