package org.magent.bath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.ferromagnet.FerromagnetModel;

/** Below the spin spacing s^{-1/d} the continuum is not physical, and the bath says so. */
class ContinuumValidityTest {

    @Test
    void belowTheSpinSpacingAWarning() {
        Medium m = new FerromagnetModel().configure(Map.of("dim", "3", "gap", "0.2", "stiffness", "1", "spinDensity",
                "0.125", "damping", "0"));
        assertEquals(2, m.validityLength(), 1e-12);
        QubitCoupling q = QubitCoupling.symmetric(0.5, 1);
        assertTrue(FluctuationDissipation.compute(m, q, 0, Separation.alongX(1)).warnings().stream()
                .anyMatch(w -> w.contains("below the continuum's validity")));
        assertFalse(FluctuationDissipation.compute(m, q, 0, Separation.alongX(3)).warnings().stream()
                .anyMatch(w -> w.contains("below the continuum's validity")));
    }
}
