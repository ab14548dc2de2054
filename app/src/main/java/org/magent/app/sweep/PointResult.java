package org.magent.app.sweep;

import java.util.Objects;

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
 */
public record PointResult(double separation, double axis2, double a, double aTilde, double couplingRatio,
        double couplingTildeRatio, double jPerpRatio, double dmiRatio, double maxConcurrence, double timeOfMax,
        double[] concurrenceAtTimes, double steadyConcurrence, double lifetime, double bellFidelity,
        double postselectedConcurrence, double successProbability, String regime, boolean stable) {

    /** Validates presence; copies the array. */
    public PointResult {
        concurrenceAtTimes = Objects.requireNonNull(concurrenceAtTimes, "concurrenceAtTimes").clone();
        Objects.requireNonNull(regime, "regime");
    }

    @Override
    public double[] concurrenceAtTimes() {
        return concurrenceAtTimes.clone();
    }
}
