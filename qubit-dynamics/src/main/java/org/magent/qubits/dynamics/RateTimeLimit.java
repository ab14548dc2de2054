package org.magent.qubits.dynamics;

import org.magent.masterequation.BathParameters;

/**
 * The largest product of a coefficient of the master equation and a time that the exact propagators resolve.
 *
 * <p>exp(L·t) is backward stable: a mode's rate carries an absolute error ~1e-16·‖L‖, so its amplitude at time t is
 * off by a relative ~1e-16·‖L‖·t (‖L‖ is a few times the largest coefficient). At rate × time = 1e12 that is
 * ~1e-4 (a = |A| from |↑↓⟩: 7e-5, RateTimeLimitTest); some decades further the scaling and squaring of exp(L·t) raises the round-off of a stationary mode to a
 * power beyond double range (NaN). 1e12 still covers every time scale a run can resolve: stiffness (largest over
 * slowest rate) up to 1e10 for a hundred lifetimes of the slowest mode, e.g. an NV at 1.8e10 rad/s for 50 s.
 */
public final class RateTimeLimit {

    /** The largest product of the largest coefficient and the final time (dimensionless). */
    public static final double MAX_PRODUCT = 1e12;

    /** The coefficients' names, in the order {@link #largest} reads them (it runs once per batch case). */
    private static final String[] NAMES = {"a", "at", "A", "At", "Jperp", "Jz", "D", "d", "Dd", "a2", "at2", "d2",
        "Delta1", "Delta2"};

    private RateTimeLimit() {
    }

    /**
     * The coefficient of largest modulus and its name as typed in {@code --rates}.
     *
     * @param name a, at, A, At, Jperp, Jz, D, d, Dd, a2, at2, d2, Delta1 or Delta2
     * @param value its modulus (natural units, energy)
     */
    public record Largest(String name, double value) {
    }

    /**
     * The coefficient of the model with the largest modulus: bath coefficients and fields Δ1, Δ2.
     *
     * @param model the system
     * @return its name and modulus (natural units, energy); "a" with 0 if all vanish
     */
    public static Largest largest(TwoQubitModel model) {
        BathParameters b = model.bath();
        double[] values = {b.a(), b.aTilde(), b.coupling().abs(), b.couplingTilde().abs(), b.jPerp(), b.jz(),
            b.dmi(), b.dephasing(), b.dephasingCoupling().abs(), b.a2(), b.aTilde2(), b.dephasing2(),
            model.fields().delta1(), model.fields().delta2()};
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (Math.abs(values[k]) > Math.abs(values[best])) {
                best = k;
            }
        }
        return new Largest(NAMES[best], Math.abs(values[best]));
    }

    /**
     * Whether the largest coefficient times t exceeds {@link #MAX_PRODUCT}.
     *
     * @param model the system
     * @param t a time (natural units, time = 1/energy), ≥ 0
     * @return true if the product exceeds the limit (or overflows)
     */
    public static boolean exceeded(TwoQubitModel model, double t) {
        return largest(model).value() * t > MAX_PRODUCT;
    }
}
