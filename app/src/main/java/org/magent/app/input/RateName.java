package org.magent.app.input;

import java.util.Arrays;
import java.util.List;

/**
 * The names under which explicit master-equation coefficients are given on the command line and in
 * batch CSV headers (issue #2 §3). Names are case-sensitive: {@code a} and {@code A} differ.
 * All are in natural units (energy); {@code A}, {@code At} and {@code Dd} are complex.
 */
public enum RateName {
    /** Local relaxation a (Eq. 4). */
    a(false),
    /** Local excitation ã. */
    at(false),
    /** Dissipative coupling A (complex). */
    A(true),
    /** Dissipative coupling Ã (complex). */
    At(true),
    /** Local dephasing d. */
    d(false),
    /** Correlated dephasing 𝔇 (complex). */
    Dd(true),
    /** XY coupling J⊥. */
    Jperp(false),
    /** Ising coupling Jz. */
    Jz(false),
    /** Dzyaloshinskii–Moriya coupling D. */
    D(false),
    /** Field of qubit 1, Δ1. */
    Delta1(false),
    /** Field of qubit 2, Δ2. */
    Delta2(false);

    /** The unit every rate is given in. */
    public static final String UNIT = "natural units, energy";

    private final boolean complex;

    RateName(boolean complex) {
        this.complex = complex;
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
