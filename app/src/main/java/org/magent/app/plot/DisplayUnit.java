package org.magent.app.plot;

import java.util.Locale;

/**
 * A unit chosen for reading a plot: values divided by {@code factor} are shown in {@code symbol} (e.g. times
 * in s shown in µs). {@link #NATURAL} leaves values as they are and labels them "natural units".
 *
 * @param factor the size of the unit in the values' own unit
 * @param symbol the unit's symbol, e.g. "µs"; empty for natural units
 */
public record DisplayUnit(double factor, String symbol) {

    /** Natural units: no conversion. */
    public static final DisplayUnit NATURAL = new DisplayUnit(1, "");

    /**
     * The unit of times given in seconds that puts the largest in [1, 1000): s, ms, µs, ns or ps.
     *
     * @param maxSeconds the largest time to show (s)
     * @return the unit
     */
    public static DisplayUnit time(double maxSeconds) {
        String[] symbols = {"s", "ms", "µs", "ns", "ps"};
        double f = 1;
        for (String s : symbols) {
            if (!(maxSeconds > 0) || maxSeconds / f >= 1 || s.equals("ps")) {
                return new DisplayUnit(f, s);
            }
            f /= 1000;
        }
        return new DisplayUnit(1, "s");
    }

    /**
     * The unit of temperatures given in kelvin: mK when every non-zero value is below 1 K, else K.
     *
     * @param maxKelvin the largest temperature (K)
     * @return the unit
     */
    public static DisplayUnit temperature(double maxKelvin) {
        return maxKelvin < 1 ? new DisplayUnit(1e-3, "mK") : new DisplayUnit(1, "K");
    }

    /**
     * Whether this is {@link #NATURAL}.
     *
     * @return true for natural units
     */
    public boolean natural() {
        return symbol.isEmpty();
    }

    /**
     * A value in this unit.
     *
     * @param v the value in its own unit
     * @return v / factor
     */
    public double of(double v) {
        return v / factor;
    }

    /**
     * An axis title with this unit: "t (µs)", or "t (natural units)".
     *
     * @param quantity the quantity's name
     * @return the title
     */
    public String axis(String quantity) {
        return quantity + " (" + (natural() ? "natural units" : symbol) + ")";
    }

    /**
     * A value with this unit for a label: "50 mK", "0.05" (natural units: no unit word), "0" (zero in any
     * unit).
     *
     * @param v the value in its own unit
     * @return the text
     */
    public String label(double v) {
        String number = Ticks.plain(of(v));
        return natural() || v == 0 ? number : number + " " + symbol;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (x%g)", symbol, factor);
    }
}
