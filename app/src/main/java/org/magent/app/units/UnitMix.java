package org.magent.app.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.magent.validation.InvalidInputException;

/**
 * The one rule for inputs with and without units, shared by every command: either every dimensional input
 * carries a unit, or none does.
 *
 * <p>A bare number means natural units, in which any consistent choice works (say Δ = 1, r = 2); a number with
 * a unit is converted to magent's SI-based natural units (rad/s, m, s). Mixing the two would read the bare
 * numbers as rad/s and metres, which is almost never what was meant (|A|/a = 1 at "r = 10" metres next to
 * Δ = 2.87GHz, say), so a mix is refused with exit status 2 instead of being computed.
 *
 * <p>What never counts: dimensionless inputs (damping, dim, g-factor, spin, a transition or lattice choice,
 * initial-state amplitudes, counts), separations measured in lattice constants, and a bare zero (0 is 0 in
 * every unit). A dimensional input left at a non-zero default counts as bare: it is a natural-unit number.
 *
 * <p>Use: {@code new UnitMix("sweep").add("gap", "20mT", true, false)....requireConsistent()}.
 */
public final class UnitMix {

    /** How many names of each side a message lists before "and N more". */
    private static final int LISTED = 4;

    private final String context;
    private final List<String> withUnit = new ArrayList<>();
    private final List<String> bare = new ArrayList<>();
    private String firstBare;

    /**
     * Starts an empty collection of inputs.
     *
     * @param context what the inputs belong to, for the message, e.g. "sweep" or "--rates"
     */
    public UnitMix(String context) {
        this.context = context;
    }

    /**
     * Adds one dimensional input.
     *
     * @param name the parameter name as the user writes it, e.g. "gap" or "t-max"
     * @param text the value as typed (for the message)
     * @param hadUnit whether it carried a unit
     * @param zero whether its value is exactly 0 (a bare zero never counts)
     * @return this
     */
    public UnitMix add(String name, String text, boolean hadUnit, boolean zero) {
        String shown = name + "=" + (text == null ? "" : text.strip());
        if (hadUnit) {
            withUnit.add(shown);
        } else if (!zero) {
            if (firstBare == null) {
                firstBare = name;
            }
            bare.add(shown);
        }
        return this;
    }

    /**
     * One dimensional input and how it was given.
     *
     * @param name the parameter name as the user writes it
     * @param text the value as typed, or the default with " (default)"
     * @param hadUnit whether it carried a unit
     * @param zero whether its value is exactly 0
     */
    public record Input(String name, String text, boolean hadUnit, boolean zero) {
    }

    /**
     * Adds inputs collected elsewhere.
     *
     * @param inputs the inputs
     * @return this
     */
    public UnitMix addAll(Collection<Input> inputs) {
        inputs.forEach(i -> add(i.name(), i.text(), i.hadUnit(), i.zero()));
        return this;
    }

    /**
     * Adds one dimensional input parsed by {@link Quantities}.
     *
     * @param name the parameter name
     * @param text the value as typed
     * @param q the parsed value
     * @return this
     */
    public UnitMix add(String name, String text, ParsedQuantity q) {
        return add(name, text, q.hadUnit(), q.value() == 0);
    }

    /**
     * Adds a dimensional input that was not given and takes a default, which is a bare (natural-unit) number.
     *
     * @param name the parameter name
     * @param defaultText the default value
     * @param zero whether the default is 0 (then it does not count)
     * @return this
     */
    public UnitMix addDefault(String name, String defaultText, boolean zero) {
        return add(name, defaultText + " (default)", false, zero);
    }

    /**
     * Whether any input carried a unit, so that every number is in SI-based natural units (rad/s, m, s).
     *
     * @return true when some input had a unit
     */
    public boolean physicalUnits() {
        return !withUnit.isEmpty();
    }

    /**
     * Refuses a mix of inputs with and without units.
     *
     * @return whether the inputs carry units ({@link #physicalUnits()})
     * @throws InvalidInputException naming the first bare input, listing both sides, when some inputs carry
     *     units and others are bare non-zero numbers
     */
    public boolean requireConsistent() {
        if (!withUnit.isEmpty() && !bare.isEmpty()) {
            throw new InvalidInputException(firstBare, context + ": " + list(bare) + " " + (bare.size() == 1
                    ? "is a bare number" : "are bare numbers") + " (natural units) but " + list(withUnit)
                    + (withUnit.size() == 1 ? " carries a unit" : " carry units")
                    + "; give every dimensional input a unit, or none (dimensionless inputs such as"
                    + " damping, dim, gFactor or spin never take one)");
        }
        return physicalUnits();
    }

    /**
     * The rule for simple cases: the names with units and the bare names (non-zero) of one input set.
     *
     * @param context what the inputs belong to, for the message
     * @param withUnits the inputs that carry units, e.g. "a=1kHz"
     * @param bareInputs the non-zero inputs without units, e.g. "A=0.5"
     * @return whether the inputs carry units
     * @throws InvalidInputException when both lists are non-empty
     */
    public static boolean requireConsistent(String context, Collection<String> withUnits,
            Collection<String> bareInputs) {
        UnitMix mix = new UnitMix(context);
        withUnits.forEach(w -> mix.withUnit.add(w));
        for (String b : bareInputs) {
            if (mix.firstBare == null) {
                int eq = b.indexOf('=');
                mix.firstBare = eq > 0 ? b.substring(0, eq) : b;
            }
            mix.bare.add(b);
        }
        return mix.requireConsistent();
    }

    private static String list(List<String> names) {
        if (names.size() <= LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
    }
}
