package org.magent.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/** Parameter resolution: defaults, unknown names, ranges, NaN, choices. */
class ParameterValuesTest {

    private static final List<ParameterSpec> SPECS = List.of(
            new ParameterSpec("dim", "dimensionless", "3", 1, 3, List.of("1", "2", "3"), "dimension"),
            ParameterSpec.number("stiffness", "natural units, energy x length^2", 1, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "stiffness"),
            ParameterSpec.number("damping", "dimensionless", 0, 0, 1, "damping"),
            ParameterSpec.choice("lattice", "cubic", List.of("chain", "square", "cubic"), "lattice"));

    private static InvalidInputException rejected(Map<String, String> values) {
        return assertThrows(InvalidInputException.class, () -> ParameterValues.resolve("m", SPECS, values));
    }

    @Test
    void missingValuesTakeTheirDefaults() {
        ParameterValues v = ParameterValues.resolve("m", SPECS, Map.of("damping", " 0.25 "));
        assertEquals(3, v.number("dim"));
        assertEquals(1, v.number("stiffness"));
        assertEquals(0.25, v.number("damping"));
        assertEquals("cubic", v.choice("lattice"));
        assertEquals(List.of("dim", "stiffness", "damping", "lattice"), List.copyOf(v.asMap().keySet()));
    }

    @Test
    void unknownNameListsTheValidNames() {
        InvalidInputException e = rejected(Map.of("stifness", "2"));
        assertEquals("stifness", e.parameter());
        assertTrue(e.getMessage().contains("dim, stiffness, damping, lattice"), e.getMessage());
    }

    @Test
    void outOfRangeNamesParameterValueUnitAndRange() {
        InvalidInputException e = rejected(Map.of("damping", "1.5"));
        assertEquals("damping", e.parameter());
        assertTrue(e.getMessage().contains("damping = 1.5 (dimensionless)") && e.getMessage().contains("[0, 1]"),
                e.getMessage());
        InvalidInputException zero = rejected(Map.of("stiffness", "0"));
        assertTrue(zero.getMessage().contains("(natural units, energy x length^2)")
                && zero.getMessage().contains("(0, ∞)"), zero.getMessage());
    }

    @Test
    void nanInfinityAndTextAreRejected() {
        for (String bad : new String[] {"NaN", "Infinity", "abc", ""}) {
            InvalidInputException e = rejected(Map.of("damping", bad));
            assertEquals("damping", e.parameter(), bad);
        }
    }

    @Test
    void choicesAreCheckedAndNormalised() {
        assertEquals("square", ParameterValues.resolve("m", SPECS, Map.of("lattice", "SQUARE")).choice("lattice"));
        InvalidInputException e = rejected(Map.of("lattice", "hexagonal"));
        assertTrue(e.getMessage().contains("one of chain, square, cubic"), e.getMessage());
        InvalidInputException dim = rejected(Map.of("dim", "2.5"));
        assertTrue(dim.getMessage().contains("one of 1, 2, 3"), dim.getMessage());
        assertEquals(2, ParameterValues.resolve("m", SPECS, Map.of("dim", "2")).number("dim"));
    }
}
