package org.magent.app.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.ferromagnet.FerromagnetModel;

/**
 * The scan against the closed form of the 3-d continuum ferromagnet at α = 0 (docs/physics.md):
 * A/a = sin(qr)/(qr), a = (λ²/2)(1+n)·s·q/(π𝒟), q = √((ω − Ω)/𝒟). These closed forms are checked against
 * quadrature of the k integral in medium-models (QuadraticBandGreensTest.closedFormsMatchQuadratureOfTheKIntegral).
 */
class StabilityScanTest {

    private static Medium ferromagnet(double gap) {
        return new FerromagnetModel().configure(Map.of("dim", "3", "gap", Double.toString(gap), "stiffness", "1",
                "spinDensity", "0.5", "damping", "0"));
    }

    @Test
    void worstPointIsTheSmallestMarginOfTheClosedForm() {
        List<Double> omegas = Range.parse("omega", "0.2:2:19", org.magent.app.units.QuantityKind.ENERGY).values();
        List<Separation> rs = Range.parse("r", "0.5:10:20", org.magent.app.units.QuantityKind.LENGTH).values().stream()
                .map(Separation::alongX).toList();
        StabilityResult result = StabilityScan.run(ferromagnet(0.1), 1, 0, omegas, rs);
        assertTrue(result.stable());
        double minMargin = Double.POSITIVE_INFINITY;
        double atOmega = 0;
        double atR = 0;
        for (double omega : omegas) {
            double q = Math.sqrt(omega - 0.1);
            for (Separation r : rs) {
                double margin = 1 - Math.abs(Math.sin(q * r.x()) / (q * r.x()));
                if (margin < minMargin) {
                    minMargin = margin;
                    atOmega = omega;
                    atR = r.x();
                }
            }
        }
        Check a = result.bath().get(0);
        assertEquals(omegas.size() * rs.size(), a.evaluated());
        GridPoint worst = a.worst().orElseThrow();
        assertEquals(minMargin, worst.relativeMargin(), 1e-9);
        assertEquals(atOmega, worst.omega(), 0.0);
        assertEquals(atR, worst.separation().x(), 0.0);
        double q = Math.sqrt(atOmega - 0.1);
        assertEquals(0.5 * 0.5 * q / Math.PI, worst.lhs(), 1e-12, "a = (λ²/2)·s·q/(π𝒟) at T = 0");
    }

    @Test
    void detailedBalanceHoldsAtFiniteTemperature() {
        List<Double> omegas = List.of(0.3, 0.6, 1.2);
        List<Separation> rs = List.of(Separation.alongX(1), Separation.alongX(3));
        StabilityResult result = StabilityScan.run(ferromagnet(0.1), 0.7, 0.3, omegas, rs);
        Check balance = result.bath().get(2);
        assertEquals(6, balance.evaluated());
        assertTrue(balance.passed());
        assertTrue(balance.worst().orElseThrow().relativeDeviation() < 1e-12);
        Check at = result.bath().get(1);
        assertTrue(at.passed());
        // ã ≥ |Ã| has the same relative margin as a ≥ |A|: both carry the factor of the same 𝒜(ω)
        assertEquals(result.bath().get(0).worst().orElseThrow().relativeMargin(),
                at.worst().orElseThrow().relativeMargin(), 1e-12);
    }

    @Test
    void anUnstableMediumIsReportedAndItsBathStillScanned() {
        StabilityResult result = StabilityScan.run(ferromagnet(-0.5), 1, 0, List.of(0.5, 1.0),
                List.of(Separation.alongX(1)));
        assertFalse(result.stable());
        assertFalse(result.medium().passed());
        assertTrue(result.medium().findings().get(0).startsWith("gap = -0.5 < 0: soft mode"),
                result.medium().findings().toString());
        assertTrue(result.medium().findings().contains("the ferromagnet is unstable"));
        assertEquals(2, result.bath().get(0).evaluated());
        assertTrue(result.bath().get(0).passed());
    }
}
