package org.magent.qubits.entanglement;

import org.magent.linalg.HermitianJacobi;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Entanglement measures of a two-qubit state, Supplement (vi), Eq. (S48)-(S52) of the paper.
 *
 * <p>Every measure is that of the normalised state ρ / tr ρ, so an unnormalised postselected
 * state may be passed as it is; a trace that is not positive is rejected. Only the Hermitian part
 * of ρ is used and round-off negative eigenvalues are clipped at zero: the results are never NaN
 * and lie in their physical ranges.
 *
 * <p>All measures are dimensionless.
 */
public final class Entanglement {

    private static final int N = DensityMatrix.DIM;
    private static final double LN2 = Math.log(2);
    /** Cholesky remainders below this (trace-1 units) are round-off; about 50 ulps of 1. */
    private static final double CHOLESKY_TINY = 1e-14;

    private Entanglement() {
    }

    /**
     * Wootters concurrence, Eq. (S49): C = max(0, λ1 − λ2 − λ3 − λ4) with λ_i, in decreasing order,
     * the square roots of the eigenvalues of ρ (σʸ⊗σʸ) ρ* (σʸ⊗σʸ). Valid for any two-qubit state.
     *
     * <p>For an X state (all entries zero except the diagonal, (ud, du) and (uu, dd) and their
     * conjugates) the closed form Eq. (S52) is used. Otherwise the λ_i are obtained, without
     * square-root loss of accuracy, as the singular values of the complex symmetric matrix
     * τ_jk = w_jᵀ (σʸ⊗σʸ) w_k built from any decomposition ρ = Σ_k w_k w_k† (a pivoted Cholesky
     * factorisation; the subnormalised eigenvectors √p_k |v_k⟩ when ρ is indefinite beyond round-off).
     *
     * @param rho the state (trace positive, need not be 1)
     * @return the concurrence of ρ / tr ρ, in [0, 1] (dimensionless)
     * @throws InvalidInputException if tr ρ is not positive
     */
    public static double concurrence(DensityMatrix rho) {
        double tr = positiveTrace(rho);
        double c = isXState(rho) ? xStateConcurrence(rho, tr) : generalConcurrence(rho, tr);
        return clampUnit(c);
    }

    /**
     * Entanglement of formation from the concurrence, Eq. (S50):
     * E_F = h((1 + √(1 − C²)) / 2), h(x) = −x log₂ x − (1 − x) log₂(1 − x).
     * Monotonically increasing from E_F(0) = 0 to E_F(1) = 1.
     *
     * @param concurrence the concurrence C, in [0, 1] (dimensionless); round-off excursions up to
     *        1e-12 outside the interval are clamped
     * @return E_F in [0, 1] (ebits)
     * @throws InvalidInputException if C is not finite or outside [0, 1]
     */
    public static double entanglementOfFormation(double concurrence) {
        if (!Double.isFinite(concurrence) || concurrence < -1e-12 || concurrence > 1 + 1e-12) {
            throw new InvalidInputException("concurrence", "concurrence = " + concurrence
                    + " (dimensionless) must be a number in [0, 1]");
        }
        double c = clampUnit(concurrence);
        double root = Math.sqrt((1 - c) * (1 + c));
        double x = 0.5 * (1 + root);
        // 1 − x written without cancellation: (1 − √(1 − C²))/2 = C² / (2 (1 + √(1 − C²)))
        double y = c * c / (2 * (1 + root));
        return clampUnit(-(xLog2x(x) + xLog2x(y)));
    }

    /**
     * Purity tr ρ² of the normalised state (dimensionless; 1/4 for the maximally mixed state,
     * 1 for a pure state).
     *
     * @param rho the state (trace positive)
     * @return tr (ρ / tr ρ)², in [1/4, 1] up to round-off
     * @throws InvalidInputException if tr ρ is not positive
     */
    public static double purity(DensityMatrix rho) {
        double tr = positiveTrace(rho);
        double s = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double re = 0.5 * (rho.re(i, j) + rho.re(j, i));
                double im = 0.5 * (rho.im(i, j) - rho.im(j, i));
                s += re * re + im * im;
            }
        }
        return Math.min(1.0, s / (tr * tr));
    }

    /**
     * Bell fidelity: the largest overlap ⟨Φ|ρ|Φ⟩ with a maximally entangled state of the two
     * families the postselected dynamics produces (main text, Eq. (14)-(15)), over every phase φ,
     * <pre>
     * |Φ⟩ = (|ud⟩ + e^{iφ}|du⟩)/√2  or  (|uu⟩ + e^{iφ}|dd⟩)/√2,
     * F = max( (ρ_ud,ud + ρ_du,du)/2 + |ρ_ud,du| , (ρ_uu,uu + ρ_dd,dd)/2 + |ρ_uu,dd| ).
     * </pre>
     * The optimal phase is φ = arg ρ_ud,du (resp. arg ρ_uu,dd). F = 1 exactly for those Bell states
     * (including the singlet and the triplet-0 state), 1/4 for the maximally mixed state and 1/2 for
     * |ud⟩ or |uu⟩.
     *
     * @param rho the state (trace positive)
     * @return F for ρ / tr ρ, in [0, 1] (dimensionless)
     * @throws InvalidInputException if tr ρ is not positive
     */
    public static double bellFidelity(DensityMatrix rho) {
        double tr = positiveTrace(rho);
        double f1 = 0.5 * (rho.re(1, 1) + rho.re(2, 2)) + Math.hypot(rho.re(1, 2), rho.im(1, 2));
        double f2 = 0.5 * (rho.re(0, 0) + rho.re(3, 3)) + Math.hypot(rho.re(0, 3), rho.im(0, 3));
        return clampUnit(Math.max(f1, f2) / tr);
    }

    /**
     * All four measures at once.
     *
     * @param rho the state (trace positive)
     * @return concurrence, entanglement of formation, purity and Bell fidelity of ρ / tr ρ
     * @throws InvalidInputException if tr ρ is not positive
     */
    public static Observables observables(DensityMatrix rho) {
        double c = concurrence(rho);
        return new Observables(c, entanglementOfFormation(c), purity(rho), bellFidelity(rho));
    }

    /** Whether every entry outside the diagonal, (ud, du), (uu, dd) and their mirrors is exactly zero. */
    static boolean isXState(DensityMatrix rho) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                if (i != j && i + j != N - 1 && (rho.re(i, j) != 0 || rho.im(i, j) != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Eq. (S52) for an X state: C = 2 max(0, |ρ_ud,du| − √(ρ_uu,uu ρ_dd,dd), |ρ_uu,dd| − √(ρ_ud,ud ρ_du,du)),
     * divided by the trace. The coherences are averaged with their mirrors (Hermitian part).
     */
    static double xStateConcurrence(DensityMatrix rho, double trace) {
        double c12 = 0.5 * Math.hypot(rho.re(1, 2) + rho.re(2, 1), rho.im(1, 2) - rho.im(2, 1));
        double c03 = 0.5 * Math.hypot(rho.re(0, 3) + rho.re(3, 0), rho.im(0, 3) - rho.im(3, 0));
        return xState(rho.re(0, 0), rho.re(1, 1), rho.re(2, 2), rho.re(3, 3), c12, c03) / trace;
    }

    /**
     * Eq. (S52) for an X state given by its independent entries (a Hermitian ρ whose only nonzero entries are
     * the diagonal, ρ_ud,du, ρ_uu,dd and their conjugates): C = 2 max(0, |ρ_ud,du| − √(ρ_uu,uu ρ_dd,dd),
     * |ρ_uu,dd| − √(ρ_ud,ud ρ_du,du)) / tr ρ. The same value as {@link #concurrence(DensityMatrix)} for such a
     * state, without building it; no allocation.
     *
     * @param uu ρ_uu,uu
     * @param ud ρ_ud,ud
     * @param du ρ_du,du
     * @param dd ρ_dd,dd
     * @param udDuRe Re ρ_ud,du
     * @param udDuIm Im ρ_ud,du
     * @param uuDdRe Re ρ_uu,dd
     * @param uuDdIm Im ρ_uu,dd
     * @return the concurrence of ρ / tr ρ, in [0, 1] (dimensionless)
     * @throws InvalidInputException if tr ρ is not positive
     */
    public static double xStateConcurrence(double uu, double ud, double du, double dd, double udDuRe,
            double udDuIm, double uuDdRe, double uuDdIm) {
        double tr = uu + ud + du + dd;
        if (!(tr > 0)) {
            throw new InvalidInputException("rho", "tr rho = " + tr
                    + " (dimensionless) must be positive for a density matrix");
        }
        double c12 = Math.sqrt(udDuRe * udDuRe + udDuIm * udDuIm);
        double c03 = Math.sqrt(uuDdRe * uuDdRe + uuDdIm * uuDdIm);
        return clampUnit(xState(uu, ud, du, dd, c12, c03) / tr);
    }

    /** 2 max(0, c12 − √(p0 p3), c03 − √(p1 p2)) with round-off negative populations clipped. */
    private static double xState(double p0, double p1, double p2, double p3, double c12, double c03) {
        double q0 = Math.max(0, p0);
        double q1 = Math.max(0, p1);
        double q2 = Math.max(0, p2);
        double q3 = Math.max(0, p3);
        return 2 * Math.max(0, Math.max(c12 - Math.sqrt(q0 * q3), c03 - Math.sqrt(q1 * q2)));
    }

    /**
     * Eq. (S49) for any state, via the singular values of τ (see {@link #concurrence}); the vectors
     * w_k come from a pivoted Cholesky factorisation ρ = Σ w_k w_k† (any such decomposition gives
     * the same τ up to a unitary), or from the eigendecomposition when ρ is indefinite beyond round-off.
     */
    static double generalConcurrence(DensityMatrix rho, double trace) {
        double[] ar = new double[N * N];
        double[] ai = new double[N * N];
        double[] wr = new double[N * N];
        double[] wi = new double[N * N];
        hermitianPart(rho, trace, ar, ai);
        if (!PivotedCholesky4.factor(ar, ai, wr, wi, CHOLESKY_TINY)) {
            hermitianPart(rho, trace, ar, ai);
            eigenFactors(ar, ai, wr, wi);
        }
        return tauConcurrence(wr, wi, ar, ai);
    }

    /** Eq. (S49) with w_k = √p_k |v_k⟩ from the eigendecomposition of ρ, negative p_k clipped. */
    static double eigenConcurrence(DensityMatrix rho, double trace) {
        double[] ar = new double[N * N];
        double[] ai = new double[N * N];
        double[] wr = new double[N * N];
        double[] wi = new double[N * N];
        hermitianPart(rho, trace, ar, ai);
        eigenFactors(ar, ai, wr, wi);
        return tauConcurrence(wr, wi, ar, ai);
    }

    private static void hermitianPart(DensityMatrix rho, double trace, double[] ar, double[] ai) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                ar[i * N + j] = 0.5 * (rho.re(i, j) + rho.re(j, i)) / trace;
                ai[i * N + j] = 0.5 * (rho.im(i, j) - rho.im(j, i)) / trace;
            }
        }
    }

    /** Diagonalises A (overwritten) and stores w_k = √max(0, p_k) v_k in the columns of (wr, wi). */
    private static void eigenFactors(double[] ar, double[] ai, double[] wr, double[] wi) {
        HermitianJacobi.diagonalise(4, ar, ai, wr, wi);
        for (int k = 0; k < N; k++) {
            double w = Math.sqrt(Math.max(0, ar[k * N + k]));
            for (int r = 0; r < N; r++) {
                wr[r * N + k] *= w;
                wi[r * N + k] *= w;
            }
        }
    }

    /**
     * max(0, λ1 − λ2 − λ3 − λ4) with λ the singular values of τ_jk = w_jᵀ Y w_k,
     * Y = σʸ⊗σʸ = antidiag(−1, 1, 1, −1) in the basis uu, ud, du, dd; (tr, ti) is workspace.
     */
    private static double tauConcurrence(double[] wr, double[] wi, double[] tr, double[] ti) {
        for (int j = 0; j < N; j++) {
            for (int k = j; k < N; k++) {
                double sr = 0;
                double si = 0;
                for (int m = 0; m < N; m++) {
                    double y = (m == 0 || m == N - 1) ? -1 : 1;
                    int mm = N - 1 - m;
                    double xr = wr[m * N + j];
                    double xi = wi[m * N + j];
                    double zr = wr[mm * N + k];
                    double zi = wi[mm * N + k];
                    sr += y * (xr * zr - xi * zi);
                    si += y * (xr * zi + xi * zr);
                }
                tr[j * N + k] = sr;
                ti[j * N + k] = si;
                tr[k * N + j] = sr;
                ti[k * N + j] = si;
            }
        }
        double[] lambda = new double[N];
        SingularValues4.compute(tr, ti, lambda);
        return Math.max(0, lambda[0] - lambda[1] - lambda[2] - lambda[3]);
    }

    private static double positiveTrace(DensityMatrix rho) {
        double tr = rho.trace();
        if (!(tr > 0)) {
            throw new InvalidInputException("rho", "tr rho = " + tr
                    + " (dimensionless) must be positive for a density matrix");
        }
        return tr;
    }

    private static double xLog2x(double x) {
        return x <= 0 ? 0 : x * Math.log(x) / LN2;
    }

    private static double clampUnit(double x) {
        return Math.min(1.0, Math.max(0.0, x));
    }
}
