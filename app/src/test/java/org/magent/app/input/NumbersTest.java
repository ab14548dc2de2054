package org.magent.app.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.magent.validation.InvalidInputException;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({
        "0.9+0.1i, 0.9, 0.1",
        "0.05-0.02i, 0.05, -0.02",
        "0.005i, 0, 0.005",
        "-0.005i, 0, -0.005",
        "i, 0, 1",
        "-i, 0, -1",
        "+i, 0, 1",
        "2-i, 2, -1",
        "3+i, 3, 1",
        "1.5, 1.5, 0",
        "-2, -2, 0",
        "1e-3-2.5e-4i, 0.001, -0.00025",
        "1E+2+3e-2i, 100, 0.03",
        "-1e-3i, 0, -0.001",
        ".5+.25i, 0.5, 0.25",
        "' 2+3i ', 2, 3",
    })
    void complexForms(String text, double re, double im) {
        Complex z = Numbers.complex("A", text, "natural units, energy");
        assertEquals(re, z.getReal(), 0.0, text);
        assertEquals(im, z.getImaginary(), 0.0, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.9+i0.1", "1+2", "1++2i", "abc", "1e5e3", "2ii", "1+2j", "0x10", "1d", "+-1i", "e3i"})
    void malformedComplexNamesTheText(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Numbers.complex("A", text, "natural units, energy"));
        assertEquals("A", e.parameter());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().contains("natural units, energy"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "inf", "1e999", "NaN+1i", "1+1e999i"})
    void nonFiniteRefused(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Numbers.complex("At", text, "natural units, energy"));
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
        InvalidInputException r = assertThrows(InvalidInputException.class,
                () -> Numbers.real("a", text.replace("+1i", "").replace("1+", ""), "natural units, energy"));
        assertEquals("a", r.parameter());
    }

    @Test
    void realParsesExponentsAndRefusesUnits() {
        assertEquals(-2.5e-4, Numbers.real("Jz", "-2.5e-4", "u"), 0.0);
        assertEquals(3.0, Numbers.real("Jz", " 3. ", "u"), 0.0);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Numbers.real("gap", "0.2meV", "natural units, energy"));
        assertTrue(e.getMessage().contains("takes no unit"), e.getMessage());
        assertTrue(e.getMessage().contains("0.2meV"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Numbers.real("gap", "", "u"));
        assertThrows(InvalidInputException.class, () -> Numbers.real("gap", "1i", "u"));
        assertEquals("cubic", Numbers.withoutUnit("lattice", "cubic", "u"));
        assertEquals("1e-9", Numbers.withoutUnit("damping", "1e-9", "u"));
        assertEquals("-2.5E+3", Numbers.withoutUnit("gap", "-2.5E+3", "u"));
        assertThrows(InvalidInputException.class, () -> Numbers.withoutUnit("T", "300mK", "u"));
    }

    @Test
    void counts() {
        assertEquals(200, Numbers.positiveCount("steps", "200", "count"));
        for (String bad : new String[] {"0", "-5", "2.5", "x", "99999999999"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Numbers.positiveCount("steps", bad, "time steps, count"));
            assertTrue(e.getMessage().startsWith("steps = "), e.getMessage());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void complexQuantitiesScaleBothParts() {
        double k = 2 * Math.PI * 1e3; // 1 kHz is cyclic: 2π·1e3 rad/s
        Complex z = Numbers.complexQuantity("A", "0.5+0.1i kHz", org.magent.app.units.QuantityKind.RATE);
        assertEquals(0.5 * k, z.getReal(), 1e-12 * k);
        assertEquals(0.1 * k, z.getImaginary(), 1e-12 * k);
        Complex w = Numbers.complexQuantity("A", "2e3-1e2i 1/s", org.magent.app.units.QuantityKind.RATE);
        assertEquals(2e3, w.getReal(), 0.0);
        assertEquals(-1e2, w.getImaginary(), 0.0);
        Complex r = Numbers.complexQuantity("A", "3kHz", org.magent.app.units.QuantityKind.RATE);
        assertEquals(3 * k, r.getReal(), 1e-12 * k);
        assertEquals(0.0, r.getImaginary(), 0.0);
        Complex bare = Numbers.complexQuantity("A", "0.9-0.2i", org.magent.app.units.QuantityKind.RATE);
        assertEquals(0.9, bare.getReal(), 0.0);
        assertEquals(-0.2, bare.getImaginary(), 0.0);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Numbers.complexQuantity("A", "1+1i K", org.magent.app.units.QuantityKind.RATE));
        assertTrue(e.getMessage().startsWith("A = '1+1i K'"), e.getMessage());
        assertThrows(InvalidInputException.class,
                () -> Numbers.complexQuantity("A", "NaN+1i kHz", org.magent.app.units.QuantityKind.RATE));
    }
}
