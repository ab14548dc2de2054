package org.magent.app.input;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.math3.complex.Complex;
import org.magent.validation.InvalidInputException;

/**
 * Strict parsing of the numbers a user types: plain decimals (exponents allowed) and complex numbers
 * written {@code x+yi}, {@code x-yi}, {@code yi}, {@code -yi}, {@code i} or {@code x}.
 *
 * <p>Numbers are bare, in natural units (DESIGN.md §1). NaN, infinities, hexadecimal or Java suffixes
 * ({@code 1d}, {@code 1f}) and values with a unit suffix ({@code 2.87GHz}) are refused with an
 * {@link InvalidInputException} naming the parameter, the text and the unit.
 */
public final class Numbers {

    private static final String UNSIGNED = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?" + UNSIGNED);
    private static final Pattern WITH_UNIT = Pattern.compile("[+-]?" + UNSIGNED + "\\s*[\\p{L}µ°]+[\\p{L}\\d/^*·-]*");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    /**
     * Parses a real number.
     *
     * @param name the parameter name, for the message
     * @param text the text as typed
     * @param unit the unit the number is in, for the message
     * @return the finite value
     * @throws InvalidInputException if the text is empty, not a decimal number, not finite or carries a unit
     */
    public static double real(String name, String text, String unit) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidInputException(name, name + " has no value (expected a number in " + unit + ")");
        }
        if (DECIMAL.matcher(s).matches()) {
            return finiteOrThrow(name, s, Double.parseDouble(s), unit);
        }
        throw notANumber(name, s, unit, "a number");
    }

    /**
     * Refuses a value that is a number with a unit suffix ({@code 0.2meV}); other texts pass unchanged, so that
     * choices such as {@code cubic} remain possible.
     *
     * @param name the parameter name, for the message
     * @param text the text as typed
     * @param unit the unit bare numbers are in, for the message
     * @return the text
     * @throws InvalidInputException if the text is a number followed by a unit
     */
    public static String withoutUnit(String name, String text, String unit) {
        String s = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(s).matches() && WITH_UNIT.matcher(s).matches()) {
            throw notANumber(name, s, unit, "a number");
        }
        return text;
    }

    /**
     * Parses a strictly positive whole number (a count).
     *
     * @param name the parameter name, for the message
     * @param text the text as typed
     * @param unit what is counted, for the message
     * @return the count, at least 1
     * @throws InvalidInputException if the text is not a whole number or is not positive
     */
    public static int positiveCount(String name, String text, String unit) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("[+-]?\\d{1,9}")) {
            throw new InvalidInputException(name, name + " = '" + s + "' is not a whole number (" + unit + ")");
        }
        int n = Integer.parseInt(s);
        if (n <= 0) {
            throw new InvalidInputException(name, name + " = " + n + " (" + unit + ") must be positive");
        }
        return n;
    }

    /**
     * Parses a complex number {@code x+yi}, {@code x-yi}, {@code yi}, {@code -yi}, {@code i}, {@code x};
     * real and imaginary parts may carry exponents ({@code 1e-3-2.5e-4i}).
     *
     * @param name the parameter name, for the message
     * @param text the text as typed
     * @param unit the unit the number is in, for the message
     * @return the finite value
     * @throws InvalidInputException if the text is empty or malformed, a part is not finite, or a unit is attached
     */
    public static Complex complex(String name, String text, String unit) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidInputException(name, name + " has no value (expected a complex number x+yi in "
                    + unit + ")");
        }
        if (!s.endsWith("i") || NOT_FINITE.matcher(s).matches()) {
            if (DECIMAL.matcher(s).matches()) {
                return new Complex(finiteOrThrow(name, s, Double.parseDouble(s), unit), 0.0);
            }
            throw notANumber(name, s, unit, "a complex number of the form x+yi, x-yi, yi or x");
        }
        String body = s.substring(0, s.length() - 1);
        int split = imaginarySignPosition(body);
        String realText = split < 0 ? "" : body.substring(0, split);
        String imagText = split < 0 ? body : body.substring(split);
        boolean realOk = realText.isEmpty() || DECIMAL.matcher(realText).matches();
        boolean imagOk = imagText.isEmpty() || imagText.equals("+") || imagText.equals("-")
                || DECIMAL.matcher(imagText).matches();
        if (!realOk || !imagOk) {
            throw notANumber(name, s, unit, "a complex number of the form x+yi, x-yi, yi or x");
        }
        double re = realText.isEmpty() ? 0.0 : Double.parseDouble(realText);
        double im = switch (imagText) {
            case "", "+" -> 1.0;
            case "-" -> -1.0;
            default -> Double.parseDouble(imagText);
        };
        finiteOrThrow(name, s, re, unit);
        finiteOrThrow(name, s, im, unit);
        return new Complex(re, im);
    }

    /** The index of the sign that starts the imaginary part: the last + or - not at 0 and not after e/E. */
    private static int imaginarySignPosition(String body) {
        for (int k = body.length() - 1; k > 0; k--) {
            char c = body.charAt(k);
            char before = body.charAt(k - 1);
            if ((c == '+' || c == '-') && before != 'e' && before != 'E') {
                return k;
            }
        }
        return -1;
    }

    private static double finiteOrThrow(String name, String text, double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(name, name + " = " + text + " (" + unit + ") is not a finite number");
        }
        return value;
    }

    private static InvalidInputException notANumber(String name, String text, String unit, String expected) {
        if (NOT_FINITE.matcher(text).matches() || text.toLowerCase(Locale.ROOT).contains("nan")
                || text.toLowerCase(Locale.ROOT).contains("inf")) {
            return new InvalidInputException(name, name + " = " + text + " (" + unit + ") is not a finite number");
        }
        if (WITH_UNIT.matcher(text).matches()) {
            return new InvalidInputException(name, name + " = '" + text + "': units are not supported yet;"
                    + " give a bare number in " + unit + " (DESIGN.md §1)");
        }
        return new InvalidInputException(name, name + " = '" + text + "' is not " + expected + " (" + unit + ")");
    }
}
