package org.magent.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Curve styles, tick labels and display units. */
class PlotPartsTest {

    @Test
    void denseCurvesAreThinnedToAtMostFortyMarkers() {
        // every point is marked up to MAX_MARKERS; a 200-point curve marks every 5th (40 markers)
        assertEquals(1, Chart.markerStep(1));
        assertEquals(1, Chart.markerStep(Chart.MAX_MARKERS));
        assertEquals(2, Chart.markerStep(Chart.MAX_MARKERS + 1));
        assertEquals(5, Chart.markerStep(200));
        for (int n = 1; n <= 1000; n++) {
            int step = Chart.markerStep(n);
            int drawn = (n + step - 1) / step;
            assertTrue(drawn <= Chart.MAX_MARKERS, n + " points draw " + drawn + " markers");
            assertTrue(n <= Chart.MAX_MARKERS ? step == 1 : (n + step - 2) / (step - 1) > Chart.MAX_MARKERS,
                    "step " + step + " for " + n + " points is not the smallest");
        }
    }

    @Test
    void everyCurveHasItsOwnColourDashAndMarker() {
        Set<Integer> colours = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        Set<Object> markers = new HashSet<>();
        for (int k = 0; k < Style.COUNT; k++) {
            Style s = Style.of(k);
            colours.add(s.color().getRGB());
            float[] dash = ((BasicStroke) s.stroke()).getDashArray();
            dashes.add(dash == null ? "solid" : java.util.Arrays.toString(dash));
            markers.add(s.marker());
        }
        assertEquals(Style.COUNT, colours.size());
        assertEquals(Style.COUNT, dashes.size());
        assertEquals(Style.COUNT, markers.size());
        // the first curve is the widest, so that curves drawn over it leave it visible
        assertNotEquals(((BasicStroke) Style.of(0).stroke()).getLineWidth(),
                ((BasicStroke) Style.of(1).stroke()).getLineWidth());
    }

    @Test
    void oneTickFormatPerAxis() {
        Function<Double, String> plain = Ticks.formatter(0, 1, false);
        assertEquals(List.of("0", "0.25", "0.5", "1"), List.of(0.0, 0.25, 0.5, 1.0).stream().map(plain).toList());
        Function<Double, String> powers = Ticks.formatter(1e-7, 1e-4, true);
        assertEquals(List.of("10⁻⁷", "2×10⁻⁶", "10⁻⁴"), List.of(1e-7, 2e-6, 1e-4).stream().map(powers).toList());
        assertEquals("400", Ticks.plain(400));
        assertEquals("0.001", Ticks.plain(1e-3));
    }

    @Test
    void unitsChosenForReading() {
        assertEquals("µs", DisplayUnit.time(3e-5).symbol());
        assertEquals("ms", DisplayUnit.time(0.063).symbol());
        assertEquals("s", DisplayUnit.time(12).symbol());
        assertEquals("50 mK", DisplayUnit.temperature(0.05).label(0.05));
        assertEquals("0", DisplayUnit.temperature(0.05).label(0), "zero needs no unit");
        assertEquals("0.05", DisplayUnit.NATURAL.label(0.05), "natural units: no unit word");
        assertEquals("lifetime τ (natural units)", DisplayUnit.NATURAL.axis("lifetime τ"));
    }

    @Test
    void thePngEncoderRoundTripsEveryPixel() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(123, 45,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, x < 60 ? random.nextInt(1 << 24) : 0xffffff);
            }
        }
        byte[] png = PngEncoder.encode(img);
        java.awt.image.BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(img.getWidth(), back.getWidth());
        assertEquals(img.getHeight(), back.getHeight());
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertEquals(img.getRGB(x, y) & 0xffffff, back.getRGB(x, y) & 0xffffff, x + "," + y);
            }
        }
        // a sub-image (shared raster) takes the general path
        java.awt.image.BufferedImage sub = img.getSubimage(10, 5, 50, 20);
        java.awt.image.BufferedImage subBack = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                PngEncoder.encode(sub)));
        assertEquals(sub.getRGB(7, 3) & 0xffffff, subBack.getRGB(7, 3) & 0xffffff);
    }

    @Test
    void heatMapTicksAreRound() {
        assertEquals(List.of(2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0), Ticks.nice(2, 400, true));
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), Ticks.nice(0, 1, false).stream()
                .map(v -> Math.round(v * 10) / 10.0).toList());
    }
}
