package org.magent.app.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

class InitialStateTest {

    @Test
    void namedStates() {
        DensityMatrix ud = InitialState.parse("ud");
        assertEquals(1.0, ud.re(1, 1), 0.0);
        assertEquals(1.0, ud.trace(), 1e-15);
        DensityMatrix singlet = InitialState.parse("singlet");
        assertEquals(-0.5, singlet.re(1, 2), 1e-15);
        for (String name : new String[] {"uu", "du", "dd", "triplet0"}) {
            assertEquals(1.0, InitialState.parse(name).trace(), 1e-15, name);
        }
    }

    @Test
    void amplitudesAreNormalisedAndMayBeComplex() {
        DensityMatrix rho = InitialState.parse("0,1,1i,0");
        assertEquals(0.5, rho.re(1, 1), 1e-15);
        assertEquals(0.5, rho.re(2, 2), 1e-15);
        // ρ_12 = ψ_ud ψ_du* = 1·(i)*/2 = −i/2
        assertEquals(0.0, rho.re(1, 2), 1e-15);
        assertEquals(-0.5, rho.im(1, 2), 1e-15);
        DensityMatrix scaled = InitialState.parse("3,0,0,4");
        assertEquals(9.0 / 25, scaled.re(0, 0), 1e-15);
        assertEquals(12.0 / 25, scaled.re(0, 3), 1e-15);
    }

    @Test
    void badInitialStates() {
        InvalidInputException zero = assertThrows(InvalidInputException.class, () -> InitialState.parse("0,0,0,0"));
        assertEquals("initial", zero.parameter());
        assertTrue(zero.getMessage().contains("zero"), zero.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> InitialState.parse("bell"));
        assertTrue(unknown.getMessage().contains("bell") && unknown.getMessage().contains("singlet"),
                unknown.getMessage());
        assertThrows(InvalidInputException.class, () -> InitialState.parse("1,0,0"));
        assertThrows(InvalidInputException.class, () -> InitialState.parse("1,0,x,0"));
        assertThrows(InvalidInputException.class, () -> InitialState.parse("1,0,NaN,0"));
    }
}
