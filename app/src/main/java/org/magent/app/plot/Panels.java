package org.magent.app.plot;

import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Chart panels with one look: white background, light grid, readable fonts, no own legend (the {@link Figure}
 * draws one), and tick labels in one format per axis (plain decimals when every tick fits, otherwise powers of
 * ten written 10⁻⁴, 2×10⁻⁴ for every tick).
 */
public final class Panels {

    private static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Panels() {
    }

    /**
     * A panel for curves.
     *
     * @param title the panel title, or null
     * @param xTitle the x axis title with its unit, e.g. "separation r (nm)"
     * @param yTitle the y axis title with its unit
     * @param logX whether x is logarithmic
     * @param logY whether y is logarithmic
     * @return the chart
     */
    public static XYChart xy(String title, String xTitle, String yTitle, boolean logX, boolean logY) {
        XYChart c = new XYChart(100, 100);
        if (title != null) {
            c.setTitle(title);
        }
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        var st = c.getStyler();
        c.getStyler().setXAxisLogarithmic(logX);
        c.getStyler().setYAxisLogarithmic(logY);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderColor(new Color(120, 120, 120));
        st.setPlotGridLinesColor(new Color(228, 228, 228));
        st.setChartTitleVisible(title != null);
        st.setChartTitleBoxVisible(false);
        st.setChartTitleFont(PANEL_TITLE);
        st.setLegendVisible(false);
        c.getStyler().setAxisTitleFont(AXIS_TITLE);
        c.getStyler().setAxisTickLabelsFont(TICKS);
        c.getStyler().setMarkerSize(7);
        c.getStyler().setChartPadding(12);
        c.getStyler().setXAxisTickMarkSpacingHint(90);
        return c;
    }

    /**
     * Adds a curve through the finite points (on a logarithmic y axis, the positive ones).
     *
     * @param c the panel
     * @param name a unique series name
     * @param x the x values
     * @param y the y values
     * @param style the curve's style
     * @return the series, or null when no point is left
     */
    public static XYSeries curve(XYChart c, String name, double[] x, double[] y, Style style) {
        boolean logY = c.getStyler().isYAxisLogarithmic();
        boolean logX = c.getStyler().isXAxisLogarithmic();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (Double.isFinite(x[k]) && Double.isFinite(y[k]) && (!logY || y[k] > 0) && (!logX || x[k] > 0)) {
                xs.add(x[k]);
                ys.add(y[k]);
            }
        }
        if (xs.isEmpty()) {
            return null;
        }
        XYSeries s = c.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(style.color());
        s.setLineStyle((java.awt.BasicStroke) style.stroke());
        s.setMarker(style.marker());
        s.setMarkerColor(style.color());
        return s;
    }

    /**
     * Shades vertical bands [x0, x1] from y = 0 to y = top (drawn first, under the curves).
     *
     * @param c the panel
     * @param name a unique series name
     * @param bands the bands, each {x0, x1} with x0 ≤ x1, in increasing order
     * @param top the upper edge
     * @param fill the colour
     */
    public static void bands(XYChart c, String name, List<double[]> bands, double top, Color fill) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (double[] b : bands) {
            xs.add(b[0]);
            ys.add(0.0);
            xs.add(b[0]);
            ys.add(top);
            xs.add(b[1]);
            ys.add(top);
            xs.add(b[1]);
            ys.add(0.0);
        }
        XYSeries s = c.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setMarker(SeriesMarkers.NONE);
    }

    /**
     * Sets one tick-label format for each axis from the range of the data it shows.
     *
     * @param c the panel
     * @param xMin the smallest x shown
     * @param xMax the largest x shown
     * @param yMin the smallest y shown
     * @param yMax the largest y shown
     */
    public static void ticks(XYChart c, double xMin, double xMax, double yMin, double yMax) {
        // XChart computes log-axis ticks itself only with a decimal pattern (a formatting function would make it
        // place them linearly), so log axes get one pattern: plain decimals, or powers of ten in E notation
        if (c.getStyler().isXAxisLogarithmic()) {
            c.getStyler().setXAxisDecimalPattern(logPattern(xMin, xMax));
        } else {
            c.getStyler().setxAxisTickLabelsFormattingFunction(formatter(xMin, xMax, false));
        }
        if (c.getStyler().isYAxisLogarithmic()) {
            c.getStyler().setYAxisDecimalPattern(logPattern(yMin, yMax));
        } else {
            c.getStyler().setyAxisTickLabelsFormattingFunction(formatter(yMin, yMax, false));
        }
    }

    /** The decimal pattern of a log axis: "0.###" when its decades lie within [10⁻³, 10⁵), else "0E0". */
    private static String logPattern(double min, double max) {
        double lo = Math.pow(10, Math.floor(Math.log10(Math.abs(min))));
        double hi = Math.abs(max);
        return lo >= 1e-3 && hi < 1e5 ? "0.###" : "0E0";
    }

    /**
     * One format for all ticks of an axis: plain decimals when the range lies within [10⁻³, 10⁵) (or is
     * linear with moderate values), otherwise powers of ten.
     *
     * @param min the smallest value shown
     * @param max the largest value shown
     * @param log whether the axis is logarithmic
     * @return the formatter
     */
    public static Function<Double, String> formatter(double min, double max, boolean log) {
        double big = Math.max(Math.abs(min), Math.abs(max));
        double small = log ? Math.min(Math.abs(min), Math.abs(max)) : big;
        boolean plain = big < 1e5 && (big == 0 || small >= 1e-3 || !log && big >= 1e-3);
        return v -> plain ? plain(v) : power(v);
    }

    /**
     * A number without an exponent: up to 4 significant digits, no trailing zeros (0.001, 0.25, 10, 400).
     *
     * @param v the number
     * @return the text ("" for a non-finite number)
     */
    public static String plain(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : "";
        }
        String s = new BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** 10⁻⁴, 2×10⁻⁴, 0, −5×10³. */
    static String power(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : "";
        }
        int e = (int) Math.floor(Math.log10(Math.abs(v)) + 1e-9);
        double m = v / Math.pow(10, e);
        String mant = plain(Math.round(m * 100) / 100.0);
        if (mant.equals("10") || mant.equals("-10")) {
            mant = mant.startsWith("-") ? "-1" : "1";
            e++;
        }
        String pow = "10" + superscript(e);
        return mant.equals("1") ? pow : mant.equals("-1") ? "−" + pow : mant.replace('-', '−') + "×" + pow;
    }

    private static String superscript(int e) {
        StringBuilder b = new StringBuilder();
        if (e < 0) {
            b.append('⁻');
        }
        for (char ch : Integer.toString(Math.abs(e)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(ch - '0'));
        }
        return b.toString();
    }
}
