package org.magent.app.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.complex.Complex;
import org.magent.app.units.NumberSyntax;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/**
 * Strict parsing of the numbers a user types: plain decimals (exponents allowed) and complex numbers
 * written {@code x+yi}, {@code x-yi}, {@code yi}, {@code -yi}, {@code i} or {@code x}.
 *
 * <p>{@link #real} and {@link #complex} take bare numbers; {@link #quantity} and {@link #complexQuantity} also
 * accept a unit ({@code 2.87GHz}, {@code 0.9+0.1i MHz}) and convert it to magent's SI-based natural units
 * ({@link Quantities}, docs/units.md). NaN, infinities, hexadecimal or Java suffixes ({@code 1d},
 * {@code 1f}) are refused with an {@link InvalidInputException} naming the parameter, the text and the unit.
 */
public final class Numbers {

    private static final String UNSIGNED = NumberSyntax.UNSIGNED;
    private static final Pattern DECIMAL = NumberSyntax.DECIMAL;
    private static final String COMPLEX_TEXT = "(?:[+-]?" + UNSIGNED + ")?[+-]?(?:" + UNSIGNED + ")?i";
    /** A complex number with an imaginary part followed by a unit: group 1 the number, group 2 the unit. */
    private static final Pattern COMPLEX = Pattern.compile(COMPLEX_TEXT);
    private static final Pattern SIGNED = Pattern.compile("[+-]?" + UNSIGNED);
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern COMPLEX_WITH_UNIT = Pattern.compile("(" + COMPLEX_TEXT + ")\\s*(\\S.*)");
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
     * Parses a real number with an optional unit ({@link Quantities#parse(String, String, QuantityKind)}).
     *
     * @param name the parameter name, for the message
     * @param text the text as typed, e.g. {@code 1.3}, {@code 2.87GHz}
     * @param kind the kind of quantity, which decides the accepted units
     * @return the value in natural units, and whether a unit was given
     * @throws InvalidInputException naming the parameter, the text and the accepted units
     */
    public static ParsedQuantity quantity(String name, String text, QuantityKind kind) {
        return Quantities.parse(name, text, kind);
    }

    /**
     * Whether a (valid) value text carries a unit, i.e. is not a bare real or complex number.
     *
     * @param text the text as typed
     * @return true for e.g. {@code 2.87GHz} or {@code 0.5+0.1i kHz}, false for {@code 1.3} or {@code 0.9+0.1i}
     */
    public static boolean hasUnit(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        return !COMPLEX.matcher(s).matches() && !SIGNED.matcher(s).matches();
    }

    /**
     * Parses a complex number with an optional unit after it ({@code 0.9+0.1i MHz}, {@code 2e3-1e2i 1/s},
     * {@code 5kHz}); the unit scales both parts.
     *
     * @param name the parameter name, for the message
     * @param text the text as typed
     * @param kind the kind of quantity, which decides the accepted units
     * @return the value in natural units
     * @throws InvalidInputException for a malformed number, a non-finite part, or a unit not accepted for the kind
     */
    public static Complex complexQuantity(String name, String text, QuantityKind kind) {
        String s = text == null ? "" : text.strip();
        if (COMPLEX.matcher(s).matches()) {
            return complex(name, s, kind.naturalUnit());
        }
        Matcher m = COMPLEX_WITH_UNIT.matcher(s);
        if (!m.matches()) {
            return new Complex(Quantities.parse(name, s, kind).value(), 0);
        }
        char first = m.group(2).charAt(0);
        if ((Character.isDigit(first) && !m.group(2).startsWith("1/")) || first == '.') {
            return complex(name, s, kind.naturalUnit()); // malformed, e.g. 0.9+i0.1: refused with the usual message
        }
        Complex z = complex(name, m.group(1), kind.naturalUnit());
        double scale = Quantities.naturalPerUnit(name, s, m.group(2), kind);
        Complex value = z.multiply(scale);
        finiteOrThrow(name, s, value.getReal(), kind.naturalUnit());
        finiteOrThrow(name, s, value.getImaginary(), kind.naturalUnit());
        return value;
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
     * @throws InvalidInputException if the text is not a whole number, is not positive, or exceeds the largest
     *     count (2147483647)
     */
    public static int positiveCount(String name, String text, String unit) {
        String s = text == null ? "" : text.strip();
        if (!WHOLE.matcher(s).matches()) {
            throw new InvalidInputException(name, name + " = '" + s + "' is not a whole number (" + unit + ")");
        }
        int first = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        while (first < s.length() - 1 && s.charAt(first) == '0') {
            first++;
        }
        String digits = s.substring(first);
        if (s.startsWith("-") && !digits.equals("0")) {
            throw new InvalidInputException(name, name + " = " + s + " (" + unit + ") must be positive");
        }
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            throw new InvalidInputException(name, name + " = " + s + " (" + unit + ") is too large: at most "
                    + Integer.MAX_VALUE);
        }
        int n = Integer.parseInt(digits);
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
            return new InvalidInputException(name, name + " = '" + text + "': this value takes no unit;"
                    + " give a bare number in " + unit);
        }
        return new InvalidInputException(name, name + " = '" + text + "' is not " + expected + " (" + unit + ")");
    }
}
