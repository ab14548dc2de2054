package org.magent.medium;

import org.magent.validation.Checks;

/**
 * The vector r from qubit 1 (at the origin) to qubit 2 (medium length unit; lattice constants on a lattice).
 *
 * @param x component along x (medium length unit)
 * @param y component along y (medium length unit)
 * @param z component along z (medium length unit)
 */
public record Separation(double x, double y, double z) {

    private static final String UNIT = "medium length unit";

    /** Validates: every component finite. */
    public Separation {
        Checks.finite("separation.x", x, UNIT);
        Checks.finite("separation.y", y, UNIT);
        Checks.finite("separation.z", z, UNIT);
    }

    /**
     * A separation along the x axis.
     *
     * @param x the distance along x (medium length unit)
     * @return the separation (x, 0, 0)
     */
    public static Separation alongX(double x) {
        return new Separation(x, 0, 0);
    }

    /**
     * The length |r|.
     *
     * @return the Euclidean length (medium length unit)
     */
    public double length() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /**
     * The opposite vector −r.
     *
     * @return the separation pointing from qubit 2 to qubit 1
     */
    public Separation negate() {
        return new Separation(-x, -y, -z);
    }

    /**
     * The vector as written in messages, e.g. "(1.0, 0.0, 0.0)".
     *
     * @return a human-readable form
     */
    public String text() {
        return "(" + x + ", " + y + ", " + z + ")";
    }
}
