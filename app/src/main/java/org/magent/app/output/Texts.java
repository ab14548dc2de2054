package org.magent.app.output;

import java.util.Locale;
import org.apache.commons.math3.complex.Complex;

/** Text renderings shared by the human-readable outputs. */
public final class Texts {

    private Texts() {
    }

    /**
     * A complex number as {@code x+yi} / {@code x-yi}, in the form the input parser accepts, with full precision.
     *
     * @param z the number
     * @return the text
     */
    public static String complex(Complex z) {
        double im = z.getImaginary();
        return z.getReal() + (im < 0 || (im == 0 && 1 / im < 0) ? "-" : "+") + Math.abs(im) + "i";
    }

    /**
     * A complex number as {@code x+yi} with 10 significant digits per part, for tables.
     *
     * @param z the number
     * @return the text
     */
    public static String complexShort(Complex z) {
        double im = z.getImaginary();
        return number(z.getReal()) + (im < 0 ? "-" : "+") + number(Math.abs(im)) + "i";
    }

    /**
     * A real number with 10 significant digits ({@code 0} printed plainly).
     *
     * @param x the value
     * @return the text
     */
    public static String number(double x) {
        return x == 0 ? "0" : String.format(Locale.ROOT, "%.10g", x);
    }

    /**
     * A number for a message: six significant digits, trailing zeros removed (1e+18, 0.333333, 12).
     *
     * @param v the number
     * @return its text (Locale.ROOT)
     */
    public static String brief(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        return mantissa + exponent;
    }
}
