package org.magent.qubits.dynamics;

import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;

/**
 * Regime classification from the no-jump Hamiltonian in the single-excitation sector {|↑↓⟩, |↓↑⟩}:
 * <pre>
 * H_nh = [[−δ − Jz − iκ, 2g − iB*], [2g* − iB, δ − Jz − iκ]],   g = J⊥ + iD,  B = A + Ã,  κ = a + ã + 2d − 2Re𝔇
 * eigenvalues −Jz − iκ ± √disc,   disc = δ² + 4|g|² − |B|² − 4i Re(gB)
 * </pre>
 * (Eq. (12)-(15) generalised; with J⊥ = D = 0 disc = δ² − Γ² for real, equal-phase A, Ã, Γ = |A| + |Ã|.)
 * With different local terms per qubit the diagonal decay constants of |↑↓⟩ and |↓↑⟩ are κ_↑↓ = ã_1 + a_2 + d_1 + d_2
 * − 2Re𝔇 and κ_↓↑ = a_1 + ã_2 + d_1 + d_2 − 2Re𝔇; then κ is their mean and δ becomes δ + iε, ε = (κ_↑↓ − κ_↓↑)/2, so
 * disc = (δ + iε)² + 4|g|² − |B|² − 4i Re(gB).
 *
 * <p>The exceptional point / critical damping is disc = 0 within a relative tolerance
 * {@link #RELATIVE_TOLERANCE}: |disc| ≤ 1e-9·(δ² + 4|g|² + |B|²). With all three terms zero (uncoupled qubits at
 * equal fields) disc = 0 exactly: the coherence equation of S55 is then critically damped (double root −2a),
 * so that case is reported as CRITICAL / EXCEPTIONAL_POINT although H_nh is then ∝ 1 rather than defective.
 *
 * <p>Unmonitored regime: at T = 0 the single-excitation coherences evolve with the same H_nh (Eq. (8)-(9)); the
 * charge-0 Lindbladian block is triangular with eigenvalues −4a (from |↓↓⟩), 0 (|↑↑⟩) and −i(E_i − E_j*), so
 * real √disc gives the oscillating pair −2κ ± 2i√disc (underdamped), imaginary √disc the split real rates
 * −2κ ± 2|√disc| (overdamped). At T &gt; 0 we keep the same definition (κ and B then include ã and Ã), which is
 * exact for postselection but only indicative without monitoring: ã feeds |↓↓⟩ back into the sector, and the
 * charge-0 Lindbladian block starts to oscillate at a smaller δ (e.g. a = |A| = 1, ã = |Ã| = 0.3: at δ ≈ 0.73Γ
 * instead of Γ = 1.3; see RegimesTest).
 */
public final class Regimes {

    /** Relative tolerance of the test disc = 0 (fraction of δ² + 4|g|² + |B|²). */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private Regimes() {
    }

    /**
     * The discriminant disc = δ² + 4|g|² − |B|² − 4i Re(gB) of H_nh in the single-excitation sector.
     *
     * @param m the system
     * @return disc (natural units, energy²)
     */
    public static Complex discriminant(TwoQubitModel m) {
        double[] d = scaledDiscriminant(m, 0);
        return new Complex(d[0], d[1]);
    }

    /**
     * disc·2^(−2k) and its tolerance scale δ² + ε² + 4|g|² + |B|² (also ×2^(−2k)), computed from the inputs scaled by
     * 2^(−k): exact powers of two, so that the ratio disc/scale is the same for any k while huge rates do not
     * overflow. Returns {Re, Im, scale}.
     */
    private static double[] scaledDiscriminant(TwoQubitModel m, int k) {
        BathParameters b = m.bath();
        double delta = Math.scalb(m.fields().detuning(), -k);
        double gr = Math.scalb(b.jPerp(), -k);
        double gi = Math.scalb(b.dmi(), -k);
        Complex bb = b.coupling().add(b.couplingTilde());
        double br = Math.scalb(bb.getReal(), -k);
        double bi = Math.scalb(bb.getImaginary(), -k);
        double eps = Math.scalb(0.5 * ((b.aTilde() + b.a2()) - (b.a() + b.aTilde2())), -k);
        double g2 = gr * gr + gi * gi;
        double b2 = br * br + bi * bi;
        double reGb = gr * br - gi * bi;
        double scale = delta * delta + eps * eps + 4 * g2 + b2;
        return new double[] {delta * delta - eps * eps + 4 * g2 - b2, 2 * delta * eps - 4 * reGb, scale};
    }

    /**
     * The decay constant κ = a + ã + 2d − 2Re𝔇 of the single-excitation sector (both eigenvalues of H_nh have
     * imaginary part −κ ± Im√disc); with different local terms, κ = (a_1 + a_2 + ã_1 + ã_2)/2 + d_1 + d_2 − 2Re𝔇.
     *
     * @param m the system
     * @return κ (natural units, energy)
     */
    public static double kappa(TwoQubitModel m) {
        BathParameters b = m.bath();
        return 0.5 * (b.a() + b.a2() + b.aTilde() + b.aTilde2()) + b.dephasing() + b.dephasing2()
                - 2 * b.dephasingCoupling().getReal();
    }

    /**
     * The two eigenvalues −Jz − iκ ± √disc of H_nh in the single-excitation sector (principal square root).
     *
     * @param m the system
     * @return {E₊, E₋} (natural units, energy)
     */
    public static Complex[] singleExcitationEigenvalues(TwoQubitModel m) {
        Complex centre = new Complex(-m.bath().jz(), -kappa(m));
        Complex root = discriminant(m).sqrt();
        return new Complex[] {centre.add(root), centre.subtract(root)};
    }

    /**
     * The unmonitored damping regime (Eq. (8)-(9), S55 generalised): UNDERDAMPED when disc is real and
     * positive, CRITICAL when disc = 0 (relative tolerance), OVERDAMPED otherwise. At T = 0, J⊥ = D = 0 this is
     * δ &gt; |A|, δ = |A|, δ &lt; |A|.
     *
     * @param m the system
     * @return the regime
     */
    public static UnmonitoredRegime unmonitored(TwoQubitModel m) {
        return switch (classify(m)) {
            case 1 -> UnmonitoredRegime.UNDERDAMPED;
            case 0 -> UnmonitoredRegime.CRITICAL;
            default -> UnmonitoredRegime.OVERDAMPED;
        };
    }

    /**
     * The postselected phase (Eq. (14)-(15) generalised): PT_EXACT when disc is real and positive (equal imaginary,
     * distinct real parts), EXCEPTIONAL_POINT when disc = 0 (relative tolerance), PT_BROKEN otherwise. With
     * J⊥ = D = 0 and A, Ã of equal phase this is δ &gt; Γ, δ = Γ, δ &lt; Γ, Γ = |A| + |Ã|.
     *
     * @param m the system
     * @return the phase
     */
    public static PostselectedRegime postselected(TwoQubitModel m) {
        return switch (classify(m)) {
            case 1 -> PostselectedRegime.PT_EXACT;
            case 0 -> PostselectedRegime.EXCEPTIONAL_POINT;
            default -> PostselectedRegime.PT_BROKEN;
        };
    }

    /** 1: disc real positive; 0: disc ≈ 0; −1: otherwise. Scale-free: huge rates do not overflow. */
    private static int classify(TwoQubitModel m) {
        BathParameters b = m.bath();
        Complex bb = b.coupling().add(b.couplingTilde());
        double largest = Math.max(Math.max(Math.abs(m.fields().detuning()),
                Math.abs(0.5 * ((b.aTilde() + b.a2()) - (b.a() + b.aTilde2())))),
                Math.max(Math.max(Math.abs(b.jPerp()), Math.abs(b.dmi())),
                        Math.max(Math.abs(bb.getReal()), Math.abs(bb.getImaginary()))));
        // scale by a power of two so that the largest input is of order 1: exact, so the verdict is unchanged
        // wherever the unscaled squares neither overflow nor underflow
        int k = largest > 0 ? Math.getExponent(largest) : 0;
        double[] d = scaledDiscriminant(m, k);
        double tol = RELATIVE_TOLERANCE * d[2];
        if (new Complex(d[0], d[1]).abs() <= tol) {
            return 0;
        }
        if (Math.abs(d[1]) <= tol && d[0] > 0) {
            return 1;
        }
        return -1;
    }
}
