package org.magent.medium.greens;

import org.magent.validation.Checks;

/**
 * The displacement ρ = x_i − x_j between the two sites at which a Green's function is evaluated.
 *
 * @param x component along x (medium length unit; lattice constants on lattices)
 * @param y component along y (medium length unit; lattice constants on lattices)
 * @param z component along z (medium length unit; lattice constants on lattices)
 */
public record Displacement(double x, double y, double z) {

    /** Requires finite components. */
    public Displacement {
        Checks.finite("separation.x", x, "medium length unit");
        Checks.finite("separation.y", y, "medium length unit");
        Checks.finite("separation.z", z, "medium length unit");
    }

    /**
     * Returns the Euclidean length |ρ|.
     *
     * @return the length (medium length unit)
     */
    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /**
     * Returns component {@code axis} (0 = x, 1 = y, 2 = z).
     *
     * @param axis the axis index, 0..2
     * @return the component (medium length unit)
     */
    public double component(int axis) {
        switch (axis) {
            case 0: return x;
            case 1: return y;
            case 2: return z;
            default: throw new IllegalArgumentException("axis " + axis + " is not 0, 1 or 2");
        }
    }

    /**
     * Requires that the displacement lies in a {@code dimension}-dimensional medium, i.e. that the components
     * beyond the medium's dimension are zero.
     *
     * @param dimension the medium's dimension, 1..3
     * @throws InvalidInputException naming "separation" if a component outside the medium is non-zero
     */
    void requireWithin(int dimension) {
        for (int axis = dimension; axis < 3; axis++) {
            if (component(axis) != 0) {
                throw new org.magent.validation.InvalidInputException("separation", "separation " + this
                        + " (medium length unit) has a non-zero component along axis " + axis
                        + ", outside the " + dimension + "-dimensional medium");
            }
        }
    }

    /**
     * Returns the integer lattice vector this displacement stands for (components beyond {@code dimension} are 0).
     *
     * @param dimension the lattice dimension, 1..3
     * @param lattice the lattice's name, for the message
     * @return the three signed integer components (lattice constants)
     * @throws InvalidInputException naming "separation" if a component is not an integer within 1e-9
     */
    /** A component as a person writes it: 7, 2.5, 1e+15. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT,
                "%.6g", v);
    }

    int[] latticeVector(int dimension, String lattice) {
        requireWithin(dimension);
        int[] n = new int[3];
        for (int axis = 0; axis < dimension; axis++) {
            double c = component(axis);
            double rounded = Math.rint(c);
            if (Math.abs(c - rounded) > 1e-9 || Math.abs(rounded) > 1e6) {
                String text = "(" + number(x) + ", " + number(y) + ", " + number(z) + ")";
                throw new org.magent.validation.InvalidInputException("separation", "separation " + text
                        + " (lattice constants) is not a lattice vector of the " + lattice + " lattice: component "
                        + number(c) + (Math.abs(c - rounded) > 1e-9 ? " is not an integer (within 1e-9)"
                        : " is beyond the largest lattice vector handled, 10^6 lattice constants"));
            }
            n[axis] = (int) rounded;
        }
        return n;
    }
}
