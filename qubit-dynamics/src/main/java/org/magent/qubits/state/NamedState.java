package org.magent.qubits.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.magent.validation.InvalidInputException;

/**
 * Named two-qubit pure states in the basis uu, ud, du, dd (docs/physics.md; |u⟩ = |↑⟩ is σᶻ = +1).
 */
public enum NamedState {
    /** |↑↑⟩, the ground state for Δ1, Δ2 > 0. */
    UU(1, 0, 0, 0),
    /** |↑↓⟩, the initial state of Fig. 2 and 3 of the paper. */
    UD(0, 1, 0, 0),
    /** |↓↑⟩. */
    DU(0, 0, 1, 0),
    /** |↓↓⟩. */
    DD(0, 0, 0, 1),
    /** Singlet (|↑↓⟩ − |↓↑⟩)/√2, the dark state of Eq. (10). */
    SINGLET(0, 1, -1, 0),
    /** Triplet-0 (|↑↓⟩ + |↓↑⟩)/√2. */
    TRIPLET0(0, 1, 1, 0);

    private final DensityMatrix density;

    NamedState(double uu, double ud, double du, double dd) {
        this.density = DensityMatrix.pure(new double[] {uu, ud, du, dd}, new double[4]);
    }

    /**
     * The projector |ψ⟩⟨ψ| of this state.
     *
     * @return the density matrix (trace 1)
     */
    public DensityMatrix density() {
        return density;
    }

    /**
     * The state of the given name: uu, ud, du, dd, singlet or triplet0 (case-insensitive,
     * surrounding blanks ignored).
     *
     * @param name the name
     * @return the state
     * @throws InvalidInputException if the name is unknown; the message lists the valid names
     */
    public static NamedState parse(String name) {
        if (name != null) {
            String key = name.trim().toUpperCase(Locale.ROOT);
            for (NamedState s : values()) {
                if (s.name().equals(key)) {
                    return s;
                }
            }
        }
        throw new InvalidInputException("state", "state = '" + name + "' (name) is not a known state; valid names: "
                + validNames());
    }

    private static String validNames() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
