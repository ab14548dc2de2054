package org.magent.nv;

import java.util.Locale;
import java.util.Objects;
import org.magent.linalg.HermitianJacobi;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The qubit of one NV centre in a static field, from the exact eigenstates of its spin-1 Hamiltonian
 * <pre>
 * H = D S_z'² + γ B·S      (D/2π = 2.87 GHz, γ/2π = 28.025 GHz/T, z' the NV axis)
 * </pre>
 * The qubit is the pair |↑⟩ = the m_s = 0-like eigenstate and |↓⟩ = the m_s = transition-like eigenstate (the
 * labels follow the largest m_s component). Each eigenvector's phase is fixed so that its largest m_s component is
 * real and positive. With H_S = −Δσᶻ/2 (|↑⟩ the lower level), Δ = E_↓ − E_↑ &gt; 0, and the spin operator projected
 * on the qubit is
 * <pre>
 * S → m + z σᶻ + s σ⁺ + s* σ⁻,   s = ⟨↑|S|↓⟩,   z = (⟨↑|S|↑⟩ − ⟨↓|S|↓⟩)/2,   m = (⟨↑|S|↑⟩ + ⟨↓|S|↓⟩)/2
 * </pre>
 * so a field B(x) couples through V = γ s·B to σ⁺ (for a field along the axis, s = (x' − iy')/√2, i.e.
 * λ = γ/√2 on B₋) and through γ z·B to σᶻ. At B = 0 the m_s = ±1 levels are degenerate; the eigenvectors are
 * then the limit B → 0⁺ along the given field direction.
 *
 * @param centre the NV
 * @param splitting Δ = E_↓ − E_↑ (rad/s), &gt; 0
 * @param transitionRe real parts of s (film frame, dimensionless)
 * @param transitionIm imaginary parts of s
 * @param longitudinal z (film frame, dimensionless, real)
 * @param mean m (film frame, dimensionless, real)
 */
public record NvQubit(NvCentre centre, double splitting, double[] transitionRe, double[] transitionIm,
        double[] longitudinal, double[] mean) {

    private static final double SQRT_HALF = Math.sqrt(0.5);
    /** Below this field (T) the m_s = ±1 levels are taken in the limit B → 0⁺ along the field direction. */
    private static final double ZERO_FIELD = 1e-12;
    private static final double LIMIT_FIELD = 1e-9;

    /** Validates and copies. */
    public NvQubit {
        Objects.requireNonNull(centre, "centre");
        Checks.positive("Delta", splitting, "rad/s");
        transitionRe = transitionRe.clone();
        transitionIm = transitionIm.clone();
        longitudinal = longitudinal.clone();
        mean = mean.clone();
    }

    /**
     * The qubit of an NV in a field given in the film frame.
     *
     * @param centre the NV
     * @param field B (T) in the film frame
     * @param fieldDirection the direction of the field when |B| = 0 (for the B → 0⁺ limit), film frame
     * @return the qubit
     * @throws InvalidInputException when the chosen transition has Δ ≤ 0 (beyond the level anticrossing)
     */
    public static NvQubit in(NvCentre centre, double[] field, double[] fieldDirection) {
        double b = Math.sqrt(field[0] * field[0] + field[1] * field[1] + field[2] * field[2]);
        double[] vectorsField = field;
        if (b < ZERO_FIELD) {
            double n = Math.sqrt(fieldDirection[0] * fieldDirection[0] + fieldDirection[1] * fieldDirection[1]
                    + fieldDirection[2] * fieldDirection[2]);
            vectorsField = new double[] {LIMIT_FIELD * fieldDirection[0] / n, LIMIT_FIELD * fieldDirection[1] / n,
                LIMIT_FIELD * fieldDirection[2] / n};
        }
        double[][] frame = centre.axis().frame();
        double[][][] s = spinMatrices(frame); // [a][re/im][9]
        double[] hr = new double[9];
        double[] hi = new double[9];
        hamiltonian(vectorsField, s, hr, hi);
        double[] vr = new double[9];
        double[] vi = new double[9];
        double[] ar = hr.clone();
        double[] ai = hi.clone();
        HermitianJacobi.diagonalise(3, ar, ai, vr, vi);
        // labels: m_s = +1, 0, −1 are basis indices 0, 1, 2
        int zero = argmaxComponent(vr, vi, 1, -1);
        int target = argmaxComponent(vr, vi, centre.transition() == 1 ? 0 : 2, zero);
        double[][] up = phased(vr, vi, zero);
        double[][] down = phased(vr, vi, target);
        double[] exactR = new double[9];
        double[] exactI = new double[9];
        hamiltonian(field, s, exactR, exactI);
        double delta = expectation(exactR, exactI, down) - expectation(exactR, exactI, up);
        if (!(delta > 0)) {
            throw new InvalidInputException("transition", String.format(Locale.ROOT, "the NV transition m_s = 0 <->"
                    + " %+d has frequency %.6g GHz <= 0 in a field of %.6g T (beyond the level anticrossing);"
                    + " use the other transition or a lower field", centre.transition(),
                    delta / (2 * Math.PI * 1e9), b));
        }
        double[] tr = new double[3];
        double[] ti = new double[3];
        double[] z = new double[3];
        double[] m = new double[3];
        for (int a = 0; a < 3; a++) {
            double[] e = element(s[a][0], s[a][1], up, down);
            tr[a] = e[0];
            ti[a] = e[1];
            double uu = element(s[a][0], s[a][1], up, up)[0];
            double dd = element(s[a][0], s[a][1], down, down)[0];
            z[a] = 0.5 * (uu - dd);
            m[a] = 0.5 * (uu + dd);
        }
        return new NvQubit(centre, delta, tr, ti, z, m);
    }

    /**
     * The spin-1 operators S_x, S_y, S_z of the film frame in the NV's m_s basis (|+1⟩, |0⟩, |−1⟩ along z').
     *
     * @param frame the NV frame rows x', y', z' ({@link NvAxis#frame()})
     * @return [a][0 = re, 1 = im][row-major 3×3]
     */
    public static double[][][] spinMatrices(double[][] frame) {
        double[] sxr = {0, SQRT_HALF, 0, SQRT_HALF, 0, SQRT_HALF, 0, SQRT_HALF, 0};
        double[] syi = {0, -SQRT_HALF, 0, SQRT_HALF, 0, -SQRT_HALF, 0, SQRT_HALF, 0};
        double[] szr = {1, 0, 0, 0, 0, 0, 0, 0, -1};
        double[][][] out = new double[3][2][9];
        for (int a = 0; a < 3; a++) {
            for (int k = 0; k < 9; k++) {
                out[a][0][k] = frame[0][a] * sxr[k] + frame[2][a] * szr[k];
                out[a][1][k] = frame[1][a] * syi[k];
            }
        }
        return out;
    }

    private static void hamiltonian(double[] field, double[][][] s, double[] hr, double[] hi) {
        double d = PhysicalConstants.NV_ZERO_FIELD_SPLITTING;
        double g = PhysicalConstants.NV_GYROMAGNETIC_RATIO;
        java.util.Arrays.fill(hr, 0);
        java.util.Arrays.fill(hi, 0);
        hr[0] = d; // D S_z'² = D diag(1, 0, 1)
        hr[8] = d;
        for (int a = 0; a < 3; a++) {
            for (int k = 0; k < 9; k++) {
                hr[k] += g * field[a] * s[a][0][k];
                hi[k] += g * field[a] * s[a][1][k];
            }
        }
    }

    private static int argmaxComponent(double[] vr, double[] vi, int row, int exclude) {
        int best = -1;
        double bestW = -1;
        for (int col = 0; col < 3; col++) {
            if (col == exclude) {
                continue;
            }
            double w = vr[row * 3 + col] * vr[row * 3 + col] + vi[row * 3 + col] * vi[row * 3 + col];
            if (w > bestW) {
                bestW = w;
                best = col;
            }
        }
        return best;
    }

    /** Column col as a vector whose largest component is real and positive: [0] = re, [1] = im. */
    private static double[][] phased(double[] vr, double[] vi, int col) {
        int big = 0;
        double w = -1;
        for (int r = 0; r < 3; r++) {
            double x = vr[r * 3 + col] * vr[r * 3 + col] + vi[r * 3 + col] * vi[r * 3 + col];
            if (x > w) {
                w = x;
                big = r;
            }
        }
        double mag = Math.sqrt(w);
        double cr = vr[big * 3 + col] / mag;
        double ci = -vi[big * 3 + col] / mag; // multiply by conj(phase)
        double[][] out = new double[2][3];
        for (int r = 0; r < 3; r++) {
            double xr = vr[r * 3 + col];
            double xi = vi[r * 3 + col];
            out[0][r] = xr * cr - xi * ci;
            out[1][r] = xr * ci + xi * cr;
        }
        out[1][big] = 0;
        return out;
    }

    /** ⟨u|M|v⟩ for 3-vectors u, v ([0] re, [1] im) and M (split row-major). */
    private static double[] element(double[] mr, double[] mi, double[][] u, double[][] v) {
        double sr = 0;
        double si = 0;
        for (int i = 0; i < 3; i++) {
            double tr = 0;
            double ti = 0;
            for (int j = 0; j < 3; j++) {
                tr += mr[i * 3 + j] * v[0][j] - mi[i * 3 + j] * v[1][j];
                ti += mr[i * 3 + j] * v[1][j] + mi[i * 3 + j] * v[0][j];
            }
            sr += u[0][i] * tr + u[1][i] * ti;
            si += u[0][i] * ti - u[1][i] * tr;
        }
        return new double[] {sr, si};
    }

    private static double expectation(double[] hr, double[] hi, double[][] u) {
        return element(hr, hi, u, u)[0];
    }

    /**
     * The transition vector s = ⟨↑|S|↓⟩ as a complex vector.
     *
     * @return {re[3], im[3]}
     */
    public double[][] transition() {
        return new double[][] {transitionRe.clone(), transitionIm.clone()};
    }
}
