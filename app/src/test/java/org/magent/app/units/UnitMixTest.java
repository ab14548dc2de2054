package org.magent.app.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/** The one rule on units: all dimensional inputs with units, or none; zeros and defaults as documented. */
class UnitMixTest {

    @Test
    void allOrNoneIsAccepted() {
        assertTrue(new UnitMix("x").add("gap", "20mT", true, false).add("r", "5nm", true, false).requireConsistent());
        assertFalse(new UnitMix("x").add("gap", "0.2", false, false).add("r", "5", false, false)
                .requireConsistent());
        assertFalse(new UnitMix("x").requireConsistent());
    }

    @Test
    void aMixIsRefusedNamingBothSides() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new UnitMix("sweep")
                .add("gap", "20mT", true, false).add("separation", "2:400:4", false, false).requireConsistent());
        assertEquals("separation", e.parameter());
        assertTrue(e.getMessage().startsWith("sweep: separation=2:400:4 is a bare number"), e.getMessage());
        assertTrue(e.getMessage().contains("gap=20mT carries a unit;"), e.getMessage());
    }

    @Test
    void aBareZeroNeverCountsButANonZeroDefaultDoes() {
        assertTrue(new UnitMix("x").add("gap", "20mT", true, false).add("temperature", "0", false, true)
                .requireConsistent());
        UnitMix withDefault = new UnitMix("x").add("gap", "20mT", true, false).addDefault("stiffness", "1", false);
        InvalidInputException e = assertThrows(InvalidInputException.class, withDefault::requireConsistent);
        assertTrue(e.getMessage().contains("stiffness=1 (default)"), e.getMessage());
        assertTrue(new UnitMix("x").add("gap", "20mT", true, false).addDefault("dmi", "0", true).requireConsistent());
    }

    @Test
    void longListsAreShortened() {
        UnitMix mix = new UnitMix("x").add("u", "1nm", true, false);
        for (int k = 0; k < 7; k++) {
            mix.add("b" + k, "1", false, false);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, mix::requireConsistent);
        assertTrue(e.getMessage().contains("b3=1 and 3 more"), e.getMessage());
    }

    @Test
    void theStaticFormForOtherCommands() {
        assertTrue(UnitMix.requireConsistent("batch row 2", List.of("a=1kHz"), List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UnitMix.requireConsistent("batch row 2", List.of("a=1kHz"), List.of("A=0.5")));
        assertEquals("A", e.parameter());
    }
}
