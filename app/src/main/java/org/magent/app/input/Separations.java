package org.magent.app.input;

import org.magent.medium.Separation;
import org.magent.validation.InvalidInputException;

/** Parses {@code --separation}: a length along x, or a vector {@code x,y,z} (medium length unit). */
public final class Separations {

    private static final String UNIT = "medium length unit";

    private Separations() {
    }

    /**
     * Parses a separation.
     *
     * @param text {@code 2.0} (along x) or {@code 3,1,0}
     * @return the separation vector from qubit 1 to qubit 2
     * @throws InvalidInputException for a malformed or non-finite component or a count other than 1 or 3
     */
    public static Separation parse(String text) {
        String s = text == null ? "" : text.strip();
        String[] parts = s.split(",", -1);
        if (parts.length == 1) {
            return new Separation(Numbers.real("separation", parts[0], UNIT), 0, 0);
        }
        if (parts.length != 3) {
            throw new InvalidInputException("separation", "separation = '" + s + "' (" + UNIT
                    + ") must be a length along x or a vector x,y,z");
        }
        return new Separation(Numbers.real("separation x", parts[0], UNIT),
                Numbers.real("separation y", parts[1], UNIT), Numbers.real("separation z", parts[2], UNIT));
    }
}
