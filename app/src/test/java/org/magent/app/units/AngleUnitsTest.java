package org.magent.app.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/** Angles accept deg and rad; a bare angle is in radians. */
class AngleUnitsTest {

    @Test
    void degreesAndRadians() {
        assertEquals(Math.toRadians(54.7), Quantities.parse("fieldPolar", "54.7deg", QuantityKind.ANGLE).value(), 1e-15);
        assertEquals(Math.toRadians(54.7), Quantities.parse("fieldPolar", "54.7°", QuantityKind.ANGLE).value(), 1e-15);
        assertEquals(0.5, Quantities.parse("fieldPolar", "0.5rad", QuantityKind.ANGLE).value(), 0);
        assertEquals(5e-4, Quantities.parse("fieldPolar", "0.5mrad", QuantityKind.ANGLE).value(), 1e-18);
        ParsedQuantity bare = Quantities.parse("fieldPolar", "0.5", QuantityKind.ANGLE);
        assertEquals(0.5, bare.value(), 0);
        assertFalse(bare.hadUnit());
        assertTrue(Quantities.parse("fieldPolar", "1deg", QuantityKind.ANGLE).hadUnit());
    }

    @Test
    void wrongUnitsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Quantities.parse("fieldPolar", "3nm", QuantityKind.ANGLE));
        assertEquals("fieldPolar", e.parameter());
        assertTrue(e.getMessage().contains("angle"), e.getMessage());
    }

    @Test
    void siParameterUnitsMapToKinds() {
        assertEquals(QuantityKind.LENGTH, QuantityKind.forParameterUnit("m").orElseThrow());
        assertEquals(QuantityKind.MAGNETISATION, QuantityKind.forParameterUnit("A/m").orElseThrow());
        assertEquals(QuantityKind.EXCHANGE_CONSTANT, QuantityKind.forParameterUnit("J/m").orElseThrow());
        assertEquals(QuantityKind.FIELD, QuantityKind.forParameterUnit("T").orElseThrow());
        assertEquals(QuantityKind.ANGLE, QuantityKind.forParameterUnit("rad").orElseThrow());
    }
}
