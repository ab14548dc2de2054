package org.magent.app.batch;

/**
 * A scanner for the bare numbers of a batch file, without regular expressions: a decimal
 * {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?} or a complex number {@code x+yi}, {@code x-yi}, {@code yi},
 * {@code -yi}, {@code i}. It accepts a subset of what {@link org.magent.app.input.Numbers} accepts and gives the
 * same value for it; anything else (units, malformed or non-finite text) is left to {@code Numbers}, which also
 * writes the error messages.
 */
final class BareNumbers {

    private BareNumbers() {
    }

    /**
     * A bare real decimal.
     *
     * @param s the text, stripped
     * @return its finite value, or NaN when the text is not a bare finite decimal
     */
    static double real(String s) {
        int n = s.length();
        int i = sign(s, 0);
        if (unsigned(s, i, n) != n) {
            return Double.NaN;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /**
     * A bare complex number (or a bare real one).
     *
     * @param s the text, stripped
     * @param out receives {re, im}
     * @return false when the text is not a bare finite complex number (out is then unspecified)
     */
    static boolean complex(String s, double[] out) {
        double re = real(s);
        if (!Double.isNaN(re)) {
            out[0] = re;
            out[1] = 0.0;
            return true;
        }
        int n = s.length() - 1;
        if (n < 0 || s.charAt(n) != 'i') {
            return false;
        }
        int i = sign(s, 0);
        int j = unsigned(s, i, n);
        if (j < 0) {
            // [+-]?i
            if (i != n) {
                return false;
            }
            out[0] = 0.0;
            out[1] = i == 1 && s.charAt(0) == '-' ? -1.0 : 1.0;
            return true;
        }
        if (j == n) {
            // [+-]?U i
            out[0] = 0.0;
            out[1] = Double.parseDouble(s.substring(0, n));
            return Double.isFinite(out[1]);
        }
        char c = s.charAt(j);
        if (c != '+' && c != '-') {
            return false;
        }
        int k = unsigned(s, j + 1, n);
        if (k < 0 && j + 1 != n || k >= 0 && k != n) {
            return false;
        }
        out[0] = Double.parseDouble(s.substring(0, j));
        out[1] = k < 0 ? (c == '-' ? -1.0 : 1.0) : Double.parseDouble(s.substring(j, n));
        return Double.isFinite(out[0]) && Double.isFinite(out[1]);
    }

    private static int sign(String s, int i) {
        return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
    }

    /** The end of an unsigned decimal starting at i (before end), or −1 if none starts there. */
    private static int unsigned(String s, int i, int end) {
        int k = digits(s, i, end);
        boolean mantissa = k > i;
        if (k < end && s.charAt(k) == '.') {
            int f = digits(s, k + 1, end);
            mantissa |= f > k + 1;
            k = f;
        }
        if (!mantissa) {
            return -1;
        }
        if (k < end && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            int e = sign(s, k + 1);
            int d = digits(s, e, end);
            if (d > e) {
                k = d;
            }
        }
        return k;
    }

    private static int digits(String s, int i, int end) {
        while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
