package org.magent.qubits.dynamics;

/**
 * Damping regime of the single-excitation coherence without monitoring (Eq. (8)-(9), S55): ẍ + 4aẋ + 4ω0'²x = 0
 * is underdamped, critically damped or overdamped. See {@link Regimes#unmonitored(TwoQubitModel)}.
 */
public enum UnmonitoredRegime {
    /** Oscillating decay: the single-excitation frequencies ±√disc are real and distinct (δ &gt; |A| in the paper). */
    UNDERDAMPED,
    /** Critical damping: disc = 0 (δ = |A| in the paper). */
    CRITICAL,
    /** Split decay rates: disc is not a positive real number (δ &lt; |A| in the paper). */
    OVERDAMPED
}
