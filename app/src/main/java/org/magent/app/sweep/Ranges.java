package org.magent.app.sweep;

import java.util.ArrayList;
import java.util.List;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/**
 * Parses axis values: a list {@code v1,v2,...} or a range {@code start:stop:count} (both ends included),
 * each value optionally carrying a unit.
 */
public final class Ranges {

    /** The largest number of values an axis may have. */
    public static final int MAX_POINTS = 1_000_000;

    private Ranges() {
    }

    /**
     * The parsed values of an axis.
     *
     * @param values the values (SI-based natural units when {@code hadUnit})
     * @param hadUnit whether the values carried units (all, or all but bare zeros)
     */
    public record Values(List<Double> values, boolean hadUnit) {
        /** Freezes the list. */
        public Values {
            values = List.copyOf(values);
        }
    }

    /**
     * Parses a list or a range.
     *
     * @param parameter the option, for messages
     * @param text the text
     * @param kind what the values measure
     * @param spacing how a range is filled
     * @param reader reads one quantity
     * @return at least one value
     * @throws InvalidInputException for a malformed range or list, a count below 1, a log range through zero,
     *     or units on some values but not others
     */
    public static Values parse(String parameter, String text, QuantityKind kind, Spacing spacing,
            QuantityReader reader) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidInputException(parameter, parameter + " has no value: give v1,v2,... or start:stop:count");
        }
        if (s.contains(":")) {
            String[] parts = s.split(":", -1);
            if (parts.length != 3) {
                throw new InvalidInputException(parameter, parameter + " = '" + s
                        + "' is not a range start:stop:count (e.g. 10nm:500nm:50)");
            }
            ParsedQuantity start = reader.read(parameter + " start", parts[0], kind);
            ParsedQuantity stop = reader.read(parameter + " stop", parts[1], kind);
            String countText = parts[2].strip();
            if (!countText.matches("\\d+")) {
                throw new InvalidInputException(parameter, parameter + " = '" + s + "': the count '" + countText
                        + "' is not a whole number of points");
            }
            if (countText.replaceFirst("^0+(?=\\d)", "").length() > 9) {
                throw new InvalidInputException(parameter, parameter + " = '" + s + "': " + countText
                        + " points is too many; give between 1 and " + MAX_POINTS);
            }
            int n = Integer.parseInt(countText);
            if (n < 1 || n > MAX_POINTS) {
                throw new InvalidInputException(parameter, parameter + " = '" + s + "': " + n
                        + (n < 1 ? " points" : " points is too many") + "; give between 1 and " + MAX_POINTS);
            }
            sameUnits(parameter, s, List.of(start, stop));
            if (spacing == Spacing.log && !(start.value() > 0 && stop.value() > 0)) {
                throw new InvalidInputException(parameter, parameter + " = '" + s + "': a log range needs"
                        + " positive ends, got " + parts[0].strip() + " and " + parts[1].strip());
            }
            return new Values(fill(parameter, start.value(), stop.value(), n, spacing),
                    start.hadUnit() || stop.hadUnit());
        }
        List<ParsedQuantity> qs = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            qs.add(reader.read(parameter, part, kind));
        }
        sameUnits(parameter, s, qs);
        return new Values(qs.stream().map(ParsedQuantity::value).toList(),
                qs.stream().anyMatch(ParsedQuantity::hadUnit));
    }

    private static void sameUnits(String parameter, String text, List<ParsedQuantity> qs) {
        boolean any = qs.stream().anyMatch(ParsedQuantity::hadUnit);
        for (ParsedQuantity q : qs) {
            if (any && !q.hadUnit() && q.value() != 0) {
                throw new InvalidInputException(parameter, parameter + " = '" + text
                        + "' mixes values with and without units; give a unit on every value (a bare 0 is fine) or on none");
            }
        }
    }

    /**
     * The values of a range, ends included.
     *
     * @param parameter the option, for messages
     * @param start the first value
     * @param stop the last value
     * @param n the number of values, ≥ 1
     * @param spacing linear or log
     * @return n values
     */
    static List<Double> fill(String parameter, double start, double stop, int n, Spacing spacing) {
        if (spacing == Spacing.log && !(start > 0 && stop > 0)) {
            throw new InvalidInputException(parameter, parameter + ": a log range needs positive ends, got "
                    + start + " and " + stop);
        }
        if (n == 1) {
            if (start != stop) {
                throw new InvalidInputException(parameter, parameter + ": a range of 1 point needs start = stop");
            }
            return List.of(start);
        }
        List<Double> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double f = (double) k / (n - 1);
            out.add(k == n - 1 ? stop : spacing == Spacing.log
                    ? start * Math.pow(stop / start, f) : start + (stop - start) * f);
        }
        return out;
    }
}
