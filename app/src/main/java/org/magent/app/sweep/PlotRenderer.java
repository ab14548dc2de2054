package org.magent.app.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.magent.app.concurrent.Futures;
import org.magent.app.plot.Chart;
import org.magent.app.plot.Figure;
import org.magent.app.plot.Style;
import org.magent.app.sweep.plot.SweepPlots;

/**
 * Renders a sweep's figures off the critical path: {@link #warmUp} loads the plotting classes, fonts and PNG
 * encoder on a background thread while the points run (the first figure of a process costs most of the plotting
 * time); {@link #start} renders every figure on its own thread once the rows are complete, while the results are
 * being written; {@link #finish} collects them.
 */
final class PlotRenderer {

    private final ExecutorService pool;
    private final Future<?> warmUp;
    private Map<String, Future<byte[]>> figures;

    private PlotRenderer(ExecutorService pool, Future<?> warmUp) {
        this.pool = pool;
        this.warmUp = warmUp;
    }

    /**
     * Starts loading the plotting machinery in the background.
     *
     * @return the renderer
     */
    static PlotRenderer warmUp() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "magent-plot");
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                });
        return new PlotRenderer(pool, pool.submit(PlotRenderer::renderSample));
    }

    /** Draws a small throw-away figure: loads the plotting classes, Java2D, the fonts and the PNG encoder. */
    private static void renderSample() {
        Chart c = new Chart("C", "separation r (nm)", "concurrence C", true, false).yRange(0, 1);
        c.curve(new double[] {1, 2, 3}, new double[] {0.1, 0.5, 0.9}, Style.of(0));
        c.curve(new double[] {1, 2, 3}, new double[] {0.2, 0.4, 0.8}, Style.of(1));
        c.bands(List.of(new double[] {1, 2}), java.awt.Color.ORANGE);
        new Figure("Concurrence").panel(c).legend(Figure.Entry.curve("T = 0", Style.of(0)))
                .legend(Figure.Entry.swatch("PT-broken", java.awt.Color.ORANGE)).note("Not drawn: µs.")
                .png(240, 160, 1);
    }

    /**
     * Starts rendering every figure of a finished sweep, one thread each.
     *
     * @param spec what to plot
     */
    void start(SweepPlots.Spec spec) {
        figures = new LinkedHashMap<>();
        for (String name : SweepPlots.names(spec)) {
            figures.put(name, pool.submit(() -> SweepPlots.render(spec, name)));
        }
    }

    /**
     * Waits for the figures.
     *
     * @return file name → PNG bytes, in the order of {@link SweepPlots#names}
     */
    Map<String, byte[]> finish() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            try {
                Futures.await(warmUp, "preparing the plots");
            } catch (RuntimeException | Error e) {
                // a failure of the sample is not the user's: the real figures below report their own
            }
            for (Map.Entry<String, Future<byte[]>> e : figures.entrySet()) {
                out.put(e.getKey(), Futures.await(e.getValue(), "rendering " + e.getKey()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
