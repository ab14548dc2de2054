package org.magent.app.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Tick positions and labels: round values (1-2-5 steps; decades, or 1-2-5 within decades, on a logarithmic axis)
 * and one label format per axis: plain decimals when every tick fits, otherwise powers of ten written 10⁻⁴,
 * 2×10⁻⁴ for every tick.
 */
public final class Ticks {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Ticks() {
    }

    /**
     * Round values inside [lo, hi]: 1, 2 and 5 times each decade on a logarithmic axis of up to three decades,
     * the decades alone on a wider one; about six 1-2-5 steps on a linear axis.
     *
     * @param lo the lower end
     * @param hi the upper end, above lo
     * @param log whether the axis is logarithmic (then lo &gt; 0)
     * @return the ticks in increasing order
     */
    public static List<Double> nice(double lo, double hi, boolean log) {
        List<Double> out = new ArrayList<>();
        if (log) {
            int d0 = (int) Math.floor(Math.log10(lo));
            int d1 = (int) Math.ceil(Math.log10(hi));
            int[] mult = d1 - d0 > 3 ? new int[] {1} : new int[] {1, 2, 5};
            int step = Math.max(1, (d1 - d0) / 8);
            for (int d = d0; d <= d1; d++) {
                if (mult.length == 1 && Math.floorMod(d, step) != 0) {
                    continue;
                }
                for (int m : mult) {
                    double v = m * Math.pow(10, d);
                    if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                        out.add(v);
                    }
                }
            }
            return out;
        }
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        long first = (long) Math.ceil(lo / step - 1e-9);
        for (long k = first; k * step <= hi + 1e-9 * step; k++) {
            out.add(k == 0 ? 0.0 : k * step);
        }
        return out;
    }

    /**
     * One format for all ticks of an axis: plain decimals when the values shown lie within [10⁻³, 10⁵) (on a
     * linear axis: when the largest does), otherwise powers of ten.
     *
     * @param min the smallest value shown
     * @param max the largest value shown
     * @param log whether the axis is logarithmic
     * @return the formatter
     */
    public static Function<Double, String> formatter(double min, double max, boolean log) {
        double big = Math.max(Math.abs(min), Math.abs(max));
        double small = log ? Math.min(Math.abs(min), Math.abs(max)) : big;
        boolean plain = big < 1e5 && (big == 0 || small >= 1e-3);
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

    /**
     * A number for a sentence: plain within [10⁻³, 10⁵), a power of ten outside, 0 below 10⁻¹² (round-off).
     *
     * @param v the number
     * @return the text
     */
    public static String compact(double v) {
        double a = Math.abs(v);
        if (a < 1e-12) {
            return "0";
        }
        return a >= 1e-3 && a < 1e5 ? plain(v) : power(v);
    }

    /**
     * A number as a power of ten: 10⁻⁴, 2×10⁻⁴, −5×10³, 0.
     *
     * @param v the number
     * @return the text ("" for a non-finite number)
     */
    public static String power(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : "";
        }
        int e = (int) Math.floor(Math.log10(Math.abs(v)) + 1e-9);
        String mant = plain(Math.round(v / Math.pow(10, e) * 100) / 100.0);
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
