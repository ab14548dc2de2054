package org.magent.app.sweep.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.magent.app.plot.Chart;
import org.magent.app.plot.DisplayUnit;
import org.magent.app.plot.Figure;
import org.magent.app.plot.HeatMap;
import org.magent.app.plot.Style;
import org.magent.app.plot.Ticks;

/**
 * The PNG figures of a sweep: {@code concurrence.png} (one panel per concurrence measure), {@code coupling.png}
 * (|A|/a, with the separations where the postselected dynamics is PT-broken shaded when the regime changes
 * along the sweep), {@code lifetime.png} and, for a 2-D sweep, {@code heatmap.png}. One curve per value of the
 * second axis, each with its own colour, dash and marker. A measure that takes one value at every point carries
 * no information and is left out with a note saying so; curves that coincide are drawn once and labelled so.
 * The points are drawn in increasing separation whatever order the sweep ran in.
 *
 * <p>For NV centres above a film the families are the values of the second axis times the directions of the
 * separation; {@code coupling.png} adds a panel with the phase arg A, and {@code covariance.png} shows the
 * normalised noise cross-correlation Re A/a and Im A/a that covariance relaxometry measures.
 */
public final class SweepPlots {

    private static final int PANEL_W = 620;
    private static final int PANEL_H = 420;
    private static final Color SHADE = new Color(255, 214, 153);
    private static final double SAME = 1e-12;

    private SweepPlots() {
    }

    /**
     * One curve family: the points of one value of the second axis.
     *
     * @param label e.g. "T = 50 mK", or "" without a second axis
     * @param x the separations (display unit)
     * @param columns the values of every column, by column index, for these points
     * @param regimes the postselected regime of each point (PT_EXACT, EXCEPTIONAL_POINT, PT_BROKEN or "")
     */
    public record Family(String label, double[] x, double[][] columns, String[] regimes) {
    }

    /**
     * A quantity drawn from one column.
     *
     * @param column the column index
     * @param title its title, e.g. "C_max, the largest C(t)"
     * @param name its short name, e.g. "C_max"
     */
    public record Measure(int column, String title, String name) {
    }

    /**
     * What to plot.
     *
     * @param families one per value of the second axis
     * @param xTitle the x axis title with unit, e.g. "separation r (nm)"
     * @param logX whether the separations are log-spaced
     * @param concurrence the concurrence measures, each drawn in its own panel
     * @param coupling the column of |A|/a
     * @param lifetime the column of the lifetime
     * @param timeUnit the unit the times of the table are in: s, or {@link DisplayUnit#NATURAL}
     * @param axis2Title the second axis with its unit for the heat map, or null without one
     * @param axis2Labels one label per family for the heat map rows, e.g. "50 mK"
     * @param heat the quantity of the heat map
     * @param covariance the columns of the NV noise cross-correlation, or null (qubits coupled by contact)
     */
    public record Spec(List<Family> families, String xTitle, boolean logX, List<Measure> concurrence,
            int coupling, int lifetime, DisplayUnit timeUnit, String axis2Title, List<String> axis2Labels,
            Measure heat, Covariance covariance) {

        /**
         * A specification without NV columns.
         *
         * @param families one per value of the second axis
         * @param xTitle the x axis title with unit
         * @param logX whether the separations are log-spaced
         * @param concurrence the concurrence measures
         * @param coupling the column of |A|/a
         * @param lifetime the column of the lifetime
         * @param timeUnit the unit of the table's times
         * @param axis2Title the second axis with its unit, or null
         * @param axis2Labels one label per family
         * @param heat the quantity of the heat map
         */
        public Spec(List<Family> families, String xTitle, boolean logX, List<Measure> concurrence, int coupling,
                int lifetime, DisplayUnit timeUnit, String axis2Title, List<String> axis2Labels, Measure heat) {
            this(families, xTitle, logX, concurrence, coupling, lifetime, timeUnit, axis2Title, axis2Labels, heat,
                    null);
        }
    }

    /**
     * The columns of the normalised noise cross-correlation of two NVs, A/√(a1 a2).
     *
     * @param real the column of Re A/a
     * @param imaginary the column of Im A/a
     * @param phase the column of arg A (deg)
     */
    public record Covariance(int real, int imaginary, int phase) {
    }

    /**
     * Renders the figures.
     *
     * @param spec what to plot
     * @return file name → PNG bytes, in the order concurrence, coupling, lifetime, heat map
     */
    public static Map<String, byte[]> render(Spec spec) {
        Spec sorted = sorted(spec);
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("concurrence.png", concurrence(sorted));
        out.put("coupling.png", coupling(sorted));
        out.put("lifetime.png", lifetime(sorted));
        if (sorted.covariance() != null) {
            out.put("covariance.png", covariance(sorted));
        }
        if (sorted.axis2Title() != null && sorted.families().size() > 1) {
            out.put("heatmap.png", heatMap(sorted));
        }
        return out;
    }

    /** Every file name {@link #render} can produce, whatever the spec. */
    public static final List<String> ALL_NAMES = List.of("concurrence.png", "coupling.png", "lifetime.png",
            "covariance.png", "heatmap.png");

    /**
     * The file names {@link #render} produces for a spec (some of {@link #ALL_NAMES}, in that order).
     *
     * @param spec what to plot
     * @return the names
     */
    public static List<String> names(Spec spec) {
        List<String> n = new ArrayList<>(ALL_NAMES.subList(0, 3));
        if (spec.covariance() != null) {
            n.add(ALL_NAMES.get(3));
        }
        if (spec.axis2Title() != null && spec.families().size() > 1) {
            n.add(ALL_NAMES.get(4));
        }
        return n;
    }

    /**
     * Renders one figure.
     *
     * @param spec what to plot
     * @param name one of {@link #names}
     * @return the PNG bytes
     */
    public static byte[] render(Spec spec, String name) {
        Spec sorted = sorted(spec);
        return switch (name) {
            case "concurrence.png" -> concurrence(sorted);
            case "coupling.png" -> coupling(sorted);
            case "lifetime.png" -> lifetime(sorted);
            case "covariance.png" -> covariance(sorted);
            case "heatmap.png" -> heatMap(sorted);
            default -> throw new IllegalArgumentException("no figure " + name);
        };
    }

    /** Every family's points in increasing x (a sweep may list its separations in any order). */
    private static Spec sorted(Spec spec) {
        List<Family> out = new ArrayList<>();
        for (Family f : spec.families()) {
            Integer[] order = new Integer[f.x().length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Double.compare(f.x()[a], f.x()[b]));
            double[] x = new double[order.length];
            double[][] cols = new double[f.columns().length][order.length];
            String[] regimes = new String[order.length];
            for (int k = 0; k < order.length; k++) {
                x[k] = f.x()[order[k]];
                regimes[k] = f.regimes()[order[k]];
                for (int c = 0; c < cols.length; c++) {
                    cols[c][k] = f.columns()[c][order[k]];
                }
            }
            out.add(new Family(f.label(), x, cols, regimes));
        }
        return new Spec(out, spec.xTitle(), spec.logX(), spec.concurrence(), spec.coupling(), spec.lifetime(),
                spec.timeUnit(), spec.axis2Title(), spec.axis2Labels(), spec.heat(), spec.covariance());
    }

    private static String familyLabel(Spec spec, int f) {
        String label = spec.families().get(f).label();
        return label.isEmpty() ? "all points" : label;
    }

    /** The smallest and largest separation shown. */
    private static double[] xRange(Spec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Family f : spec.families()) {
            for (double x : f.x()) {
                if (Double.isFinite(x) && (!spec.logX() || x > 0)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** The single value a column takes at every point of every family, or NaN when it varies. */
    private static double constant(Spec spec, int column) {
        double first = Double.NaN;
        boolean seen = false;
        for (Family f : spec.families()) {
            for (double v : f.columns()[column]) {
                if (!seen) {
                    first = v;
                    seen = true;
                } else if (!(Double.compare(v, first) == 0 || Math.abs(v - first) <= SAME * Math.max(1,
                        Math.abs(first)))) {
                    return Double.NaN;
                }
            }
        }
        return seen ? (Double.isNaN(first) ? Double.POSITIVE_INFINITY : first) : Double.NaN;
    }

    /** Groups of families whose values coincide at every point in every column given; each is drawn once. */
    private static List<List<Integer>> coinciding(Spec spec, int... columns) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int f = 0; f < spec.families().size(); f++) {
            boolean placed = false;
            for (List<Integer> g : groups) {
                boolean all = true;
                for (int column : columns) {
                    all &= same(spec.families().get(g.get(0)).columns()[column],
                            spec.families().get(f).columns()[column]);
                }
                if (all) {
                    g.add(f);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                groups.add(new ArrayList<>(List.of(f)));
            }
        }
        return groups;
    }

    private static boolean same(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            boolean bothUndefined = !Double.isFinite(a[k]) && !Double.isFinite(b[k]) && Double.compare(a[k], b[k]) == 0;
            if (!bothUndefined && !(Math.abs(a[k] - b[k]) <= SAME * Math.max(1e-300, Math.abs(a[k])))) {
                return false;
            }
        }
        return true;
    }

    private static String groupLabel(Spec spec, List<Integer> group) {
        List<String> labels = new ArrayList<>();
        group.forEach(f -> labels.add(familyLabel(spec, f)));
        return String.join(" and ", labels);
    }

    /**
     * The concurrence measures that get a panel: those that take more than one value over the sweep.
     *
     * @param spec what to plot
     * @return the measures drawn, in order
     */
    static List<Measure> drawnMeasures(Spec spec) {
        return spec.concurrence().stream().filter(m -> Double.isNaN(constant(spec, m.column()))).toList();
    }

    private static byte[] concurrence(Spec spec) {
        Figure fig = new Figure("Concurrence from the initial state versus separation");
        double[] xr = xRange(spec);
        List<String> dropped = new ArrayList<>();
        List<Measure> drawn = drawnMeasures(spec);
        for (Measure m : spec.concurrence()) {
            if (!drawn.contains(m)) {
                double only = constant(spec, m.column());
                dropped.add(m.name() + (Double.isInfinite(only) ? " is undefined" : " = " + Ticks.compact(only))
                        + " at every point");
                continue;
            }
            Chart c = new Chart(m.title(), spec.xTitle(), "concurrence C", spec.logX(), false).yRange(0, 1)
                    .xRange(xr[0], xr[1]);
            for (int f = 0; f < spec.families().size(); f++) {
                Family fam = spec.families().get(f);
                c.curve(fam.x(), fam.columns()[m.column()], Style.of(f));
            }
            fig.panel(c);
        }
        if (fig.panelCount() == 0) {
            fig.panel(new Chart(null, spec.xTitle(), "concurrence C", spec.logX(), false).yRange(0, 1)
                    .xRange(xr[0], xr[1]));
        } else if (spec.families().size() > 1) {
            for (int f = 0; f < spec.families().size(); f++) {
                fig.legend(Figure.Entry.curve(familyLabel(spec, f), Style.of(f)));
            }
        }
        if (!dropped.isEmpty()) {
            fig.note("Not drawn, as they carry no information: " + String.join("; ", dropped) + ".");
        }
        return fig.png(PANEL_W, PANEL_H, 2);
    }

    private static byte[] coupling(Spec spec) {
        Figure fig = new Figure("Dissipative coupling |A|/a versus separation");
        double[] xr = xRange(spec);
        Chart c = new Chart(null, spec.xTitle(), "|A|/a", spec.logX(), false).yRange(0, 1.05)
                .xRange(xr[0], xr[1]);
        Family first = spec.families().get(0);
        List<double[]> bands = brokenBands(first, spec.logX(), xr);
        Set<String> regimes = new TreeSet<>(Arrays.asList(first.regimes()));
        regimes.remove("");
        if (!bands.isEmpty() && regimes.size() > 1) {
            c.bands(bands, SHADE);
            fig.legend(Figure.Entry.swatch("postselected dynamics PT-broken"
                    + (spec.families().size() > 1 ? " (" + familyLabel(spec, 0) + ")" : ""), SHADE));
        } else if (regimes.size() == 1) {
            fig.note("The postselected regime is " + regimes.iterator().next().replace('_', '-')
                    + " at every separation" + (spec.families().size() > 1 ? " of " + familyLabel(spec, 0) : "")
                    + ", so no region is shaded.");
        }
        List<List<Integer>> groups = spec.covariance() == null ? coinciding(spec, spec.coupling())
                : coinciding(spec, spec.coupling(), spec.covariance().phase());
        for (List<Integer> group : groups) {
            Family fam = spec.families().get(group.get(0));
            if (c.curve(fam.x(), fam.columns()[spec.coupling()], Style.of(group.get(0)))
                    && spec.families().size() > 1) {
                fig.legend(Figure.Entry.curve(groupLabel(spec, group), Style.of(group.get(0))));
            }
        }
        if (groups.size() < spec.families().size()) {
            fig.note("Curves that coincide at every point are drawn once, labelled with all their values.");
        }
        fig.panel(c);
        if (spec.covariance() != null) {
            fig.panel(familyPanel(spec, null, spec.covariance().phase(), "phase arg A (deg)", -180, 180, groups));
            fig.note("A is the dissipative coupling of the master equation; |A|/a and arg A are those of the"
                    + " normalised noise cross-correlation A/sqrt(a1 a2) (identical NVs: A/a); arg A is not drawn"
                    + " where |A|/a < 0.001.");
            return fig.png(2 * PANEL_W, PANEL_H + 40, 1);
        }
        return fig.png(2 * PANEL_W, PANEL_H + 80, 1);
    }

    /** One panel of a column against r, a curve per group of coinciding families (groups of another column). */
    private static Chart familyPanel(Spec spec, String title, int column, String yTitle, double yMin, double yMax,
            List<List<Integer>> groups) {
        double[] xr = xRange(spec);
        Chart c = new Chart(title, spec.xTitle(), yTitle, spec.logX(), false).yRange(yMin, yMax).xRange(xr[0], xr[1]);
        for (List<Integer> group : groups) {
            Family fam = spec.families().get(group.get(0));
            c.curve(fam.x(), fam.columns()[column], Style.of(group.get(0)));
        }
        return c;
    }

    /** covariance.png: Re A/a and Im A/a against r, the covariance relaxometry prediction. */
    private static byte[] covariance(Spec spec) {
        Figure fig = new Figure("Noise cross-correlation of the two NVs, A/sqrt(a1 a2), versus separation");
        Covariance cov = spec.covariance();
        List<List<Integer>> groups = coinciding(spec, cov.real(), cov.imaginary());
        double[] re = range(spec, cov.real());
        double[] im = range(spec, cov.imaginary());
        double lo = Math.min(-0.05, Math.min(re[0], im[0]));
        double hi = Math.max(0.05, Math.max(re[1], im[1]));
        double pad = 0.05 * (hi - lo);
        fig.panel(familyPanel(spec, "real part", cov.real(), "Re A/a", lo - pad, hi + pad, groups));
        fig.panel(familyPanel(spec, "imaginary part", cov.imaginary(), "Im A/a", lo - pad, hi + pad, groups));
        if (spec.families().size() > 1) {
            for (List<Integer> group : groups) {
                fig.legend(Figure.Entry.curve(groupLabel(spec, group), Style.of(group.get(0))));
            }
        }
        fig.note("A/sqrt(a1 a2) is what a covariance (cross-correlated relaxometry) measurement of the two NVs sees;"
                + " Im A/a != 0 is the non-reciprocity (chirality) of the film's spin waves.");
        if (groups.size() < spec.families().size()) {
            fig.note("Curves that coincide at every point are drawn once, labelled with all their values.");
        }
        return fig.png(PANEL_W, PANEL_H, 2);
    }

    /** The finite minimum and maximum of a column over all families, {0, 0} when none. */
    private static double[] range(Spec spec, int column) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Family f : spec.families()) {
            for (double v : f.columns()[column]) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 0};
    }

    /** The x intervals where the regime is PT-broken, bounded half-way (geometrically on log x) to neighbours. */
    private static List<double[]> brokenBands(Family f, boolean logX, double[] xr) {
        List<double[]> out = new ArrayList<>();
        int n = f.x().length;
        int k = 0;
        while (k < n) {
            if (!"PT_BROKEN".equals(f.regimes()[k])) {
                k++;
                continue;
            }
            int j = k;
            while (j + 1 < n && "PT_BROKEN".equals(f.regimes()[j + 1])) {
                j++;
            }
            double lo = k == 0 ? xr[0] : mid(f.x()[k - 1], f.x()[k], logX);
            double hi = j == n - 1 ? xr[1] : mid(f.x()[j], f.x()[j + 1], logX);
            out.add(new double[] {lo, hi});
            k = j + 1;
        }
        return out;
    }

    private static double mid(double a, double b, boolean log) {
        return log && a > 0 && b > 0 ? Math.sqrt(a * b) : 0.5 * (a + b);
    }

    private static byte[] lifetime(Spec spec) {
        double max = 0;
        int infinite = 0;
        for (Family f : spec.families()) {
            for (double v : f.columns()[spec.lifetime()]) {
                if (Double.isFinite(v) && v > 0) {
                    max = Math.max(max, v);
                } else if (Double.isInfinite(v)) {
                    infinite++;
                }
            }
        }
        DisplayUnit unit = spec.timeUnit().natural() ? DisplayUnit.NATURAL : DisplayUnit.time(max);
        Figure fig = new Figure("Entanglement lifetime versus separation");
        double[] xr = xRange(spec);
        Chart c = new Chart(null, spec.xTitle(), unit.axis("lifetime τ"), spec.logX(), max > 0)
                .xRange(xr[0], xr[1]);
        List<List<Integer>> groups = coinciding(spec, spec.lifetime());
        for (List<Integer> group : groups) {
            Family fam = spec.families().get(group.get(0));
            double[] y = fam.columns()[spec.lifetime()].clone();
            for (int k = 0; k < y.length; k++) {
                y[k] = unit.of(y[k]);
            }
            if (c.curve(fam.x(), y, Style.of(group.get(0))) && spec.families().size() > 1) {
                fig.legend(Figure.Entry.curve(groupLabel(spec, group), Style.of(group.get(0))));
            }
        }
        if (max == 0) {
            c.yRange(0, 1);
            fig.note("No finite lifetime at any point: nothing to draw.");
        }
        if (infinite > 0) {
            fig.note("τ is infinite at " + infinite + (infinite == 1 ? " point" : " points") + " (no decay of the"
                    + " entanglement: a dark state, or no relaxation at all), not drawn.");
        }
        if (groups.size() < spec.families().size()) {
            fig.note("Curves that coincide at every point are drawn once, labelled with all their values.");
        }
        fig.panel(c);
        return fig.png(2 * PANEL_W, PANEL_H + 80, 1);
    }

    private static byte[] heatMap(Spec spec) {
        int rows = spec.families().size();
        double[][] z = new double[rows][];
        for (int f = 0; f < rows; f++) {
            z[f] = spec.families().get(f).columns()[spec.heat().column()];
        }
        String title = spec.heat().name() + " versus separation and " + spec.axis2Title().replaceAll(" \\(.*", "");
        return HeatMap.png(new HeatMap.Spec(title, spec.families().get(0).x(), spec.logX(), spec.xTitle(),
                spec.axis2Labels(), spec.axis2Title(), z, 0, 1, spec.heat().name()));
    }
}
