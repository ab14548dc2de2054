package org.magent.app.evolve;

import java.util.List;
import org.magent.app.plot.Chart;
import org.magent.app.plot.DisplayUnit;
import org.magent.app.plot.Figure;
import org.magent.app.plot.Style;
import org.magent.app.plot.Ticks;

/**
 * The figure of {@code magent evolve --plot}: the concurrence C(t) and the entanglement of formation against
 * time and, for the postselected evolution, the success probability in a second panel. Times in s (shown in
 * ms, µs, … as fits) when the inputs carried units, else in natural units.
 */
final class EvolutionPlot {

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 460;

    private EvolutionPlot() {
    }

    private static Style style(int k, int points) {
        return points > 60 ? Style.of(k).lineOnly() : Style.of(k);
    }

    /**
     * Renders the figure.
     *
     * @param r the evolution
     * @param seconds whether times are in s (inputs with units)
     * @param initial the initial state as given, for the title
     * @param postselect whether the evolution is postselected
     * @return the PNG bytes
     */
    static byte[] png(EvolutionResult r, boolean seconds, String initial, boolean postselect) {
        List<double[]> rows = r.columns().rows();
        int n = rows.size();
        double[] t = new double[n];
        double[] c = new double[n];
        double[] eof = new double[n];
        double[] p = new double[n];
        double tMax = 0;
        for (int k = 0; k < n; k++) {
            t[k] = rows.get(k)[0];
            tMax = Math.max(tMax, t[k]);
        }
        DisplayUnit unit = seconds ? DisplayUnit.time(tMax) : DisplayUnit.NATURAL;
        for (int k = 0; k < n; k++) {
            double[] row = rows.get(k);
            t[k] = unit.of(t[k]);
            c[k] = row[1];
            eof[k] = row[2];
            p[k] = postselect ? row[5] : Double.NaN;
        }
        String kind = postselect ? "postselected" : "unmonitored";
        String regime = postselect ? r.postselectedRegime().orElse(r.unmonitoredRegime()) : r.unmonitoredRegime();
        Figure fig = new Figure("Entanglement from " + initial.strip() + " (" + kind + " evolution, regime "
                + regime.toUpperCase(java.util.Locale.ROOT).replace("PT_", "PT-").replace('_', ' ') + ")");
        Chart ent = new Chart(null, unit.axis("time t"), "entanglement", false, false).yRange(0, 1);
        ent.curve(t, c, style(0, n));
        ent.curve(t, eof, style(1, n));
        fig.panel(ent);
        fig.legend(Figure.Entry.curve("concurrence C(t)", style(0, n)));
        fig.legend(Figure.Entry.curve("entanglement of formation (ebits)", style(1, n)));
        if (postselect) {
            Chart ps = new Chart(null, unit.axis("time t"), "success probability", false, false).yRange(0, 1);
            ps.curve(t, p, style(2, n));
            fig.panel(ps);
            fig.legend(Figure.Entry.curve("probability that no jump was detected", style(2, n)));
        }
        if (r.steadyState().isPresent()) {
            fig.note("Steady state of the unmonitored evolution reached from the initial state: C = "
                    + Ticks.compact(r.steadyConcurrence()) + ".");
        }
        return fig.png(postselect ? WIDTH / 2 : WIDTH, HEIGHT, 2);
    }
}
