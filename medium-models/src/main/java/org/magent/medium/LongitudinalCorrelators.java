package org.magent.medium;

import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;
import org.magent.validation.Checks;

/**
 * The longitudinal (S^z S^z) correlators at zero frequency between the two qubit sites, from which the
 * Ising coupling and the pure dephasing follow (paper Eq. S29, S32, S33):
 * <pre>
 * Jz = λ² retardedSymmetric,   d = (λ²/2) greaterLocal,   𝔇 = (λ²/2) greaterCross
 * </pre>
 *
 * @param retardedSymmetric [G^R_{S1z S2z}(0) + G^R_{S2z S1z}(0)]/2, real (natural units, 1/energy)
 * @param greaterLocal i G^>_{S1z S1z}(0), the zero-frequency S^z noise at one site, real and ≥ 0 in
 *     equilibrium (natural units, 1/energy)
 * @param greaterCross i G^>_{S1z S2z}(0), the zero-frequency cross noise (complex, natural units, 1/energy)
 */
public record LongitudinalCorrelators(double retardedSymmetric, double greaterLocal, Complex greaterCross) {

    private static final String UNIT = "natural units, 1/energy";

    /** Validates: every number finite. */
    public LongitudinalCorrelators {
        Checks.finite("GzzR", retardedSymmetric, UNIT);
        Checks.finite("GzzLocal", greaterLocal, UNIT);
        Objects.requireNonNull(greaterCross, "greaterCross");
        Checks.finite("GzzCross.re", greaterCross.getReal(), UNIT);
        Checks.finite("GzzCross.im", greaterCross.getImaginary(), UNIT);
    }

    /**
     * The longitudinal correlators of a ferromagnet fully polarised along +z, as far as they are known without
     * a two-magnon calculation: at T = 0 the ground state is an eigenstate of every S^z(x), so every connected
     * S^z S^z correlator, and with it Jz, d and 𝔇, vanishes exactly (also beyond linear spin-wave theory);
     * at T &gt; 0 they come from thermal two-magnon processes, which are not computed.
     *
     * @param temperature T ≥ 0 (natural units, energy)
     * @return zeros at T = 0, empty (not computed) at T &gt; 0
     */
    public static Optional<LongitudinalCorrelators> polarisedFerromagnet(double temperature) {
        return temperature == 0 ? Optional.of(new LongitudinalCorrelators(0, 0, Complex.ZERO)) : Optional.empty();
    }
}
