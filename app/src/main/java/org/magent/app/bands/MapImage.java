package org.magent.app.bands;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A square map of a non-negative field over (k_x, k_y), drawn with Java2D: pixels, ticks, titles, colour bar. */
final class MapImage {

    private static final int SIZE = 640;
    private static final int LEFT = 90;
    private static final int TOP = 60;
    private static final int BAR = 24;

    private MapImage() {
    }

    /**
     * Renders the map.
     *
     * @param grid the k values of both axes, ascending (display unit)
     * @param map values [iy][ix]
     * @param title the title
     * @param xTitle the x axis title
     * @param yTitle the y axis title
     * @param barTitle the colour bar title
     * @return PNG bytes
     */
    static byte[] png(double[] grid, double[][] map, String title, String xTitle, String yTitle, String barTitle) {
        int width = LEFT + SIZE + 170;
        int height = TOP + SIZE + 80;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double max = 0;
        for (double[] row : map) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        int n = grid.length;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double v = max > 0 ? Math.max(0, map[j][i]) / max : 0;
                g.setColor(colour(v));
                int x0 = LEFT + i * SIZE / n;
                int x1 = LEFT + (i + 1) * SIZE / n;
                int y1 = TOP + SIZE - j * SIZE / n;
                int y0 = TOP + SIZE - (j + 1) * SIZE / n;
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1.2f));
        g.drawRect(LEFT, TOP, SIZE, SIZE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        double lo = grid[0];
        double hi = grid[n - 1];
        double step = niceStep((hi - lo) / 6);
        FontMetrics fm = g.getFontMetrics();
        for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9 * step; t += step) {
            int px = LEFT + (int) Math.round((t - lo) / (hi - lo) * SIZE);
            int py = TOP + SIZE - (int) Math.round((t - lo) / (hi - lo) * SIZE);
            String label = label(t, step);
            g.drawLine(px, TOP + SIZE, px, TOP + SIZE + 6);
            g.drawString(label, px - fm.stringWidth(label) / 2, TOP + SIZE + 22);
            g.drawLine(LEFT - 6, py, LEFT, py);
            g.drawString(label, LEFT - 10 - fm.stringWidth(label), py + 5);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        fm = g.getFontMetrics();
        g.drawString(title, (width - fm.stringWidth(title)) / 2, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        fm = g.getFontMetrics();
        g.drawString(xTitle, LEFT + (SIZE - fm.stringWidth(xTitle)) / 2, TOP + SIZE + 50);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yTitle, -(TOP + (SIZE + fm.stringWidth(yTitle)) / 2), 30);
        g.setTransform(saved);
        int bx = LEFT + SIZE + 40;
        for (int y = 0; y < SIZE; y++) {
            g.setColor(colour(1 - y / (double) SIZE));
            g.fillRect(bx, TOP + y, BAR, 1);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(bx, TOP, BAR, SIZE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int k = 0; k <= 4; k++) {
            double v = k / 4.0;
            int y = TOP + SIZE - (int) Math.round(v * SIZE);
            g.drawString(String.format(Locale.ROOT, "%.2f", v), bx + BAR + 6, y + 5);
        }
        saved = g.getTransform();
        g.rotate(Math.PI / 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        fm = g.getFontMetrics();
        g.drawString(barTitle, TOP + (SIZE - fm.stringWidth(barTitle)) / 2, -(bx + BAR + 55));
        g.setTransform(saved);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a map: " + e.getMessage(), e);
        }
    }

    /** White → blue → dark navy. */
    private static Color colour(double v) {
        double[][] stops = {{255, 255, 255}, {120, 180, 230}, {30, 90, 180}, {15, 20, 80}};
        double x = Math.max(0, Math.min(1, v)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        double f = x - i;
        return new Color((int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
                (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
                (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    private static String label(double v, double step) {
        if (Math.abs(v) < 1e-9 * step) {
            return "0";
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
