package org.magent.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look of the k-th curve of a figure: its own colour (Okabe–Ito, readable by colour-blind readers), its own
 * line style and its own marker, so that every curve can be told from every other in colour and in black and
 * white. Curves that coincide stay visible: the first is a thick solid line with open rings, drawn first, so
 * that the later, thinner dashed lines and smaller filled markers on top of it leave it showing around them.
 *
 * @param color the line and marker colour
 * @param stroke the line style
 * @param marker the marker drawn at each point
 * @param name a short description of the style, e.g. "solid, circles"
 */
public record Style(Color color, Stroke stroke, Marker marker, String name) {

    private static final Color[] COLORS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0),
        new Color(120, 120, 120)};
    private static final float[] WIDTHS = {3.6f, 2.2f, 2.2f, 2f, 2f, 2f, 2f, 2f};
    private static final float[][] DASHES = {null, {9f, 5f}, {2f, 4f}, {12f, 4f, 2f, 4f}, {5f, 3f},
        {14f, 6f}, {2f, 3f, 2f, 8f}, {7f, 3f, 7f, 8f}};
    private static final String[] DASH_NAMES = {"solid", "dashed", "dotted", "dash-dot", "short dashes",
        "long dashes", "dot-dot-gap", "double dashes"};
    private static final Marker[] MARKERS = {new Ring(1.9), scaled(SeriesMarkers.SQUARE, 0.95),
        scaled(SeriesMarkers.DIAMOND, 1.1), scaled(SeriesMarkers.TRIANGLE_UP, 1.1),
        scaled(SeriesMarkers.TRIANGLE_DOWN, 1.1), scaled(SeriesMarkers.CROSS, 1.2), scaled(SeriesMarkers.PLUS, 1.2),
        new Ring(1.2)};

    /** The number of distinct styles; beyond it the styles repeat. */
    public static final int COUNT = COLORS.length;

    /**
     * This style without markers (for curves with many points).
     *
     * @return the same colour and line style, no marker
     */
    public Style lineOnly() {
        return new Style(color, stroke, SeriesMarkers.NONE, name);
    }

    /**
     * The style of the k-th curve.
     *
     * @param k the curve's index, ≥ 0
     * @return its style (distinct from every other index below {@link #COUNT})
     */
    public static Style of(int k) {
        int i = Math.floorMod(k, COUNT);
        Stroke stroke = DASHES[i] == null ? new BasicStroke(WIDTHS[i], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(WIDTHS[i], BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHES[i], 0f);
        return new Style(COLORS[i], stroke, MARKERS[i], DASH_NAMES[i]);
    }

    /** A marker drawn at a multiple of the chart's marker size. */
    private static Marker scaled(Marker base, double scale) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double x, double y, int size) {
                base.paint(g, x, y, (int) Math.round(size * scale));
            }
        };
    }

    /** An open circle (a ring), which leaves whatever is drawn under it visible. */
    private static final class Ring extends Marker {
        private final double scale;

        Ring(double scale) {
            this.scale = scale;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            double d = size * scale;
            Stroke saved = g.getStroke();
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
            g.setStroke(saved);
        }
    }
}
