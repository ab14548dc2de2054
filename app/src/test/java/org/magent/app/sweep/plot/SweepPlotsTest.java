package org.magent.app.sweep.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.magent.app.plot.DisplayUnit;

/** The figures of a sweep: shading only where the regime changes, uninformative series left out, any order. */
class SweepPlotsTest {

    private static final int N = 30;

    /** Columns: 0 x, 1 C varying, 2 C constant 0, 3 |A|/a, 4 lifetime. */
    private static SweepPlots.Spec spec(String[] regimes, boolean descending, double offset) {
        double[] x = new double[N];
        double[][] c = new double[5][N];
        for (int k = 0; k < N; k++) {
            int i = descending ? N - 1 - k : k;
            x[k] = Math.pow(10, i / 10.0);
            c[0][k] = x[k];
            c[1][k] = Math.exp(-x[k] / 100) - offset;
            c[2][k] = 0;
            c[3][k] = Math.abs(Math.sin(x[k] / 50) / (x[k] / 50));
            c[4][k] = 1e-3 / (1 + x[k]);
        }
        String[] r = regimes.clone();
        if (descending) {
            for (int k = 0; k < N / 2; k++) {
                String t = r[k];
                r[k] = r[N - 1 - k];
                r[N - 1 - k] = t;
            }
        }
        List<SweepPlots.Measure> measures = List.of(new SweepPlots.Measure(1, "C varying", "C1"),
                new SweepPlots.Measure(2, "C constant", "C_steady"));
        SweepPlots.Family f = new SweepPlots.Family("T = 0", x, c, r);
        double[][] c2 = new double[5][];
        for (int k = 0; k < 5; k++) {
            c2[k] = c[k].clone();
        }
        for (int k = 0; k < N; k++) {
            c2[1][k] = c[1][k] - 0.1;
        }
        SweepPlots.Family g = new SweepPlots.Family("T = 50 mK", x, c2, r);
        return new SweepPlots.Spec(List.of(f, g), "separation r (nm)", true, measures, 3, 4, new DisplayUnit(1, "s"),
                "temperature T (mK)", List.of("0", "50"), measures.get(0));
    }

    private static int shaded(byte[] png) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == 0xffd699) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void shadingOnlyWhereTheRegimeChanges() throws IOException {
        String[] broken = new String[N];
        Arrays.fill(broken, "PT_BROKEN");
        String[] mixed = broken.clone();
        for (int k = 20; k < N; k++) {
            mixed[k] = "PT_EXACT";
        }
        int none = shaded(SweepPlots.render(spec(broken, false, 0), "coupling.png"));
        int some = shaded(SweepPlots.render(spec(mixed, false, 0), "coupling.png"));
        assertEquals(0, none, "a regime that never changes shades nothing (and has no legend swatch)");
        // two thirds of the log axis shaded, plus the legend swatch: many thousands of pixels
        assertTrue(some > 50_000, "shaded pixels: " + some);
        // the same in any order of the points: the plot sorts them
        int reversed = shaded(SweepPlots.render(spec(mixed, true, 0), "coupling.png"));
        assertEquals(some, reversed, 0.02 * some);
    }

    @Test
    void seriesWithOneValueEverywhereAreLeftOut() {
        String[] broken = new String[N];
        Arrays.fill(broken, "PT_BROKEN");
        SweepPlots.Spec s = spec(broken, false, 0);
        assertEquals(List.of("C1"), SweepPlots.drawnMeasures(s).stream().map(SweepPlots.Measure::name).toList());
        Map<String, byte[]> all = SweepPlots.render(s);
        assertEquals(List.of("concurrence.png", "coupling.png", "lifetime.png", "heatmap.png"),
                List.copyOf(all.keySet()));
        for (byte[] png : all.values()) {
            assertEquals((byte) 0x89, png[0]);
        }
    }

    @Test
    void descendingSeparationsRender() {
        String[] broken = new String[N];
        Arrays.fill(broken, "PT_BROKEN");
        Map<String, byte[]> all = SweepPlots.render(spec(broken, true, 0));
        assertEquals(4, all.size());
    }
}
