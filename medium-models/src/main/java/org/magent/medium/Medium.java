package org.magent.medium;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configured magnetic medium: the source of the two-site correlators from which the fluctuation–dissipation
 * layer ({@link org.magent.bath.FluctuationDissipation}) builds the bath parameters (docs/physics.md).
 */
public interface Medium {

    /**
     * The registered name of the medium model.
     *
     * @return the name, e.g. "ferromagnet"
     */
    String name();

    /**
     * Every parameter value in effect, defaults included, as text.
     *
     * @return parameter name to value text, in the order of the model's parameter list
     */
    Map<String, String> parameterValues();

    /**
     * The spatial dimension d of the medium.
     *
     * @return 1, 2 or 3
     */
    int dimension();

    /**
     * Whether the medium is a lattice (separations are lattice vectors, lengths in lattice constants).
     *
     * @return true for a lattice
     */
    boolean isLattice();

    /**
     * The retarded transverse correlators between the two qubit sites, for every separation at once
     * (paper Eq. S31, S33; docs/physics.md).
     *
     * @param omega the frequency ω, of either sign (natural units, energy)
     * @param separations the vectors r from qubit 1 to qubit 2 (medium length unit)
     * @return one correlator per separation, in the same order, each with the estimated relative accuracy of its
     *     values ({@link TwoSiteCorrelator#relativeAccuracy()})
     * @throws org.magent.validation.InvalidInputException when ω or a separation is outside what the medium
     *     can evaluate (the message names the parameter, value and unit)
     */
    List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations);

    /**
     * The longitudinal correlators at zero frequency (paper Eq. S29, S32, S33).
     *
     * @param temperature the temperature T (natural units, energy)
     * @param r the separation of qubit 2 from qubit 1 (medium length unit)
     * @return the correlators, or empty when the medium does not compute them (e.g. linear spin-wave theory,
     *     where S^z fluctuations are two-magnon processes)
     */
    Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r);

    /**
     * The medium's own stability: ω_k ≥ 0 for all k (docs/physics.md §6, level 1).
     *
     * @return the verdict, with a finding naming where and by how much the condition fails
     */
    StabilityReport stability();

    /**
     * What {@link #stability()} checks, in words, for the report of {@code magent stability}.
     *
     * @return by default "omega_k >= 0 for all k"; a medium without a band (a table of spectra) says what it checks
     */
    default String stabilityCondition() {
        return "omega_k >= 0 for all k";
    }

    /**
     * Whether Re g_11(ω), the real part of the local correlator, is finite, so that the Lamb shift
     * λ² Re G_11(Δ) can be reported (paper Eq. S31). The default: finite on lattices only (the continuum
     * real part diverges in d ≥ 2).
     *
     * @return true when the local real part is finite
     */
    default boolean hasFiniteLocalRealPart() {
        return isLattice();
    }

    /**
     * What a user of this medium should know that is neither an error nor an instability (e.g. a metastable
     * state, a limit taken at a degenerate point).
     *
     * @return notes, one line each; empty by default
     */
    default List<String> notes() {
        return List.of();
    }

    /**
     * The shortest separation at which the medium's model is valid: for a continuum, the spacing of its spins
     * (below it the continuum, and with it the 1/r divergence of the coherent coupling in d ≥ 2, is not physical).
     *
     * @return the length (medium length unit), 0 when the model holds at any separation
     */
    default double validityLength() {
        return 0;
    }
}
