package org.magent.app.sweep;

import java.util.Objects;
import java.util.Optional;
import org.magent.bath.NvPairBath;

/**
 * The columns of one sweep point (all in the scenario's units). {@code NaN} marks a value that is undefined
 * (a ratio to a zero rate, or dynamics skipped for an unstable bath) and is written as an empty CSV cell and
 * JSON null; {@code +∞} (a lifetime or the time of a maximum reached only as t → ∞) as "inf" and JSON null.
 *
 * @param separation r (length)
 * @param axis2 the value of the second axis, NaN without one
 * @param a local emission rate a (rate)
 * @param aTilde local absorption rate ã (rate)
 * @param couplingRatio |A|/a (1)
 * @param couplingTildeRatio |Ã|/ã (1)
 * @param jPerpRatio J⊥/a (1)
 * @param dmiRatio D/a (1)
 * @param maxConcurrence the largest concurrence of the unmonitored evolution from ρ0 (1)
 * @param timeOfMax when it is reached (time)
 * @param concurrenceAtTimes the concurrence at each of the scenario's times (1)
 * @param steadyConcurrence the concurrence of the steady state reached from ρ0 (1)
 * @param lifetime the entanglement lifetime τ (time)
 * @param bellFidelity the postselected Bell fidelity at the postselection time (1)
 * @param postselectedConcurrence the postselected concurrence at that time (1)
 * @param successProbability the no-jump probability at that time (1)
 * @param regime the postselected regime (PT_EXACT, EXCEPTIONAL_POINT, PT_BROKEN), or "" when skipped
 * @param stable whether medium and bath are stable (BathReport)
 * @param direction the in-plane direction of the separation from x̂ (rad); 0 for qubits coupled by contact
 * @param nv the NV bath of this point (coefficients, medium and direct parts, shifts, Markov ratios), or empty for
 *     qubits coupled by contact
 */
public record PointResult(double separation, double axis2, double a, double aTilde, double couplingRatio,
        double couplingTildeRatio, double jPerpRatio, double dmiRatio, double maxConcurrence, double timeOfMax,
        double[] concurrenceAtTimes, double steadyConcurrence, double lifetime, double bellFidelity,
        double postselectedConcurrence, double successProbability, String regime, boolean stable,
        double direction, Optional<NvPairBath.Point> nv) {

    /** Validates presence; copies the array. */
    public PointResult {
        concurrenceAtTimes = Objects.requireNonNull(concurrenceAtTimes, "concurrenceAtTimes").clone();
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(nv, "nv");
    }

    /**
     * A point of qubits coupled by contact (separation along x).
     *
     * @param separation r (length)
     * @param axis2 the value of the second axis, NaN without one
     * @param a local emission rate a (rate)
     * @param aTilde local absorption rate ã (rate)
     * @param couplingRatio |A|/a (1)
     * @param couplingTildeRatio |Ã|/ã (1)
     * @param jPerpRatio J⊥/a (1)
     * @param dmiRatio D/a (1)
     * @param maxConcurrence the largest concurrence of the unmonitored evolution from ρ0 (1)
     * @param timeOfMax when it is reached (time)
     * @param concurrenceAtTimes the concurrence at each of the scenario's times (1)
     * @param steadyConcurrence the concurrence of the steady state reached from ρ0 (1)
     * @param lifetime the entanglement lifetime τ (time)
     * @param bellFidelity the postselected Bell fidelity at the postselection time (1)
     * @param postselectedConcurrence the postselected concurrence at that time (1)
     * @param successProbability the no-jump probability at that time (1)
     * @param regime the postselected regime, or ""
     * @param stable whether medium and bath are stable
     */
    public PointResult(double separation, double axis2, double a, double aTilde, double couplingRatio,
            double couplingTildeRatio, double jPerpRatio, double dmiRatio, double maxConcurrence, double timeOfMax,
            double[] concurrenceAtTimes, double steadyConcurrence, double lifetime, double bellFidelity,
            double postselectedConcurrence, double successProbability, String regime, boolean stable) {
        this(separation, axis2, a, aTilde, couplingRatio, couplingTildeRatio, jPerpRatio, dmiRatio, maxConcurrence,
                timeOfMax, concurrenceAtTimes, steadyConcurrence, lifetime, bellFidelity, postselectedConcurrence,
                successProbability, regime, stable, 0, Optional.empty());
    }

    /**
     * This point as one of NV centres above a film.
     *
     * @param directionAngle the in-plane direction of the separation (rad)
     * @param point the NV bath of the point
     * @return the point with its NV data
     */
    public PointResult withNv(double directionAngle, NvPairBath.Point point) {
        return new PointResult(separation, axis2, a, aTilde, couplingRatio, couplingTildeRatio, jPerpRatio, dmiRatio,
                maxConcurrence, timeOfMax, concurrenceAtTimes, steadyConcurrence, lifetime, bellFidelity,
                postselectedConcurrence, successProbability, regime, stable, directionAngle,
                Optional.of(point));
    }

    @Override
    public double[] concurrenceAtTimes() {
        return concurrenceAtTimes.clone();
    }
}
