package org.magent.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure: a title, one or more chart panels in a grid, one legend shared by the panels (line samples with
 * their colour, dash and marker; filled swatches for shaded regions) and notes under it (for example which
 * series were left out because they carry no information). Rendered to PNG.
 */
public final class Figure {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 13);
    private static final int MARGIN = 16;
    private static final int SAMPLE = 46;

    /**
     * One legend entry: a curve sample (style) or a shaded swatch (fill).
     *
     * @param label the text
     * @param style the curve's style, or null for a swatch
     * @param fill the swatch colour, or null for a curve
     */
    public record Entry(String label, Style style, Color fill) {

        /**
         * A curve.
         *
         * @param label the text
         * @param style its style
         * @return the entry
         */
        public static Entry curve(String label, Style style) {
            return new Entry(label, style, null);
        }

        /**
         * A shaded region.
         *
         * @param label the text
         * @param fill its colour
         * @return the entry
         */
        public static Entry swatch(String label, Color fill) {
            return new Entry(label, null, fill);
        }
    }

    private final String title;
    private final List<Chart> panels = new ArrayList<>();
    private final List<Entry> legend = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * Starts a figure.
     *
     * @param title the title over all panels
     */
    public Figure(String title) {
        this.title = title;
    }

    /**
     * Adds a panel.
     *
     * @param chart the chart
     * @return this
     */
    public Figure panel(Chart chart) {
        panels.add(chart);
        return this;
    }

    /**
     * Adds a legend entry.
     *
     * @param entry the entry
     * @return this
     */
    public Figure legend(Entry entry) {
        legend.add(entry);
        return this;
    }

    /**
     * Adds a note under the legend.
     *
     * @param note one sentence
     * @return this
     */
    public Figure note(String note) {
        notes.add(note);
        return this;
    }

    /**
     * The panels added so far.
     *
     * @return how many
     */
    public int panelCount() {
        return panels.size();
    }

    /**
     * Renders the figure.
     *
     * @param panelWidth the width of one panel (px)
     * @param panelHeight the height of one panel (px)
     * @param columns panels per row
     * @return the PNG bytes
     */
    public byte[] png(int panelWidth, int panelHeight, int columns) {
        int cols = Math.max(1, Math.min(columns, panels.size()));
        int rows = (panels.size() + cols - 1) / cols;
        int width = cols * panelWidth;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        List<List<Entry>> legendLines = layoutLegend(pg.getFontMetrics(LEGEND), width - 2 * MARGIN);
        List<String> noteLines = new ArrayList<>();
        for (String n : notes) {
            noteLines.addAll(wrap(n, pg.getFontMetrics(NOTE), width - 2 * MARGIN));
        }
        pg.dispose();
        int titleHeight = title == null || title.isBlank() ? MARGIN : 44;
        int legendHeight = legendLines.isEmpty() ? 0 : legendLines.size() * 24 + 12;
        int noteHeight = noteLines.isEmpty() ? 0 : noteLines.size() * 19 + 8;
        int height = titleHeight + rows * panelHeight + legendHeight + noteHeight + MARGIN;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img);
        if (title != null && !title.isBlank()) {
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(title, Math.max(MARGIN, (width - fm.stringWidth(title)) / 2), 30);
        }
        for (int k = 0; k < panels.size(); k++) {
            Graphics2D pgp = (Graphics2D) g.create((k % cols) * panelWidth, titleHeight + (k / cols) * panelHeight,
                    panelWidth, panelHeight);
            panels.get(k).paint(pgp, panelWidth, panelHeight);
            pgp.dispose();
        }
        int y = titleHeight + rows * panelHeight + 8;
        g.setFont(LEGEND);
        FontMetrics fm = g.getFontMetrics();
        for (List<Entry> line : legendLines) {
            int x = MARGIN;
            for (Entry e : line) {
                drawSample(g, e, x, y + 12);
                g.setColor(Color.BLACK);
                g.drawString(e.label(), x + SAMPLE + 8, y + 12 + fm.getAscent() / 2 - 2);
                x += entryWidth(fm, e);
            }
            y += 24;
        }
        y += legendLines.isEmpty() ? 0 : 12;
        g.setFont(NOTE);
        g.setColor(new Color(60, 60, 60));
        for (String n : noteLines) {
            g.drawString(n, MARGIN, y + 14);
            y += 19;
        }
        g.dispose();
        return encode(img);
    }

    /**
     * Graphics for drawing on an image: antialiased shapes and text, the image filled white.
     *
     * @param img the image
     * @return its graphics (the caller disposes of it)
     */
    static Graphics2D canvas(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    private static void drawSample(Graphics2D g, Entry e, int x, int yMid) {
        if (e.style() == null) {
            g.setColor(e.fill());
            g.fillRect(x, yMid - 8, SAMPLE, 16);
            g.setColor(e.fill().darker());
            g.setStroke(new BasicStroke(1f));
            g.drawRect(x, yMid - 8, SAMPLE, 16);
            return;
        }
        g.setColor(e.style().color());
        g.setStroke(e.style().stroke());
        g.drawLine(x, yMid, x + SAMPLE, yMid);
        g.setStroke(new BasicStroke(1.5f));
        e.style().marker().paint(g, x + SAMPLE / 2.0, yMid, 7);
    }

    private List<List<Entry>> layoutLegend(FontMetrics fm, int width) {
        List<List<Entry>> lines = new ArrayList<>();
        List<Entry> line = new ArrayList<>();
        int used = 0;
        for (Entry e : legend) {
            int w = entryWidth(fm, e);
            if (!line.isEmpty() && used + w > width) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(e);
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static int entryWidth(FontMetrics fm, Entry e) {
        return SAMPLE + 8 + fm.stringWidth(e.label()) + 28;
    }

    private static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * An image as PNG bytes.
     *
     * @param img the image
     * @return the PNG
     */
    static byte[] encode(BufferedImage img) {
        return PngEncoder.encode(img);
    }
}
