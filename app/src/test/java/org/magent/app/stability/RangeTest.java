package org.magent.app.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/** Grids a:b:n. */
class RangeTest {

    @Test
    void evenlySpacedInclusive() {
        assertEquals(List.of(1.0, 1.5, 2.0, 2.5, 3.0), Range.parse("r", "1:3:5", QuantityKind.LENGTH).values());
        assertEquals(List.of(4.0), Range.parse("r", "4:4:1", QuantityKind.LENGTH).values());
        Range ghz = Range.parse("omega", "1GHz:3GHz:3", QuantityKind.ENERGY);
        assertEquals(2 * Math.PI * 2e9, ghz.values().get(1), 1e-3);
        assertEquals(true, ghz.physicalUnits());
    }

    @Test
    void refusesMalformedRanges() {
        for (String bad : new String[] {"1:2", "1:2:3:4", "a:2:3", "1:2:x", "2:1:3", "1:2:1", "1:2:0", "1:2:2001"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Range.parse("omega-range", bad, QuantityKind.ENERGY), bad);
            assertEquals(true, e.parameter().startsWith("omega-range"), e.getMessage());
        }
    }
}
