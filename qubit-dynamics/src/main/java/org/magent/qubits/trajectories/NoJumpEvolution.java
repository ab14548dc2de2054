package org.magent.qubits.trajectories;

import org.apache.commons.math3.complex.Complex;
import org.magent.qubits.linalg.ComplexMatrix;

/**
 * The exact no-jump propagator U(τ) = exp(−iH_nh τ) between jumps, H_nh = H_S + H_eff − iK,
 * K = Σ_nm h_nm O_m†O_n = ½Σ_k J_k†J_k (Eq. (12) generalised). Every term conserves total σᶻ, so H_nh is block
 * diagonal on {uu}, {ud, du}, {dd}; the 2×2 block M = −iH_b τ is exponentiated in closed form,
 * exp(M) = e^μ[cosh(s)·I + (sinh(s)/s)·N] with μ = tr M/2, N = M − μI, s² = N_00² + N_01N_10 (N² = s²I), which
 * stays exact at exceptional points (s → 0, series in s²). No time stepping: any τ ≥ 0 is one evaluation.
 *
 * <p>States are 4 complex amplitudes interleaved in 8 doubles (re, im of uu, ud, du, dd). Immutable.
 */
final class NoJumpEvolution {

    /** −iH_nh: the 1×1 blocks m00, m33 and, for the 2×2 block, μ, N = M − μI and q = N_00² + N_01N_10. */
    private final double m00r;
    private final double m00i;
    private final double m33r;
    private final double m33i;
    private final double mur;
    private final double mui;
    private final double n00r;
    private final double n00i;
    private final double n01r;
    private final double n01i;
    private final double n10r;
    private final double n10i;
    private final double qr;
    private final double qi;
    /** K = (i/2)(H_nh − H_nh†): k00, k11, k22, k33 real; k12 complex (k21 = k12*). */
    private final double k00;
    private final double k11;
    private final double k22;
    private final double k33;
    private final double k12r;
    private final double k12i;

    /**
     * Prepares the propagator.
     *
     * @param hnh the non-Hermitian Hamiltonian, 4×4 (natural units, energy)
     * @throws IllegalStateException if H_nh couples different total-σᶻ sectors
     */
    NoJumpEvolution(ComplexMatrix hnh) {
        int[][] outside = {{0, 1}, {0, 2}, {0, 3}, {1, 3}, {2, 3}};
        for (int[] p : outside) {
            for (int s = 0; s < 2; s++) {
                int i = p[s];
                int j = p[1 - s];
                if (hnh.re(i, j) != 0.0 || hnh.im(i, j) != 0.0) {
                    throw new IllegalStateException("H_nh couples total-σz sectors at (" + i + "," + j + ")");
                }
            }
        }
        Complex m00 = minusI(hnh, 0, 0);
        Complex m33 = minusI(hnh, 3, 3);
        Complex m11 = minusI(hnh, 1, 1);
        Complex m22 = minusI(hnh, 2, 2);
        Complex mu = m11.add(m22).multiply(0.5);
        Complex n00 = m11.subtract(m22).multiply(0.5);
        Complex n01 = minusI(hnh, 1, 2);
        Complex n10 = minusI(hnh, 2, 1);
        Complex q = n00.multiply(n00).add(n01.multiply(n10));
        m00r = m00.getReal();
        m00i = m00.getImaginary();
        m33r = m33.getReal();
        m33i = m33.getImaginary();
        mur = mu.getReal();
        mui = mu.getImaginary();
        n00r = n00.getReal();
        n00i = n00.getImaginary();
        n01r = n01.getReal();
        n01i = n01.getImaginary();
        n10r = n10.getReal();
        n10i = n10.getImaginary();
        qr = q.getReal();
        qi = q.getImaginary();
        k00 = -hnh.im(0, 0);
        k11 = -hnh.im(1, 1);
        k22 = -hnh.im(2, 2);
        k33 = -hnh.im(3, 3);
        // K_12 = (i/2)(H_12 − conj(H_21))
        double dr = hnh.re(1, 2) - hnh.re(2, 1);
        double di = hnh.im(1, 2) + hnh.im(2, 1);
        k12r = -0.5 * di;
        k12i = 0.5 * dr;
    }

    private static Complex minusI(ComplexMatrix h, int i, int j) {
        return new Complex(h.im(i, j), -h.re(i, j));
    }

    /**
     * U(τ) as 12 doubles: u00, then the block (u11, u12, u21, u22), then u33, each (re, im).
     *
     * @param tau the time (natural units, 1/energy), ≥ 0
     * @param u receives the entries
     */
    void propagator(double tau, double[] u) {
        expInto(m00r * tau, m00i * tau, u, 0);
        expInto(m33r * tau, m33i * tau, u, 10);
        double zr = qr * tau * tau;
        double zi = qi * tau * tau;
        double cr;
        double ci;
        double sr; // sinh(sτ)/s, so that U_b = cosh·I + (sinh(sτ)/s)·N
        double si;
        if (Math.hypot(zr, zi) <= 1.0) {
            double e = Math.exp(mur * tau);
            double er = e * Math.cos(mui * tau);
            double ei = e * Math.sin(mui * tau);
            // cosh √z = Σ zⁿ/(2n)!, sinh √z/√z = Σ zⁿ/(2n+1)!; |z| ≤ 1: 20 terms reach 1/40! ≈ 1e-48
            double chr = 0;
            double chi = 0;
            double shr = 0;
            double shi = 0;
            double pr = 1;
            double pi = 0;
            for (int n = 0; n < 20; n++) {
                chr += pr;
                chi += pi;
                shr += pr / (2 * n + 1);
                shi += pi / (2 * n + 1);
                double f = 1.0 / ((2 * n + 1) * (2 * n + 2));
                double nr = (pr * zr - pi * zi) * f;
                pi = (pr * zi + pi * zr) * f;
                pr = nr;
            }
            cr = er * chr - ei * chi;
            ci = er * chi + ei * chr;
            sr = (er * shr - ei * shi) * tau;
            si = (er * shi + ei * shr) * tau;
        } else {
            // s = √q (principal), w± = e^{(μ ± s)τ}
            double mod = Math.hypot(qr, qi);
            double sRe;
            double sIm;
            if (qr >= 0) { // no cancellation: the larger part first, the other from Re·Im = qi/2
                sRe = Math.sqrt(0.5 * (mod + qr));
                sIm = qi / (2 * sRe);
            } else {
                sIm = Math.copySign(Math.sqrt(0.5 * (mod - qr)), qi);
                sRe = qi / (2 * sIm);
            }
            double ap = Math.exp((mur + sRe) * tau);
            double wpr = ap * Math.cos((mui + sIm) * tau);
            double wpi = ap * Math.sin((mui + sIm) * tau);
            double am = Math.exp((mur - sRe) * tau);
            double wmr = am * Math.cos((mui - sIm) * tau);
            double wmi = am * Math.sin((mui - sIm) * tau);
            cr = 0.5 * (wpr + wmr);
            ci = 0.5 * (wpi + wmi);
            // (w+ − w−)/(2s)
            double dr = wpr - wmr;
            double di = wpi - wmi;
            double den = 2 * (sRe * sRe + sIm * sIm);
            sr = (dr * sRe + di * sIm) / den;
            si = (di * sRe - dr * sIm) / den;
        }
        // block: cosh·I ± (sinh/s)·n00 on the diagonal, (sinh/s)·n01, (sinh/s)·n10 off it
        double xr = sr * n00r - si * n00i;
        double xi = sr * n00i + si * n00r;
        u[2] = cr + xr;
        u[3] = ci + xi;
        u[4] = sr * n01r - si * n01i;
        u[5] = sr * n01i + si * n01r;
        u[6] = sr * n10r - si * n10i;
        u[7] = sr * n10i + si * n10r;
        u[8] = cr - xr;
        u[9] = ci - xi;
    }

    /** u[at], u[at+1] = e^{re + i·im}. */
    private static void expInto(double re, double im, double[] u, int at) {
        double e = Math.exp(re);
        u[at] = e * Math.cos(im);
        u[at + 1] = e * Math.sin(im);
    }

    /**
     * out = U·psi for a propagator from {@link #propagator}.
     *
     * @param u the propagator, 12 doubles
     * @param psi the state, 8 doubles
     * @param out receives U·psi, 8 doubles (may not alias psi)
     */
    static void apply(double[] u, double[] psi, double[] out) {
        double p0r = psi[0];
        double p0i = psi[1];
        double p1r = psi[2];
        double p1i = psi[3];
        double p2r = psi[4];
        double p2i = psi[5];
        double p3r = psi[6];
        double p3i = psi[7];
        out[0] = u[0] * p0r - u[1] * p0i;
        out[1] = u[0] * p0i + u[1] * p0r;
        out[2] = u[2] * p1r - u[3] * p1i + u[4] * p2r - u[5] * p2i;
        out[3] = u[2] * p1i + u[3] * p1r + u[4] * p2i + u[5] * p2r;
        out[4] = u[6] * p1r - u[7] * p1i + u[8] * p2r - u[9] * p2i;
        out[5] = u[6] * p1i + u[7] * p1r + u[8] * p2i + u[9] * p2r;
        out[6] = u[10] * p3r - u[11] * p3i;
        out[7] = u[10] * p3i + u[11] * p3r;
    }

    /**
     * ‖psi‖².
     *
     * @param psi 8 doubles
     * @return the squared norm
     */
    static double norm2(double[] psi) {
        double s = 0;
        for (int k = 0; k < 8; k++) {
            s += psi[k] * psi[k];
        }
        return s;
    }

    /**
     * ⟨psi|K|psi⟩ = −½ d‖psi‖²/dτ (natural units, energy × norm²).
     *
     * @param psi 8 doubles
     * @return the expectation (unnormalised)
     */
    double decay(double[] psi) {
        double a1 = psi[2] * psi[2] + psi[3] * psi[3];
        double a2 = psi[4] * psi[4] + psi[5] * psi[5];
        // 2 Re(conj(ψ1) K12 ψ2)
        double xr = k12r * psi[4] - k12i * psi[5];
        double xi = k12r * psi[5] + k12i * psi[4];
        double cross = 2 * (psi[2] * xr + psi[3] * xi);
        return k00 * (psi[0] * psi[0] + psi[1] * psi[1]) + k11 * a1 + k22 * a2 + cross
                + k33 * (psi[6] * psi[6] + psi[7] * psi[7]);
    }
}
