package org.magent.app.relaxometry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.magent.nv.NvCentre;

/** relaxometry.png: the transition rate W = 2a against the field (or height), with the band-edge fields marked. */
final class RelaxometryPlot {

    private RelaxometryPlot() {
    }

    static byte[] png(List<RelaxometryRun.Point> points, RelaxometryRun.Crossings c, boolean heightScan,
            double temperature, NvCentre nv, double fieldPolar) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChart(1000, 650);
        chart.setTitle(String.format(Locale.ROOT, "NV relaxation rate above the film, T = %.4g K, %s", temperature,
                heightScan ? String.format(Locale.ROOT, "B = %.4g mT", 1e3 * points.get(0).field())
                        : String.format(Locale.ROOT, "field at %.3g deg from the normal", Math.toDegrees(fieldPolar))));
        chart.setXAxisTitle(heightScan ? "NV height h (nm)" : "bias field B (mT)");
        chart.setYAxisTitle("transition rate W = 2a (1/s)");
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setMarkerSize(5);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double yMax = 0;
        double yMin = Double.POSITIVE_INFINITY;
        for (RelaxometryRun.Point p : points) {
            double w = 2 * p.a();
            if (w > 0 && Double.isFinite(w)) {
                x.add(heightScan ? 1e9 * p.height() : 1e3 * p.field());
                y.add(w);
                yMax = Math.max(yMax, w);
                yMin = Math.min(yMin, w);
            }
        }
        boolean log = yMax > 0 && yMax / yMin > 100;
        s.setYAxisLogarithmic(log);
        if (!x.isEmpty()) {
            XYSeries w = chart.addSeries("W = 2a, m_s = 0 <-> " + (nv.transition() < 0 ? "-1" : "+1"), x, y);
            w.setLineColor(new Color(0, 90, 181));
            w.setMarkerColor(new Color(0, 90, 181));
            w.setMarker(SeriesMarkers.CIRCLE);
            w.setLineStyle(new BasicStroke(2f));
        } else {
            chart.addSeries("no relaxation (W = 0 everywhere)", new double[] {0, 1}, new double[] {0, 0});
        }
        if (!heightScan && yMax > 0) {
            double lo = log ? yMin : 0;
            marker(chart, "NV frequency = band bottom (" + mt(c.bandBottom()) + ")", c.bandBottom(), lo, yMax,
                    new Color(220, 50, 32), new float[] {8f, 5f});
            marker(chart, "NV frequency = Kittel, k = 0 (" + mt(c.kittel()) + ")", c.kittel(), lo, yMax,
                    new Color(0, 150, 80), new float[] {2f, 4f});
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render relaxometry.png: " + e.getMessage(), e);
        }
    }

    private static void marker(XYChart chart, String name, double field, double lo, double hi, Color color,
            float[] dash) {
        if (Double.isNaN(field)) {
            return;
        }
        XYSeries m = chart.addSeries(name, new double[] {1e3 * field, 1e3 * field}, new double[] {lo, hi});
        m.setMarker(SeriesMarkers.NONE);
        m.setLineColor(color);
        m.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
    }

    private static String mt(double tesla) {
        return String.format(Locale.ROOT, "%.2f mT", 1e3 * tesla);
    }
}
