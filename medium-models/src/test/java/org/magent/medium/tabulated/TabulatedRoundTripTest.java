package org.magent.medium.tabulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.masterequation.BathParameters;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.ferromagnet.FerromagnetModel;

/**
 * Round trip: the continuum ferromagnet (d = 3, Ω = 𝒟 = s = 1, α = 0.05) tabulated on ω ∈ [−20, 400] with
 * Δω = 0.02 and r = 1, 1.25, …, 3, written as CSV, read back as the medium "tabulated"; a, A and J⊥ from the
 * fluctuation–dissipation layer compared with the closed-form medium.
 *
 * <p>Measured accuracy (and what limits it): a and A at tabulated (Δ, r) agree to round-off (the CSV holds the
 * exact doubles). Between ω nodes the linear interpolation errs by Δω²|𝒜''|/8: 4.7e-5 of a at Δ = 1.51 near the
 * band edge (𝒜''/𝒜 ≈ −1/(4(Δ−Ω)²)), 7e-6 at Δ = 2.33. Between r nodes (step 0.25) the natural cubic spline errs
 * by 2e-5–8e-5 of a inside the range and up to 9e-4 of a in the end intervals (natural end conditions).
 * J⊥ needs the Kramers–Kronig transform of 𝒜_12 and is limited by the truncation of the table at ω_max = 400:
 * the missing tail P∫_{ω_max}^∞ dω'/2π 𝒜_12(ω')/(Δ − ω') falls off as e^{−α√ω_max r/2}/(√ω_max r), nearly
 * independent of Δ. Measured |ΔJ⊥| = 7.7e-4 at r = 1 (0.34–0.68 % of a), 4e-5 at r = 1.5, 1.4e-4 at r = 2
 * (≤ 0.13 % of a), 6e-5 at r = 3; the same for Δω = 0.01 and 0.005, and it moves only with ω_max (−8.7e-4 at ω_max = 800,
 * 2.2e-4 at 3200 for r = 1): the ω step is not the limit.
 */
class TabulatedRoundTripTest {

    private static final double[] RS = {1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3};

    @TempDir
    static Path dir;
    private static Medium exact;
    private static Medium tabulated;

    @BeforeAll
    static void tabulate() throws IOException {
        exact = new FerromagnetModel().configure(Map.of("dim", "3", "damping", "0.05"));
        SpectrumTable table = SpectrumTable.sample(exact, -20, 0.02, 21001, RS);
        Path csv = dir.resolve("ferromagnet.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            SpectrumCsv.write(table, w);
        }
        tabulated = new TabulatedModel().configure(Map.of("file", csv.toString()));
    }

    private static BathParameters bath(Medium medium, double delta, double r) {
        return FluctuationDissipation.compute(medium, QubitCoupling.symmetric(delta, 1), 0, Separation.alongX(r))
                .bath();
    }

    @Test
    void ratesAtGridPointsAreExact() {
        for (double delta : new double[] {1.5, 2, 3}) {
            for (double r : new double[] {1, 2, 3}) {
                BathParameters want = bath(exact, delta, r);
                BathParameters got = bath(tabulated, delta, r);
                assertEquals(want.a(), got.a(), 1e-12 * want.a(), "a at Δ = " + delta + ", r = " + r);
                assertEquals(0, got.coupling().subtract(want.coupling()).abs(), 1e-12 * want.a(), "A");
                assertEquals(0.0, got.dmi(), 0.0, "reciprocal table: D = 0 exactly");
            }
        }
    }

    /**
     * README: a within 1e-4·a between ω nodes; A within 1e-4·a between r nodes inside the r range and 1e-3·a in its
     * two end intervals (natural spline end conditions).
     */
    @Test
    void ratesBetweenGridPointsAreInterpolated() {
        // Δ between ω nodes (linear), r between r nodes (cubic spline)
        for (double delta : new double[] {1.51, 2.33}) {
            for (double r : new double[] {1.1, 1.6, 2.125, 2.4, 2.9}) {
                BathParameters want = bath(exact, delta, r);
                BathParameters got = bath(tabulated, delta, r);
                assertEquals(want.a(), got.a(), 1e-4 * want.a(), "a at Δ = " + delta);
                boolean endInterval = r < RS[1] || r > RS[RS.length - 2];
                assertEquals(0, got.coupling().subtract(want.coupling()).abs(), (endInterval ? 1e-3 : 1e-4)
                        * want.a(), "A at Δ = " + delta + ", r = " + r);
            }
        }
    }

    @Test
    void exchangeFromKramersKronigMatchesTheClosedForm() {
        double worst = 0;
        for (double delta : new double[] {1.5, 2, 3, 2.33}) {
            for (double r : new double[] {1, 1.5, 2, 3}) {
                BathParameters want = bath(exact, delta, r);
                BathParameters got = bath(tabulated, delta, r);
                // README: J⊥ within 0.7 % of a at r = 1 (the ω_max truncation, see the class comment)
                double tolerance = (r < 1.5 ? 7e-3 : 2e-3) * want.a();
                assertEquals(want.jPerp(), got.jPerp(), tolerance, "J⊥ at Δ = " + delta + ", r = " + r);
                worst = Math.max(worst, Math.abs(want.jPerp() - got.jPerp()));
            }
        }
        assertTrue(worst > 0, "J⊥ goes through the Kramers-Kronig transform, not copied");
    }

    @Test
    void theFerromagnetTableIsStable() {
        assertTrue(tabulated.stability().stable(), () -> tabulated.stability().findings().toString());
        assertEquals("tabulated", tabulated.name());
        assertEquals("cubic", tabulated.parameterValues().get("rInterpolation"));
    }
}
