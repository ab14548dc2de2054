package org.magent.app.trajectories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.trajectories.EnsembleStatistics;

/**
 * The plot of {@code magent trajectories} (XChart, one PNG with two panels): versus t, (top) the concurrence of
 * the ensemble-averaged state and of the heralded states with k = 0, 1, 2 detections; (bottom) the probability of
 * k = 0, 1, 2 detections and of more.
 */
final class TrajectoriesPlot {

    private static final Color[] PALETTE = {new Color(0, 90, 181), new Color(220, 50, 32), new Color(0, 150, 80),
        new Color(150, 60, 170)};
    private static final int SHOWN_COUNTS = 3;
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 420;

    private TrajectoriesPlot() {
    }

    /**
     * Renders the plot.
     *
     * @param s the statistics
     * @param timeTitle the time axis title with its unit
     * @return PNG bytes
     */
    static byte[] render(EnsembleStatistics s, String timeTitle) {
        System.setProperty("java.awt.headless", "true");
        double[] t = s.times();
        int shown = Math.min(SHOWN_COUNTS, s.maxCount() + 1);

        double tMax = t[t.length - 1];
        XYChart top = chart(String.format(Locale.ROOT, "%d quantum trajectories, detection efficiency %s: "
                + "concurrence", s.trajectories(), Double.toString(s.efficiency().value())), timeTitle,
                "concurrence (1)", tMax);
        double[] mean = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            mean[k] = Entanglement.concurrence(s.meanState(k));
        }
        style(top.addSeries("mean state", t, mean), Color.BLACK);
        for (int b = 0; b < shown; b++) {
            List<Double> xs = new ArrayList<>();
            List<Double> cs = new ArrayList<>();
            for (int k = 0; k < t.length; k++) {
                DensityMatrix h = s.heraldedState(k, b);
                if (h != null) {
                    xs.add(t[k]);
                    cs.add(Entanglement.concurrence(h));
                }
            }
            if (!xs.isEmpty()) {
                style(top.addSeries("heralded, " + detections(b), xs, cs), PALETTE[b]);
            }
        }

        XYChart bottom = chart("Probability of k detections", timeTitle, "probability (1)", tMax);
        for (int b = 0; b <= shown; b++) {
            double[] p = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                if (b < shown) {
                    p[k] = s.fraction(k, b);
                } else {
                    double rest = 0;
                    for (int c = shown; c <= s.maxCount() + 1; c++) {
                        rest += s.fraction(k, c);
                    }
                    p[k] = rest;
                }
            }
            String name = b < shown ? detections(b) : "more than " + (shown - 1);
            style(bottom.addSeries(name, t, p), PALETTE[b]);
        }

        BufferedImage image = new BufferedImage(WIDTH, 2 * HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(BitmapEncoder.getBufferedImage(top), 0, 0, null);
        g.drawImage(BitmapEncoder.getBufferedImage(bottom), 0, HEIGHT, null);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the plot: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static String detections(int k) {
        return k + (k == 1 ? " detection" : " detections");
    }

    private static XYChart chart(String title, String xTitle, String yTitle, double tMax) {
        XYChart c = new XYChart(WIDTH, HEIGHT);
        c.setTitle(title);
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        if (tMax > 0 && (tMax < 1e-2 || tMax >= 1e5)) {
            c.getStyler().setXAxisDecimalPattern("0.##E0");
        }
        return c;
    }

    private static void style(XYSeries s, Color color) {
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(new BasicStroke(2f));
    }
}
