package org.magent.app.batch;

import org.magent.validation.InvalidInputException;

/**
 * One rule for the units of a batch: every rate, energy and time (the cells and {@code --t-max}) carries a
 * physical unit, or none does. A bare number is in natural units, a value with a unit is converted to rad/s
 * (or s), so a mix would silently combine different units; it is refused, naming the row, column and value of
 * the first value that breaks the rule. A bare zero is zero in every unit and never counts.
 *
 * <p>The rule is fixed by the first value that is not a bare zero: {@code --t-max}, else the cells in file
 * order.
 */
final class UnitRule {

    /** Whether a value carries a unit. */
    enum Kind {
        /** A bare number (natural units). */
        BARE,
        /** A number with a physical unit. */
        UNIT
    }

    private final Kind kind;
    private final String origin;

    private UnitRule(Kind kind, String origin) {
        this.kind = kind;
        this.origin = origin;
    }

    /**
     * The rule fixed by a value.
     *
     * @param kind whether that value carries a unit
     * @param origin the value and where it is, e.g. {@code --t-max 2us} or {@code row 1, column a ('1GHz')}
     * @return the rule
     */
    static UnitRule of(Kind kind, String origin) {
        return new UnitRule(kind, origin);
    }

    /**
     * Classifies a value text without converting it.
     *
     * @param text the value, trimmed
     * @param complex whether the column is complex
     * @return null for a bare zero, else whether it carries a unit (unparseable text counts as a unit: the parse
     *     of that cell then reports it)
     */
    static Kind classify(String text, boolean complex) {
        double[] z = new double[2];
        boolean bare = complex ? BareNumbers.complex(text, z) : !Double.isNaN(z[0] = BareNumbers.real(text));
        if (bare) {
            return z[0] == 0.0 && z[1] == 0.0 ? null : Kind.BARE;
        }
        return org.magent.app.input.Numbers.hasUnit(text) ? Kind.UNIT : Kind.BARE;
    }

    /**
     * Checks one value against the rule.
     *
     * @param kind the value's kind, null for a bare zero
     * @param column the column name
     * @param text the value
     * @throws InvalidInputException naming the column and value when it breaks the rule
     */
    void check(Kind kind, String column, String text) {
        if (kind == null || kind == this.kind) {
            return;
        }
        String what = kind == Kind.BARE ? "'" + text + "' is a bare number (natural units) but " + origin
                + " carries a unit" : "'" + text + "' carries a unit but " + origin + " is a bare number (natural units)";
        throw new InvalidInputException(column, what + "; give every rate, energy and time with a unit, or none"
                + " (a bare 0 is allowed)");
    }
}
