package org.magent.app.input;

import org.apache.commons.math3.complex.Complex;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;
import org.magent.validation.InvalidInputException;

/**
 * Parses {@code --initial}: a named state ({@code uu, ud, du, dd, singlet, triplet0}) or four
 * comma-separated complex amplitudes of uu, ud, du, dd (normalised here; all zero is refused).
 */
public final class InitialState {

    private static final String OPTION = "initial";
    private static final String UNIT = "amplitude, dimensionless";

    private InitialState() {
    }

    /**
     * Parses the initial two-qubit state.
     *
     * @param text a state name or four amplitudes, e.g. {@code ud} or {@code 1,0,0,1i}
     * @return the (normalised, pure) density matrix
     * @throws InvalidInputException for an unknown name, a wrong number of amplitudes, a malformed amplitude
     *     or all-zero amplitudes
     */
    public static DensityMatrix parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.contains(",")) {
            try {
                return NamedState.parse(s).density();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(OPTION, "--initial: " + e.getMessage()
                        + ", or give four amplitudes uu,ud,du,dd", e);
            }
        }
        String[] parts = s.split(",", -1);
        if (parts.length != DensityMatrix.DIM) {
            throw new InvalidInputException(OPTION, "--initial '" + s + "' has " + parts.length
                    + " amplitudes; give four (uu,ud,du,dd)");
        }
        double[] re = new double[DensityMatrix.DIM];
        double[] im = new double[DensityMatrix.DIM];
        for (int k = 0; k < DensityMatrix.DIM; k++) {
            Complex z = Numbers.complex(OPTION + " amplitude " + DensityMatrix.BASIS[k], parts[k], UNIT);
            re[k] = z.getReal();
            im[k] = z.getImaginary();
        }
        try {
            return DensityMatrix.pure(re, im);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(OPTION, "--initial '" + s + "': " + e.getMessage(), e);
        }
    }
}
