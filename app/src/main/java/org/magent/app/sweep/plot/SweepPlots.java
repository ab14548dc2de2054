package org.magent.app.sweep.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG plots of a sweep (XChart): concurrence measures versus separation, |A|/a versus separation with the
 * postselected PT-broken regime shaded, the entanglement lifetime versus separation, and a heat map for a 2-D
 * sweep, rendered to PNG bytes (the caller writes them atomically).
 */
public final class SweepPlots {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 650;
    private static final Color[] PALETTE = {new Color(0, 90, 181), new Color(220, 50, 32), new Color(0, 150, 80),
        new Color(150, 60, 170), new Color(230, 140, 0), new Color(90, 90, 90)};

    private SweepPlots() {
    }

    /**
     * One curve family: the rows of one value of the second axis.
     *
     * @param label e.g. "T = 0.05 K" or "" without a second axis
     * @param x the separations (display unit)
     * @param columns the values of every column, by column index, for these rows
     * @param regimes the postselected regime of each row
     */
    public record Family(String label, double[] x, double[][] columns, String[] regimes) {
    }

    /**
     * What to plot.
     *
     * @param families one per value of the second axis
     * @param xTitle the x axis title with unit
     * @param logX whether the separations are log-spaced
     * @param concurrenceColumns indices and names of the concurrence columns to draw
     * @param concurrenceNames their legend names
     * @param couplingColumn the index of |A|/a
     * @param lifetimeColumn the index of the lifetime
     * @param lifetimeTitle the lifetime axis title with unit
     * @param heatColumn the column shown in the heat map
     * @param heatTitle its name
     * @param axis2Title the title of the second axis, or null without one
     * @param axis2Values its values (display units)
     */
    public record Spec(List<Family> families, String xTitle, boolean logX, int[] concurrenceColumns,
            String[] concurrenceNames, int couplingColumn, int lifetimeColumn, String lifetimeTitle, int heatColumn,
            String heatTitle, String axis2Title, double[] axis2Values) {
    }

    /**
     * Renders the plots.
     *
     * @param spec what to plot
     * @return file name → PNG bytes: concurrence.png, coupling.png, lifetime.png and, for a 2-D sweep,
     *     heatmap.png
     */
    public static Map<String, byte[]> render(Spec spec) {
        System.setProperty("java.awt.headless", "true");
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("concurrence.png", png(concurrence(spec)));
        out.put("coupling.png", png(coupling(spec)));
        out.put("lifetime.png", png(lifetime(spec)));
        if (spec.axis2Title() != null && spec.axis2Values().length > 1) {
            out.put("heatmap.png", png(heatMap(spec)));
        }
        return out;
    }

    private static XYChart base(Spec spec, String title, String yTitle) {
        XYChart c = new XYChart(WIDTH, HEIGHT);
        c.setTitle(title);
        c.setXAxisTitle(spec.xTitle());
        c.setYAxisTitle(yTitle);
        c.getStyler().setXAxisLogarithmic(spec.logX());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        c.getStyler().setMarkerSize(5);
        return c;
    }

    private static XYChart concurrence(Spec spec) {
        XYChart c = base(spec, "Concurrence from the initial state vs separation", "concurrence (1)");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        for (int f = 0; f < spec.families().size(); f++) {
            Family fam = spec.families().get(f);
            for (int m = 0; m < spec.concurrenceColumns().length; m++) {
                String name = spec.concurrenceNames()[m] + suffix(fam);
                XYSeries s = line(c, name, fam.x(), fam.columns()[spec.concurrenceColumns()[m]]);
                if (s != null) {
                    style(s, PALETTE[m % PALETTE.length], f);
                }
            }
        }
        return c;
    }

    private static XYChart coupling(Spec spec) {
        XYChart c = base(spec, "Dissipative coupling |A|/a vs separation (shaded: postselected PT-broken)",
                "|A|/a (1)");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.05);
        Family first = spec.families().get(0);
        double[] shade = new double[first.x().length];
        for (int k = 0; k < shade.length; k++) {
            shade[k] = "PT_BROKEN".equals(first.regimes()[k]) ? 1.05 : 0.0;
        }
        XYSeries area = c.addSeries("PT-broken" + suffix(first), first.x(), shade);
        area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        area.setFillColor(new Color(255, 200, 120, 90));
        area.setLineColor(new Color(255, 200, 120, 0));
        area.setMarker(SeriesMarkers.NONE);
        for (int f = 0; f < spec.families().size(); f++) {
            Family fam = spec.families().get(f);
            XYSeries s = line(c, "|A|/a" + suffix(fam), fam.x(), fam.columns()[spec.couplingColumn()]);
            if (s != null) {
                style(s, PALETTE[f % PALETTE.length], 0);
            }
        }
        return c;
    }

    private static XYChart lifetime(Spec spec) {
        XYChart c = base(spec, "Entanglement lifetime vs separation (infinite values omitted)",
                spec.lifetimeTitle());
        c.getStyler().setYAxisLogarithmic(true);
        for (int f = 0; f < spec.families().size(); f++) {
            Family fam = spec.families().get(f);
            XYSeries s = line(c, "lifetime" + suffix(fam), fam.x(), fam.columns()[spec.lifetimeColumn()]);
            if (s != null) {
                style(s, PALETTE[f % PALETTE.length], 0);
            }
        }
        if (c.getSeriesMap().isEmpty()) {
            c.getStyler().setYAxisLogarithmic(false);
            c.addSeries("no finite lifetime", new double[] {0, 1}, new double[] {0, 0});
        }
        return c;
    }

    private static HeatMapChart heatMap(Spec spec) {
        HeatMapChart c = new HeatMapChart(WIDTH, HEIGHT, Styler.ChartTheme.XChart);
        c.setTitle(spec.heatTitle() + " vs separation and " + spec.axis2Title());
        c.setXAxisTitle(spec.xTitle());
        c.setYAxisTitle(spec.axis2Title());
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setShowValue(false);
        c.getStyler().setValueFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        c.getStyler().setMin(0.0);
        c.getStyler().setMax(1.0);
        c.getStyler().setXAxisLabelRotation(90);
        c.getStyler().setRangeColors(new Color[] {new Color(20, 20, 90), new Color(40, 140, 200),
            new Color(250, 230, 80)});
        List<String> xs = new ArrayList<>();
        for (double x : spec.families().get(0).x()) {
            xs.add(String.format(Locale.ROOT, "%.3g", x));
        }
        List<String> ys = new ArrayList<>();
        for (double y : spec.axis2Values()) {
            ys.add(String.format(Locale.ROOT, "%.3g", y));
        }
        List<Number[]> heat = new ArrayList<>();
        for (int f = 0; f < spec.families().size(); f++) {
            double[] v = spec.families().get(f).columns()[spec.heatColumn()];
            for (int k = 0; k < v.length; k++) {
                if (Double.isFinite(v[k])) {
                    heat.add(new Number[] {k, f, v[k]});
                }
            }
        }
        c.addSeries(spec.heatTitle(), xs, ys, heat);
        return c;
    }

    /** A line through the finite points (and, on log axes, the positive ones); null when none is left. */
    private static XYSeries line(XYChart c, String name, double[] x, double[] y) {
        boolean logY = c.getStyler().isYAxisLogarithmic();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (Double.isFinite(y[k]) && (!logY || y[k] > 0)) {
                xs.add(x[k]);
                ys.add(y[k]);
            }
        }
        return xs.isEmpty() ? null : c.addSeries(name, xs, ys);
    }

    private static void style(XYSeries s, Color color, int dashIndex) {
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(dashIndex == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        s.setLineStyle(dashIndex == 0 ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
    }

    private static String suffix(Family f) {
        return f.label().isEmpty() ? "" : ", " + f.label();
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a plot: " + e.getMessage(), e);
        }
    }
}
