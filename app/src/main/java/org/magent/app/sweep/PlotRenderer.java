package org.magent.app.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.magent.app.plot.DisplayUnit;
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

    /** Draws a small throw-away figure: loads XChart, Java2D, the fonts and the PNG writer. */
    private static void renderSample() {
        double[] x = {1, 2, 3};
        double[][] columns = {x, {0.1, 0.5, 0.9}, {1e-6, 1e-5, 1e-4}};
        String[] regimes = {"PT_EXACT", "PT_BROKEN", "PT_BROKEN"};
        SweepPlots.Family f = new SweepPlots.Family("T = 0 K", x, columns, regimes);
        SweepPlots.Family g = new SweepPlots.Family("T = 50 mK", x, columns, regimes);
        SweepPlots.Spec spec = new SweepPlots.Spec(List.of(f, g), "separation r (nm)", true,
                List.of(new SweepPlots.Measure(1, "C", "C")), 1, 2, new DisplayUnit(1, "s"), "temperature T (mK)",
                List.of("0", "50"), new SweepPlots.Measure(1, "C", "C"));
        SweepPlots.render(spec, "coupling.png");
        SweepPlots.render(spec, "heatmap.png");
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
                warmUp.get();
            } catch (ExecutionException e) {
                // a failure of the sample is not the user's: the real figures below report their own
            }
            for (Map.Entry<String, Future<byte[]>> e : figures.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the plots", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException("plot rendering failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
