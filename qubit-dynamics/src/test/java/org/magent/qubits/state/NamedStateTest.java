package org.magent.qubits.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

class NamedStateTest {

    @Test
    void parsesEveryNameCaseInsensitively() {
        assertSame(NamedState.UU, NamedState.parse("uu"));
        assertSame(NamedState.UD, NamedState.parse("UD"));
        assertSame(NamedState.DU, NamedState.parse(" du "));
        assertSame(NamedState.DD, NamedState.parse("dD"));
        assertSame(NamedState.SINGLET, NamedState.parse("Singlet"));
        assertSame(NamedState.TRIPLET0, NamedState.parse("triplet0"));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NamedState.parse("bell"));
        assertTrue(e.getMessage().contains("'bell'"), e.getMessage());
        assertTrue(e.getMessage().contains("uu, ud, du, dd, singlet, triplet0"), e.getMessage());
        assertEquals("state", e.parameter());
        assertThrows(InvalidInputException.class, () -> NamedState.parse(null));
    }

    @Test
    void densitiesAreTheDocumentedProjectors() {
        // basis states
        for (int k = 0; k < 4; k++) {
            DensityMatrix rho = NamedState.values()[k].density();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    assertEquals(i == k && j == k ? 1 : 0, rho.re(i, j), 0);
                    assertEquals(0, rho.im(i, j), 0);
                }
            }
        }
        // singlet (|ud⟩ − |du⟩)/√2 and triplet0 (|ud⟩ + |du⟩)/√2
        DensityMatrix s = NamedState.SINGLET.density();
        DensityMatrix t = NamedState.TRIPLET0.density();
        assertEquals(0.5, s.re(1, 1), 1e-15);
        assertEquals(0.5, s.re(2, 2), 1e-15);
        assertEquals(-0.5, s.re(1, 2), 1e-15);
        assertEquals(0.5, t.re(1, 2), 1e-15);
        assertEquals(1, s.trace(), 1e-15);
        assertEquals(0, s.re(0, 0), 0);
    }
}
