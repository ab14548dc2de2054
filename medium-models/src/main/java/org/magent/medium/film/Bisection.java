package org.magent.medium.film;

import java.util.function.DoubleUnaryOperator;

/** Root of a continuous function on a sign-changing bracket, by bisection to (about) machine precision. */
final class Bisection {

    private Bisection() {
    }

    /**
     * A root of f in [a, b], where f(a) and f(b) differ in sign (or one is zero).
     *
     * @param f the function
     * @param a one end of the bracket
     * @param b the other end, b &gt; a
     * @param fa f(a), already known to the caller
     * @return the midpoint of the final bracket, within about 1e-15 relative of a root
     */
    static double root(DoubleUnaryOperator f, double a, double b, double fa) {
        for (int i = 0; i < 200 && b - a > 1e-15 * Math.max(Math.abs(a), Math.abs(b)); i++) {
            double m = 0.5 * (a + b);
            double fm = f.applyAsDouble(m);
            if ((fm < 0) == (fa < 0)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
