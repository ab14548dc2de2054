package org.magent.app.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.magent.app.input.Numbers;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/**
 * An evenly spaced grid from {@code start} to {@code end} inclusive with {@code points} points, written
 * {@code a:b:n} on the command line ({@code 0.1:2:40}, {@code 1GHz:10GHz:50}, {@code 10nm:1um:30}).
 *
 * @param start the first point (natural units of its kind)
 * @param end the last point, at least {@code start} (same unit)
 * @param points the number of points, 1 … {@value #MAX_POINTS}; with one point start = end
 * @param physicalUnits whether the text carried units
 */
public record Range(double start, double end, int points, boolean physicalUnits) {

    /** The largest number of points of one grid axis. */
    public static final int MAX_POINTS = 2000;

    /** Validates: finite ends in order, a point count within bounds, one point only for start = end. */
    public Range {
        if (!Double.isFinite(start) || !Double.isFinite(end) || end < start) {
            throw new IllegalArgumentException("range [" + start + ", " + end + "] is not an ordered pair of numbers");
        }
        if (points < 1 || points > MAX_POINTS || (points == 1 && start != end)) {
            throw new IllegalArgumentException("range of " + points + " points from " + start + " to " + end);
        }
    }

    /**
     * Parses {@code a:b:n}.
     *
     * @param option the option name for messages, e.g. "omega-range"
     * @param text the option value
     * @param kind the kind of a and b (they may carry units of this kind)
     * @return the range
     * @throws InvalidInputException for a malformed text, a bad value or unit, b &lt; a, n outside 1 … 2000, or
     *     n = 1 with a ≠ b
     */
    public static Range parse(String option, String text, QuantityKind kind) {
        String s = text == null ? "" : text.strip();
        String[] parts = s.split(":", -1);
        if (parts.length != 3) {
            throw new InvalidInputException(option, "--" + option + " = '" + s + "' must be start:end:points, e.g."
                    + " 0.1:2:40 (" + kind.description() + ", natural units or with a unit)");
        }
        ParsedQuantity a = Quantities.parse(option + " start", parts[0], kind);
        ParsedQuantity b = Quantities.parse(option + " end", parts[1], kind);
        int n = Numbers.positiveCount(option + " points", parts[2], "grid points, count");
        if (b.value() < a.value()) {
            // the ends as given; converted only when a unit was given (bare numbers are natural units)
            String converted = a.hadUnit() || b.hadUnit() ? String.format(Locale.ROOT, " (%.6g < %.6g %s)",
                    b.value(), a.value(), kind.naturalUnit()) : "";
            throw new InvalidInputException(option, String.format(Locale.ROOT, "--%s = '%s': the end %s is below"
                    + " the start %s%s; give start:end:points with end >= start", option, s, parts[1].strip(),
                    parts[0].strip(), converted));
        }
        if (n > MAX_POINTS || (n == 1 && a.value() != b.value())) {
            throw new InvalidInputException(option, "--" + option + " = '" + s + "': " + n + " points; give 2 to "
                    + MAX_POINTS + " points (or 1 point with start = end)");
        }
        return new Range(a.value(), b.value(), n, a.hadUnit() || b.hadUnit());
    }

    /**
     * The grid points.
     *
     * @return start, start + h, …, end with h = (end − start)/(points − 1)
     */
    public List<Double> values() {
        List<Double> out = new ArrayList<>(points);
        for (int k = 0; k < points; k++) {
            out.add(points == 1 ? start : k == points - 1 ? end : start + (end - start) * k / (points - 1));
        }
        return out;
    }
}
