package org.magent.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A heat map of a quantity over a grid (columns: the main axis, rows: the second axis), drawn with Java2D: one
 * cell per point in the perceptually uniform viridis colour map, tick labels at round values of the main axis,
 * a label per row, and a colour bar with its own title and ticks. Undefined values are grey.
 */
public final class HeatMap {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;
    private static final int LEFT = 130;
    private static final int RIGHT = 170;
    private static final int TOP = 60;
    private static final int BOTTOM = 80;
    private static final Color UNDEFINED = new Color(200, 200, 200);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** viridis at 0, 1/8, …, 1 (matplotlib's table). */
    private static final int[][] VIRIDIS = {{68, 1, 84}, {71, 44, 122}, {59, 81, 139}, {44, 113, 142},
        {33, 144, 141}, {39, 173, 129}, {92, 200, 99}, {170, 220, 50}, {253, 231, 37}};

    /**
     * What to draw.
     *
     * @param title the figure title
     * @param x the main-axis values (display unit), one per column, increasing
     * @param logX whether the main axis is logarithmic (columns evenly spaced in log x)
     * @param xTitle the main axis title with unit
     * @param rowLabels one label per row, bottom row first
     * @param yTitle the second axis title with unit
     * @param z the values, z[row][column]
     * @param zMin the value at the bottom of the colour bar
     * @param zMax the value at its top
     * @param barTitle the colour bar's title: the quantity and its unit
     */
    public record Spec(String title, double[] x, boolean logX, String xTitle, List<String> rowLabels, String yTitle,
            double[][] z, double zMin, double zMax, String barTitle) {
    }

    private HeatMap() {
    }

    /**
     * Renders the heat map.
     *
     * @param s what to draw
     * @return the PNG bytes
     */
    public static byte[] png(Spec s) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Figure.canvas(img);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int cols = s.x().length;
        int rows = s.z().length;
        boolean anyUndefined = false;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int x0 = LEFT + (int) Math.round((double) c * plotW / cols);
                int x1 = LEFT + (int) Math.round((double) (c + 1) * plotW / cols);
                int y1 = TOP + plotH - (int) Math.round((double) r * plotH / rows);
                int y0 = TOP + plotH - (int) Math.round((double) (r + 1) * plotH / rows);
                double v = s.z()[r][c];
                anyUndefined |= !Double.isFinite(v);
                g.setColor(Double.isFinite(v) ? color((v - s.zMin()) / (s.zMax() - s.zMin())) : UNDEFINED);
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, plotW, plotH);
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s.title(), Math.max(10, (WIDTH - fm.stringWidth(s.title())) / 2), 34);
        xTicks(g, s, plotW, plotH);
        yTicks(g, s, plotH);
        colourBar(g, s, plotH);
        if (anyUndefined) {
            g.setFont(TICK);
            g.setColor(Color.DARK_GRAY);
            g.drawString("grey: undefined", WIDTH - RIGHT + 20, HEIGHT - 20);
        }
        g.dispose();
        return Figure.encode(img);
    }

    /** The viridis colour of a fraction in [0, 1] (clamped). */
    static Color color(double f) {
        double t = Math.max(0, Math.min(1, f)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(t));
        double u = t - i;
        int[] a = VIRIDIS[i];
        int[] b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a[0] + u * (b[0] - a[0])), (int) Math.round(a[1] + u * (b[1] - a[1])),
                (int) Math.round(a[2] + u * (b[2] - a[2])));
    }

    private static void xTicks(Graphics2D g, Spec s, int plotW, int plotH) {
        double[] x = s.x();
        int n = x.length;
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        int base = TOP + plotH;
        List<double[]> ticks = new ArrayList<>(); // {position in columns, value}
        boolean monotone = n > 1 && x[n - 1] > x[0];
        for (int k = 1; k < n && monotone; k++) {
            monotone = x[k] > x[k - 1];
        }
        if (monotone && (!s.logX() || x[0] > 0)) {
            double lo = s.logX() ? Math.log10(x[0]) : x[0];
            double hi = s.logX() ? Math.log10(x[n - 1]) : x[n - 1];
            for (double v : Ticks.nice(x[0], x[n - 1], s.logX())) {
                double p = ((s.logX() ? Math.log10(v) : v) - lo) / (hi - lo);
                ticks.add(new double[] {0.5 + p * (n - 1), v});
            }
        } else {
            int step = Math.max(1, n / 8);
            for (int c = 0; c < n; c += step) {
                ticks.add(new double[] {c + 0.5, x[c]});
            }
        }
        var format = Ticks.formatter(x[0], x[n - 1], s.logX());
        g.setColor(Color.BLACK);
        for (double[] t : ticks) {
            int px = LEFT + (int) Math.round(t[0] * plotW / n);
            g.drawLine(px, base, px, base + 5);
            String label = format.apply(t[1]);
            g.drawString(label, px - fm.stringWidth(label) / 2, base + 20);
        }
        g.setFont(LABEL);
        FontMetrics lf = g.getFontMetrics();
        g.drawString(s.xTitle(), LEFT + (plotW - lf.stringWidth(s.xTitle())) / 2, base + 50);
    }

    private static void yTicks(Graphics2D g, Spec s, int plotH) {
        int rows = s.rowLabels().size();
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        int step = Math.max(1, rows / 12);
        g.setColor(Color.BLACK);
        for (int r = 0; r < rows; r += step) {
            int py = TOP + plotH - (int) Math.round((r + 0.5) * plotH / rows);
            g.drawLine(LEFT - 5, py, LEFT, py);
            String label = s.rowLabels().get(r);
            g.drawString(label, LEFT - 9 - fm.stringWidth(label), py + fm.getAscent() / 2 - 1);
        }
        g.setFont(LABEL);
        FontMetrics lf = g.getFontMetrics();
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(s.yTitle(), -(TOP + (plotH + lf.stringWidth(s.yTitle())) / 2), 30);
        g.setTransform(saved);
    }

    private static void colourBar(Graphics2D g, Spec s, int plotH) {
        int x0 = WIDTH - RIGHT + 40;
        int w = 24;
        for (int py = 0; py < plotH; py++) {
            g.setColor(color(1 - (double) py / (plotH - 1)));
            g.fillRect(x0, TOP + py, w, 1);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x0, TOP, w, plotH);
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        var format = Ticks.formatter(s.zMin(), s.zMax(), false);
        for (double v : Ticks.nice(s.zMin(), s.zMax(), false)) {
            int py = TOP + plotH - (int) Math.round((v - s.zMin()) / (s.zMax() - s.zMin()) * plotH);
            g.drawLine(x0 + w, py, x0 + w + 5, py);
            g.drawString(format.apply(v), x0 + w + 8, py + fm.getAscent() / 2 - 1);
        }
        g.setFont(LABEL);
        g.setColor(Color.BLACK);
        FontMetrics lf = g.getFontMetrics();
        AffineTransform saved = g.getTransform();
        g.rotate(Math.PI / 2);
        g.drawString(s.barTitle(), TOP + (plotH - lf.stringWidth(s.barTitle())) / 2, -(x0 + w + 62));
        g.setTransform(saved);
    }
}
