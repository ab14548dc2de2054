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
        BathParameters b = m.bath();
        double delta = m.fields().detuning();
        Complex g = new Complex(b.jPerp(), b.dmi());
        Complex bb = b.coupling().add(b.couplingTilde());
        double g2 = g.getReal() * g.getReal() + g.getImaginary() * g.getImaginary();
        double b2 = bb.getReal() * bb.getReal() + bb.getImaginary() * bb.getImaginary();
        double reGb = g.getReal() * bb.getReal() - g.getImaginary() * bb.getImaginary();
        double eps = 0.5 * ((b.aTilde() + b.a2()) - (b.a() + b.aTilde2()));
        return new Complex(delta * delta - eps * eps + 4 * g2 - b2, 2 * delta * eps - 4 * reGb);
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

    /** 1: disc real positive; 0: disc ≈ 0; −1: otherwise. */
    private static int classify(TwoQubitModel m) {
        BathParameters b = m.bath();
        double delta = m.fields().detuning();
        Complex bb = b.coupling().add(b.couplingTilde());
        double eps = 0.5 * ((b.aTilde() + b.a2()) - (b.a() + b.aTilde2()));
        double scale = delta * delta + eps * eps + 4 * (b.jPerp() * b.jPerp() + b.dmi() * b.dmi())
                + bb.getReal() * bb.getReal() + bb.getImaginary() * bb.getImaginary();
        Complex disc = discriminant(m);
        double tol = RELATIVE_TOLERANCE * scale;
        if (disc.abs() <= tol) {
            return 0;
        }
        if (Math.abs(disc.getImaginary()) <= tol && disc.getReal() > 0) {
            return 1;
        }
        return -1;
    }
}
