package org.magent.medium.film;

/**
 * A small immutable complex number for the root finding and residues of the stray-field kernel (the hot
 * real-axis evaluations use inline arithmetic instead).
 *
 * @param re the real part
 * @param im the imaginary part
 */
record Cx(double re, double im) {

    static final Cx ZERO = new Cx(0, 0);
    static final Cx ONE = new Cx(1, 0);
    static final Cx I = new Cx(0, 1);

    static Cx real(double x) {
        return new Cx(x, 0);
    }

    Cx plus(Cx o) {
        return new Cx(re + o.re, im + o.im);
    }

    Cx plus(double x) {
        return new Cx(re + x, im);
    }

    Cx minus(Cx o) {
        return new Cx(re - o.re, im - o.im);
    }

    Cx times(Cx o) {
        return new Cx(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Cx times(double x) {
        return new Cx(re * x, im * x);
    }

    Cx div(Cx o) {
        double d = o.re * o.re + o.im * o.im;
        return new Cx((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    Cx negate() {
        return new Cx(-re, -im);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    Cx exp() {
        double e = Math.exp(re);
        return new Cx(e * Math.cos(im), e * Math.sin(im));
    }

    /** e^z − 1, accurate for small |z|. */
    Cx expm1() {
        if (abs() < 1e-3) {
            // z + z²/2 + z³/6 + z⁴/24 + z⁵/120
            Cx z2 = times(this);
            Cx s = this.plus(z2.times(0.5)).plus(z2.times(this).times(1.0 / 6)).plus(z2.times(z2).times(1.0 / 24))
                    .plus(z2.times(z2).times(this).times(1.0 / 120));
            return s;
        }
        return exp().plus(-1);
    }

    /** The principal square root. */
    Cx sqrt() {
        double r = abs();
        if (r == 0) {
            return ZERO;
        }
        double a = Math.sqrt(0.5 * (r + Math.abs(re)));
        double b = 0.5 * im / a;
        return re >= 0 ? new Cx(a, b) : new Cx(Math.abs(b), im >= 0 ? a : -a);
    }

    /** The principal logarithm. */
    Cx log() {
        return new Cx(Math.log(abs()), Math.atan2(im, re));
    }
}
