package org.magent.nv;

import java.util.Locale;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.InvalidInputException;

/**
 * The direct magnetic dipole–dipole coupling of two NV spins,
 * <pre>
 * H_dd/ħ = (μ0 γ² ħ / 4π r³) [S1·S2 − 3(S1·r̂)(S2·r̂)] = S1·𝒯·S2,   𝒯 = J_dd (1 − 3 r̂r̂),   J_dd = μ0γ²ħ/(4πr³)
 * </pre>
 * projected on each NV's qubit (S_i → m_i + z_i σ_iᶻ + s_i σ_i⁺ + s_i* σ_i⁻, {@link NvQubit}, exact eigenstates). In
 * the frame of H_S the flip-flop terms σ1⁺σ2⁻ rotate at Δ1 − Δ2 = 2δ and the σᶻσᶻ term not at all; both are kept
 * for any detuning (the engine treats δ exactly). Terms rotating at Δ1 + Δ2 (σ⁺σ⁺) or at a single Δ_i (σ⁺σᶻ, σ⁺m)
 * are dropped (secular approximation, valid while J_dd ≪ Δ_i). What remains, in the form of H_eff of the paper:
 * <pre>
 * Jz = z1·𝒯·z2,   J⊥ + iD = (s1·𝒯·s2*)/2   (2(J⊥ + iD) multiplies σ1⁺σ2⁻),
 * δΔ1 = −2 z1·𝒯·m2,   δΔ2 = −2 m1·𝒯·z2   (static shifts of the splittings, H_S = −Δ_iσ_iᶻ/2)
 * </pre>
 * For two NVs with the same axis n, the field along n and the m_s = 0 ↔ −1 qubit, s = (x' − iy')/√2, z = n/2, and
 * Jz = (J_dd/4)(1 − 3cos²θ), J⊥ = −(J_dd/4)(1 − 3cos²θ) with θ the angle between r and n: both vanish at the magic
 * angle.
 *
 * @param jPerp J⊥ (rad/s)
 * @param jz Jz (rad/s)
 * @param dmi D (rad/s)
 * @param shift1 δΔ1, the change of NV 1's splitting (rad/s)
 * @param shift2 δΔ2, the change of NV 2's splitting (rad/s)
 */
public record DipolarCoupling(double jPerp, double jz, double dmi, double shift1, double shift2) {

    /** Below this separation (m) the point-dipole form is not trustworthy: the NV wave functions overlap. */
    public static final double POINT_DIPOLE_LIMIT = 1e-9;

    /** No coupling. */
    public static final DipolarCoupling NONE = new DipolarCoupling(0, 0, 0, 0, 0);

    /**
     * The coupling of two NV qubits separated by r (from NV 1 to NV 2).
     *
     * @param q1 NV 1
     * @param q2 NV 2
     * @param r the separation vector (m), film frame
     * @return the projected coupling
     * @throws InvalidInputException at r = 0
     */
    public static DipolarCoupling of(NvQubit q1, NvQubit q2, double[] r) {
        double[][] t = tensor(r);
        double[] s1r = q1.transitionRe();
        double[] s1i = q1.transitionIm();
        double[] s2r = q2.transitionRe();
        double[] s2i = q2.transitionIm();
        // s1·𝒯·s2* (no conjugation on s1)
        double re = 0;
        double im = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double ar = s1r[a] * t[a][b];
                double ai = s1i[a] * t[a][b];
                re += ar * s2r[b] + ai * s2i[b];
                im += ai * s2r[b] - ar * s2i[b];
            }
        }
        double jz = bilinear(q1.longitudinal(), t, q2.longitudinal());
        double shift1 = -2 * bilinear(q1.longitudinal(), t, q2.mean());
        double shift2 = -2 * bilinear(q1.mean(), t, q2.longitudinal());
        return new DipolarCoupling(0.5 * re, jz, 0.5 * im, shift1, shift2);
    }

    /**
     * The dipolar tensor 𝒯 = J_dd(1 − 3r̂r̂), J_dd = μ0γ²ħ/(4πr³).
     *
     * @param r the separation (m)
     * @return 𝒯 (rad/s)
     * @throws InvalidInputException at r = 0
     */
    public static double[][] tensor(double[] r) {
        double len = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
        if (!(len > 0)) {
            throw new InvalidInputException("separation", "separation = 0 m with the direct dipolar coupling on: two NV"
                    + " centres cannot sit at the same point (use --no-direct-dipolar for the medium alone)");
        }
        double g = PhysicalConstants.NV_GYROMAGNETIC_RATIO;
        double jdd = PhysicalConstants.VACUUM_PERMEABILITY * g * g * PhysicalConstants.HBAR
                / (4 * Math.PI * len * len * len);
        double[][] t = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                t[a][b] = jdd * ((a == b ? 1 : 0) - 3 * r[a] * r[b] / (len * len));
            }
        }
        return t;
    }

    /**
     * A warning when the separation is below the point-dipole limit.
     *
     * @param distance |r| (m)
     * @return the warning, or null
     */
    public static String warning(double distance) {
        return distance > 0 && distance < POINT_DIPOLE_LIMIT ? String.format(Locale.ROOT, "separation %.3g nm is below"
                + " 1 nm: the point-dipole form of the direct NV-NV coupling is not reliable there", distance * 1e9)
                : null;
    }

    private static double bilinear(double[] u, double[][] t, double[] v) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                s += u[a] * t[a][b] * v[b];
            }
        }
        return s;
    }
}
