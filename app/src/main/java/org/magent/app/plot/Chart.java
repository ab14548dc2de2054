package org.magent.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One panel of curves, drawn with Java2D: axes with round ticks (1-2-5 steps, or decades on a logarithmic
 * axis with unlabelled minor ticks), light grid lines, one tick-label format per axis ({@link Ticks#formatter}),
 * shaded vertical bands under the curves, curves clipped to the plot area with their {@link Style}.
 */
public final class Chart {

    /** The most markers drawn on one curve; denser curves mark every k-th point. */
    static final int MAX_MARKERS = 40;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color GRID = new Color(228, 228, 228);
    private static final Color FRAME = new Color(110, 110, 110);
    private static final int MARKER = 7;

    /** A curve and its style. */
    private record Curve(double[] x, double[] y, Style style) {
    }

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final boolean logX;
    private final boolean logY;
    private final List<Curve> curves = new ArrayList<>();
    private final List<double[]> bands = new ArrayList<>();
    private Color bandColor;
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;
    private double xMin = Double.NaN;
    private double xMax = Double.NaN;

    /**
     * A panel.
     *
     * @param title the panel title, or null
     * @param xTitle the x axis title with its unit
     * @param yTitle the y axis title with its unit
     * @param logX whether x is logarithmic
     * @param logY whether y is logarithmic
     */
    public Chart(String title, String xTitle, String yTitle, boolean logX, boolean logY) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.logX = logX;
        this.logY = logY;
    }

    /**
     * Fixes the y range (otherwise it is fitted to the curves).
     *
     * @param min the bottom
     * @param max the top
     * @return this
     */
    public Chart yRange(double min, double max) {
        this.yMin = min;
        this.yMax = max;
        return this;
    }

    /**
     * Fixes the x range (otherwise it is fitted to the curves).
     *
     * @param min the left end
     * @param max the right end
     * @return this
     */
    public Chart xRange(double min, double max) {
        this.xMin = min;
        this.xMax = max;
        return this;
    }

    /**
     * Adds a curve through the finite points (on logarithmic axes, the positive ones).
     *
     * @param x the x values
     * @param y the y values
     * @param style its style
     * @return whether any point was left to draw
     */
    public boolean curve(double[] x, double[] y, Style style) {
        List<double[]> kept = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (Double.isFinite(x[k]) && Double.isFinite(y[k]) && (!logX || x[k] > 0) && (!logY || y[k] > 0)) {
                kept.add(new double[] {x[k], y[k]});
            }
        }
        if (kept.isEmpty()) {
            return false;
        }
        double[] xs = new double[kept.size()];
        double[] ys = new double[kept.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = kept.get(k)[0];
            ys[k] = kept.get(k)[1];
        }
        curves.add(new Curve(xs, ys, style));
        return true;
    }

    /**
     * Shades vertical bands over the whole height, under the curves.
     *
     * @param intervals the bands, each {x0, x1}
     * @param fill the colour
     * @return this
     */
    public Chart bands(List<double[]> intervals, Color fill) {
        bands.addAll(intervals);
        bandColor = fill;
        return this;
    }

    /**
     * Whether the panel has a curve.
     *
     * @return true when some curve was added
     */
    public boolean hasCurves() {
        return !curves.isEmpty();
    }

    /** An axis: its range in (log) value space and how values map to it. */
    private record Axis(double lo, double hi, boolean log) {
        double t(double v) {
            return log ? Math.log10(v) : v;
        }

        double fraction(double v) {
            return (t(v) - lo) / (hi - lo);
        }

        static Axis of(double min, double max, boolean log, boolean pad) {
            double a = log ? Math.log10(min) : min;
            double b = log ? Math.log10(max) : max;
            if (!(b > a)) {
                double d = a == 0 ? 1 : Math.abs(a) * 0.1;
                a -= log ? 0.5 : d;
                b += log ? 0.5 : d;
            }
            double p = pad ? 0.03 * (b - a) : 0;
            return new Axis(a - p, b + p, log);
        }
    }

    /**
     * The marker spacing of a curve: 1 up to {@link #MAX_MARKERS} points, then the smallest k that draws at most
     * that many markers (every k-th point, the first included).
     *
     * @param points the curve's points
     * @return k ≥ 1
     */
    static int markerStep(int points) {
        return Math.max(1, (points + MAX_MARKERS - 1) / MAX_MARKERS);
    }

    /**
     * Draws the panel into a region of the figure.
     *
     * @param g the graphics, translated to the panel's corner
     * @param width the panel width (px)
     * @param height the panel height (px)
     */
    public void paint(Graphics2D g, int width, int height) {
        double[] xr = Double.isNaN(xMin) || !(xMax >= xMin) ? range(true) : new double[] {xMin, xMax};
        double[] yr = Double.isNaN(yMin) ? range(false) : new double[] {yMin, yMax};
        Axis xa = Axis.of(xr[0], xr[1], logX, true);
        Axis ya = Axis.of(yr[0], yr[1], logY, Double.isNaN(yMin));
        if (!Double.isNaN(yMin)) {
            ya = new Axis(ya.t(yMin) - 0.02 * (ya.t(yMax) - ya.t(yMin)), ya.t(yMax), logY);
        }
        Function<Double, String> xf = Ticks.formatter(xr[0], xr[1], logX);
        Function<Double, String> yf = Ticks.formatter(yr[0], yr[1], logY);
        List<Double> yTicks = Ticks.nice(logY ? Math.pow(10, ya.lo()) : ya.lo(), logY ? Math.pow(10, ya.hi()) : ya.hi(),
                logY);
        g.setFont(TICK);
        FontMetrics tm = g.getFontMetrics();
        int labelWidth = 0;
        for (double v : yTicks) {
            labelWidth = Math.max(labelWidth, tm.stringWidth(yf.apply(v)));
        }
        int left = 28 + labelWidth + 14;
        int top = title == null ? 14 : 36;
        int right = 18;
        int bottom = 58;
        int pw = width - left - right;
        int ph = height - top - bottom;
        if (title != null) {
            g.setFont(TITLE);
            g.setColor(Color.BLACK);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(title, left + (pw - fm.stringWidth(title)) / 2, 24);
        }
        // bands, grid, curves, frame, ticks
        if (bandColor != null) {
            g.setColor(bandColor);
            for (double[] b : bands) {
                int x0 = left + (int) Math.round(clamp(xa.fraction(b[0])) * pw);
                int x1 = left + (int) Math.round(clamp(xa.fraction(b[1])) * pw);
                g.fillRect(x0, top, Math.max(1, x1 - x0), ph);
            }
        }
        g.setStroke(new BasicStroke(1f));
        List<Double> xTicks = Ticks.nice(logX ? Math.pow(10, xa.lo()) : xa.lo(), logX ? Math.pow(10, xa.hi())
                : xa.hi(), logX);
        g.setColor(GRID);
        for (double v : minor(xa)) {
            int px = left + (int) Math.round(xa.fraction(v) * pw);
            g.drawLine(px, top, px, top + ph);
        }
        for (double v : minor(ya)) {
            int py = top + ph - (int) Math.round(ya.fraction(v) * ph);
            g.drawLine(left, py, left + pw, py);
        }
        Shape clip = g.getClip();
        g.clipRect(left, top, pw + 1, ph + 1);
        for (Curve c : curves) {
            Path2D.Double path = new Path2D.Double();
            for (int k = 0; k < c.x().length; k++) {
                double px = left + xa.fraction(c.x()[k]) * pw;
                double py = top + ph - ya.fraction(c.y()[k]) * ph;
                if (k == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            g.setColor(c.style().color());
            g.setStroke(c.style().stroke());
            g.draw(path);
            g.setStroke(new BasicStroke(1.5f));
            // at most MAX_MARKERS markers a curve (every point up to that many): a dense curve stays legible,
            // and its line still passes through every point
            int every = markerStep(c.x().length);
            for (int k = 0; k < c.x().length; k += every) {
                c.style().marker().paint(g, left + xa.fraction(c.x()[k]) * pw,
                        top + ph - ya.fraction(c.y()[k]) * ph, MARKER);
            }
        }
        g.setClip(clip);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, pw, ph);
        g.setFont(TICK);
        g.setColor(Color.BLACK);
        for (double v : xTicks) {
            int px = left + (int) Math.round(xa.fraction(v) * pw);
            if (px < left - 1 || px > left + pw + 1) {
                continue;
            }
            g.drawLine(px, top + ph, px, top + ph + 5);
            String s = xf.apply(v);
            g.drawString(s, px - tm.stringWidth(s) / 2, top + ph + 8 + tm.getAscent());
        }
        for (double v : yTicks) {
            int py = top + ph - (int) Math.round(ya.fraction(v) * ph);
            if (py < top - 1 || py > top + ph + 1) {
                continue;
            }
            g.drawLine(left - 5, py, left, py);
            String s = yf.apply(v);
            g.drawString(s, left - 8 - tm.stringWidth(s), py + tm.getAscent() / 2 - 1);
        }
        g.setFont(AXIS);
        FontMetrics am = g.getFontMetrics();
        g.drawString(xTitle, left + (pw - am.stringWidth(xTitle)) / 2, top + ph + 46);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yTitle, -(top + (ph + am.stringWidth(yTitle)) / 2), 20);
        g.setTransform(saved);
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }

    /** The grid positions: every round tick, and on a log axis also 2…9 times each decade. */
    private static List<Double> minor(Axis a) {
        double lo = a.log() ? Math.pow(10, a.lo()) : a.lo();
        double hi = a.log() ? Math.pow(10, a.hi()) : a.hi();
        if (!a.log()) {
            return Ticks.nice(lo, hi, false);
        }
        List<Double> out = new ArrayList<>();
        for (int d = (int) Math.floor(a.lo()); d <= (int) Math.ceil(a.hi()); d++) {
            for (int m = 1; m <= 9; m++) {
                double v = m * Math.pow(10, d);
                if (v >= lo && v <= hi) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The data range of x or y over all curves (and bands for x). */
    private double[] range(boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            for (double v : x ? c.x() : c.y()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (x) {
            for (double[] b : bands) {
                lo = Math.min(lo, b[0]);
                hi = Math.max(hi, b[1]);
            }
        }
        if (lo > hi) {
            return (x ? logX : logY) ? new double[] {1, 10} : new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }
}
