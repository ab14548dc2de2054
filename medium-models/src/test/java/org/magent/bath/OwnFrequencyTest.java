package org.magent.bath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.ferromagnet.FerromagnetModel;
import org.magent.validation.InvalidInputException;

/**
 * Detuned qubits: each qubit's local rates come from the spectral weight at its own splitting (Eq. S31 with Δ_i),
 * the cross terms from the mean splitting; a detuning for which that mean-frequency cross term is larger than the
 * local terms can carry is refused, and splittings of opposite sign are refused.
 */
class OwnFrequencyTest {

    private static Medium bulk() {
        return new FerromagnetModel().configure(Map.of("dim", "3", "gap", "0.2", "stiffness", "1", "spinDensity", "0.5",
                "damping", "0"));
    }

    @Test
    void localRatesAtEachQubitsOwnSplitting() {
        // d = 3, α = 0: 𝒜_11(ω) = s Re q/(π𝒟), q = √((ω − Ω)/𝒟); a = (λ²/2)𝒜_11 at T = 0
        Medium m = bulk();
        double d1 = 0.30;
        double d2 = 0.26;
        BathReport r = FluctuationDissipation.compute(m, new QubitCoupling(d1, d2, 1), 0, Separation.alongX(2));
        double a1 = 0.5 * 0.5 * Math.sqrt(d1 - 0.2) / Math.PI;
        double a2 = 0.5 * 0.5 * Math.sqrt(d2 - 0.2) / Math.PI;
        assertEquals(a1, r.bath().a(), 1e-12);
        assertEquals(a2, r.bath().a2(), 1e-12);
        double mean = 0.5 * (d1 + d2);
        double q = Math.sqrt(mean - 0.2);
        double a = 0.5 * 0.5 * q / Math.PI;
        assertEquals(a * Math.sin(2 * q) / (2 * q), r.bath().coupling().getReal(), 1e-12);
        assertTrue(r.bath().coupling().abs() <= Math.sqrt(r.bath().a() * r.bath().a2()));
    }

    @Test
    void aQubitBelowTheGapIsRefusedAsAFailedApproximation() {
        // the case: Delta1 = 0.225, Delta2 = 0.195, gap 0.2: a1 = 0.01258, a2 = 0, but A(0.21) ≠ 0
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FluctuationDissipation.compute(
                bulk(), new QubitCoupling(0.225, 0.195, 1), 0, Separation.alongX(2)));
        assertTrue(e.getMessage().contains("a1 = 0.0125"), e.getMessage());
        assertTrue(e.getMessage().contains("a2 = 0"), e.getMessage());
    }

    @Test
    void oppositeSplittingsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FluctuationDissipation.sweep(bulk(),
                new QubitCoupling(-0.5, 0.5, 1), 0, List.of(Separation.alongX(1))));
        assertEquals("Delta2", e.parameter());
        assertTrue(e.getMessage().contains("opposite signs"), e.getMessage());
    }
}
