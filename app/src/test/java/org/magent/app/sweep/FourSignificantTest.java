package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The terminal table's numbers: {@link SweepReport#fourSignificant} is {@code String.format("%.4g")} exactly. */
class FourSignificantTest {

    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.4g", v), SweepReport.fourSignificant(v), "v = " + v);
    }

    @Test
    void edgesOfRoundingAndOfTheNotation() {
        double[] edges = {0.0, -0.0, 1, -1, 0.5, 9.9995, 9.99949, 0.99995, 9999.4, 9999.5, 99995, 1e4, 1e-4,
            0.00009999, 0.000099995, 0.000099994, 1.0005e-4, 0.12345, 0.00012345, 123.45, 1234.5, 1e-5, 1e22,
            1.0E-300, 4.9e-324, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 2.5e-7, 1e100, 1e-100,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, 1.0 / 3, 2.0 / 3};
        for (double v : edges) {
            same(v);
            same(-v);
        }
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        Random r = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            double v = (r.nextBoolean() ? 1 : -1) * r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            same(v);
            // values that sit on the fourth digit's half-way point in decimal
            same(Math.round(v * 1e4) / 1e4 + 0.00005);
            same(Double.longBitsToDouble(r.nextLong()));
        }
    }
}
