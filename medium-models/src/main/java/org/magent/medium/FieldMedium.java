package org.magent.medium;

import java.util.List;
import org.magent.validation.InvalidInputException;

/**
 * A medium whose qubits couple to a vector field B(x) outside it, such as the stray magnetic field above a
 * magnetic film, rather than by contact to its spin density. It provides the retarded correlator tensor
 * G^R_{B_a(x_i) B_b(x_j)}(ω) between points in a plane at a height above it; a qubit with transition vector s
 * (the matrix element of its coupling between its two levels) sees g_ij = s_i*·G·s_j.
 */
public interface FieldMedium extends Medium {

    /**
     * The field correlators at frequency ω between points at heights h_i and h_j above the medium, for
     * separations ρ r̂ along one in-plane direction, all at once.
     *
     * @param omega ω (rad/s), ≥ 0
     * @param height1 the height of the first point (m), &gt; 0
     * @param height2 the height of the second point (m), &gt; 0
     * @param directionAngle the direction of r̂ from x̂ (rad)
     * @param distances ρ ≥ 0 for every separation (m)
     * @param relativeTolerance the accuracy to reach, relative to the local correlator
     * @return the correlators (T² s)
     * @throws InvalidInputException when the accuracy cannot be reached (the message says why)
     */
    FieldCorrelators fieldCorrelators(double omega, double height1, double height2, double directionAngle,
            double[] distances, double relativeTolerance);

    /**
     * The zero-frequency slope ∂G^R/∂ω at ω = 0 of the field correlators (T² s²), from which the pure dephasing
     * follows (iG^&gt;(0) = k_BT/ħ · i[∂G_ij − ∂G_ji*]).
     *
     * @param height1 the height of the first point (m)
     * @param height2 the height of the second point (m)
     * @param directionAngle the direction of r̂ (rad)
     * @param distances ρ for every separation (m)
     * @param relativeTolerance the accuracy to reach
     * @return the slopes
     */
    FieldCorrelators zeroFrequencySlope(double height1, double height2, double directionAngle, double[] distances,
            double relativeTolerance);

    /**
     * The time and frequency scales of the medium at a frequency, against which the Born–Markov approximation of the
     * paper is judged: the linewidth of its excitations, the distance of ω from the edge of their band, and their
     * group velocity along a direction.
     *
     * @param omega ω (rad/s)
     * @param directionAngle the in-plane direction (rad)
     * @return the scales
     */
    MarkovScales markovScales(double omega, double directionAngle);

    /**
     * Scales of the medium that set its memory time.
     *
     * @param linewidth the damping rate of the resonant excitations, e.g. αω for Gilbert damping (rad/s)
     * @param bandEdgeDistance |ω − ω_band bottom| (rad/s)
     * @param groupVelocity the group velocity of the resonant excitations along the direction (m/s); the smallest over
     *     the resonance when none propagates exactly along it, 0 when ω is outside the band
     */
    record MarkovScales(double linewidth, double bandEdgeDistance, double groupVelocity) {
    }

    /**
     * A field medium has no contact correlators: its qubits must be given as field probes (NV centres).
     *
     * @throws InvalidInputException always
     */
    @Override
    default List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
        throw new InvalidInputException("nv", name() + " couples to qubits through its stray magnetic field, not"
                + " by contact: give NV centres with --nv instead of --qubits");
    }
}
