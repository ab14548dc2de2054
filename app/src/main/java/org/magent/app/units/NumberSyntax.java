package org.magent.app.units;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of the numbers users type: plain decimals with an optional exponent ({@code 2.87}, {@code -1e-3},
 * {@code .5}), optionally followed by a unit ({@code 2.87GHz}, {@code 20 mT}). Hexadecimal, Java suffixes
 * ({@code 1d}), NaN and infinities are not numbers here.
 */
public final class NumberSyntax {

    /** An unsigned decimal with optional fraction and exponent. */
    public static final String UNSIGNED = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";

    /** A signed decimal, the whole text. */
    public static final Pattern DECIMAL = Pattern.compile("[+-]?" + UNSIGNED);

    private static final Pattern NUMBER_THEN_REST = Pattern.compile("([+-]?" + UNSIGNED + ")\\s*(.*)", Pattern.DOTALL);

    private NumberSyntax() {
    }

    /**
     * A number split from the unit that follows it.
     *
     * @param number the decimal text, e.g. "2.87"
     * @param unit the unit text after it, stripped, e.g. "GHz"; empty for a bare number
     */
    public record Split(String number, String unit) {
    }

    /**
     * Splits a leading decimal from the rest of the text.
     *
     * @param text the text, e.g. "2.87 GHz"
     * @return the number and the unit text, or empty when the text does not start with a decimal
     */
    public static Optional<Split> split(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = NUMBER_THEN_REST.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Split(m.group(1), m.group(2).strip()));
    }
}
