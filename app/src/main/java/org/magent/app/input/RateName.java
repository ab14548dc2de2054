package org.magent.app.input;

import java.util.Arrays;
import java.util.List;
import org.magent.app.units.QuantityKind;

/**
 * The names under which explicit master-equation coefficients are given on the command line and in
 * batch CSV headers. Names are case-sensitive: {@code a} and {@code A} differ.
 * Bare numbers are in natural units (energy); a value may carry a unit (rates a, at, A, At, d, Dd: 1/s, Hz, eV…;
 * couplings and fields Jperp, Jz, D, Delta1, Delta2: eV, GHz, K, mT…). {@code A}, {@code At} and {@code Dd} are complex.
 */
public enum RateName {
    /** Local relaxation a (Eq. 4). */
    a(false, QuantityKind.RATE),
    /** Local excitation ã. */
    at(false, QuantityKind.RATE),
    /** Dissipative coupling A (complex). */
    A(true, QuantityKind.RATE),
    /** Dissipative coupling Ã (complex). */
    At(true, QuantityKind.RATE),
    /** Local dephasing d. */
    d(false, QuantityKind.RATE),
    /** Correlated dephasing 𝔇 (complex). */
    Dd(true, QuantityKind.RATE),
    /** XY coupling J⊥. */
    Jperp(false, QuantityKind.ENERGY),
    /** Ising coupling Jz. */
    Jz(false, QuantityKind.ENERGY),
    /** Dzyaloshinskii–Moriya coupling D. */
    D(false, QuantityKind.ENERGY),
    /** Field of qubit 1, Δ1. */
    Delta1(false, QuantityKind.ENERGY),
    /** Field of qubit 2, Δ2. */
    Delta2(false, QuantityKind.ENERGY);

    /** The unit every rate is given in. */
    public static final String UNIT = "natural units, energy";

    private final boolean complex;
    private final QuantityKind kind;

    RateName(boolean complex, QuantityKind kind) {
        this.complex = complex;
        this.kind = kind;
    }

    /**
     * The kind of quantity, which decides the units the value may carry.
     *
     * @return {@link QuantityKind#RATE} for a, at, A, At, d, Dd; {@link QuantityKind#ENERGY} for the others
     */
    public QuantityKind kind() {
        return kind;
    }

    /**
     * Whether the value is complex ({@code x+yi}).
     *
     * @return true for A, At, Dd
     */
    public boolean isComplex() {
        return complex;
    }

    /**
     * All names in their canonical order.
     *
     * @return the names as typed by the user
     */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
