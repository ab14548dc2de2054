package org.magent.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

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
    private static final Marker[] MARKERS = {new Ring(1.9), Shape.SQUARE.scaled(0.95), Shape.DIAMOND.scaled(1.1),
        Shape.TRIANGLE_UP.scaled(1.1), Shape.TRIANGLE_DOWN.scaled(1.1), Shape.CROSS.scaled(1.2),
        Shape.PLUS.scaled(1.2), new Ring(1.2)};

    /** The number of distinct styles; beyond it the styles repeat. */
    public static final int COUNT = COLORS.length;

    /**
     * This style without markers (for curves with many points).
     *
     * @return the same colour and line style, no marker
     */
    public Style lineOnly() {
        return new Style(color, stroke, Marker.NONE, name);
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

    /** A marker: a small symbol drawn at each point of a curve, in the current colour. */
    @FunctionalInterface
    public interface Marker {

        /** No marker. */
        Marker NONE = (g, x, y, size) -> { };

        /**
         * Draws the marker.
         *
         * @param g the graphics (colour set)
         * @param x the centre (px)
         * @param y the centre (px)
         * @param size the nominal size (px)
         */
        void paint(Graphics2D g, double x, double y, int size);
    }

    /** Filled or stroked symbols. */
    private enum Shape {
        SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, CROSS, PLUS;

        Marker scaled(double scale) {
            return (g, x, y, size) -> {
                double h = size * scale / 2;
                switch (this) {
                    case SQUARE -> g.fill(new Rectangle2D.Double(x - h, y - h, 2 * h, 2 * h));
                    case DIAMOND -> g.fill(polygon(x, y - h * 1.2, x + h, y, x, y + h * 1.2, x - h, y));
                    case TRIANGLE_UP -> g.fill(polygon(x, y - h * 1.15, x + h, y + h * 0.85, x - h, y + h * 0.85));
                    case TRIANGLE_DOWN -> g.fill(polygon(x, y + h * 1.15, x + h, y - h * 0.85, x - h, y - h * 0.85));
                    case CROSS -> {
                        g.draw(new Line2D.Double(x - h, y - h, x + h, y + h));
                        g.draw(new Line2D.Double(x - h, y + h, x + h, y - h));
                    }
                    case PLUS -> {
                        g.draw(new Line2D.Double(x - h, y, x + h, y));
                        g.draw(new Line2D.Double(x, y - h, x, y + h));
                    }
                    default -> throw new IllegalStateException(name());
                }
            };
        }

        private static Path2D polygon(double... xy) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(xy[0], xy[1]);
            for (int k = 2; k < xy.length; k += 2) {
                p.lineTo(xy[k], xy[k + 1]);
            }
            p.closePath();
            return p;
        }
    }

    /** An open circle (a ring), which leaves whatever is drawn under it visible. */
    private static final class Ring implements Marker {
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
