package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.media.MediaContext;
import org.magent.app.output.Json;
import org.magent.app.output.Progress;
import org.magent.physics.PhysicalConstants;

/**
 * The README's contact-coupled scenario ({@link ContactYig}): two NV centres coupled by contact to a YIG-like
 * ferromagnet at 20 mT, T = 0 and 50 mK. Its physics claims: |A|/a → 1 as r → 0, steady concurrence → 1/2 there,
 * entanglement falling off on the magnon wavelength.
 */
class ContactYigTest {

    @TempDir
    static Path dir;
    private static SweepFiles.Csv csv;
    private static final int N = 40;

    @BeforeAll
    static void run() throws Exception {
        SweepFiles.run(dir, ContactYig.args().toArray(String[]::new));
        csv = SweepFiles.read(dir.resolve("sweep.csv"));
    }

    private static double lambdaM() {
        return 2 * Math.PI / ContactYig.magnonWavenumber() * 1e9;
    }

    @Test
    void writesAllOutputsForBothTemperatures() throws Exception {
        for (String f : List.of("sweep.csv", "sweep.json", "scenario.json", "concurrence.png", "coupling.png",
                "lifetime.png", "heatmap.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        byte[] png = Files.readAllBytes(dir.resolve("concurrence.png"));
        assertEquals(0x89, png[0] & 0xff);
        assertEquals('P', png[1]);
        assertEquals(2 * N, csv.rows().size());
        assertEquals(0.0, csv.value(0, "temperature"));
        assertEquals(0.05, csv.value(N, "temperature"), 1e-12);
        assertEquals(2.0, csv.value(0, "separation"), 1e-12);
        assertEquals(400.0, csv.value(N - 1, "separation"), 1e-12);
    }

    @Test
    void parametersAreTheDocumentedOnes() throws Exception {
        // f = 2.87 GHz − γ_e B/2π ≈ 2.31 GHz at 20 mT; λ_m = 2π/k ≈ 180 nm; a = 1e4 1/s at T = 0 (the target
        // rate that fixes λ)
        assertEquals(2.3096e9, ContactYig.nvSplitting() / (2 * Math.PI), 1e6);
        assertEquals(183, lambdaM(), 5);
        assertEquals(1e4, csv.value(0, "a ("), 1e4 * 1e-12);
        assertEquals(1e4, csv.value(N - 1, "a ("), 1e4 * 1e-12);
        // the λ of the closed form a = λ² s k/(2π𝒟) (α → 0) is within α of the one the run chose
        double lambda = Json.MAPPER.readTree(dir.resolve("sweep.json").toFile()).get("resolved").get("lambda")
                .asDouble();
        assertEquals(ContactYig.lambda(), lambda, 2e-3 * lambda);
        // 50 mK: detailed balance ã/a = e^{−Δ/k_B T}, Δ as the scenario gives it
        double delta = Json.MAPPER.readTree(dir.resolve("sweep.json").toFile()).get("resolved").get("Delta1")
                .asDouble();
        assertEquals(ContactYig.nvSplitting(), delta, 1e-9 * delta);
        double ratio = Math.exp(-delta * PhysicalConstants.HBAR / (PhysicalConstants.BOLTZMANN * 0.05));
        assertEquals(ratio, csv.value(N, "at (") / csv.value(N, "a ("), 1e-12);
    }

    @Test
    void couplingRatioTendsToOneAndFollowsSinKrOverKr() {
        double k = ContactYig.magnonWavenumber();
        for (int i = 0; i < 2 * N; i++) {
            double r = csv.value(i, "separation") * 1e-9;
            // d = 3 closed form at α → 0 (docs/physics.md): |A|/a = |sin(kr)/(kr)|; α = 1e-4 changes it by < 1e-3
            assertEquals(Math.abs(Math.sin(k * r) / (k * r)), csv.value(i, "|A|/a"), 1e-3, "row " + i);
        }
        assertTrue(csv.value(0, "|A|/a") > 0.999);
        int argMin = 0;
        for (int i = 0; i < N; i++) {
            argMin = csv.value(i, "|A|/a") < csv.value(argMin, "|A|/a") ? i : argMin;
        }
        // the first zero is at r = λ_m/2
        assertEquals(0.5, csv.value(argMin, "separation") / lambdaM(), 0.1);
    }

    @Test
    void entanglementFallsOffOnTheMagnonWavelength() {
        double halfWave = lambdaM() / 2;
        for (int i = 1; i < N; i++) {
            if (csv.value(i, "separation") < halfWave) {
                assertTrue(csv.value(i, "C_max") < csv.value(i - 1, "C_max"), "row " + i);
                assertTrue(csv.value(i, "lifetime") < csv.value(i - 1, "lifetime"), "row " + i);
            }
            // thermal magnons (ã > 0) always cost entanglement
            assertTrue(csv.value(N + i, "C_max") < csv.value(i, "C_max"), "row " + i);
        }
        // the long-lived (dark-state) concurrence at 1 ms: ≈ 1/2 at 2 nm, gone beyond λ_m/2
        assertTrue(csv.value(0, "C(t=0.001") > 0.48);
        for (int i = 0; i < N; i++) {
            if (csv.value(i, "separation") > halfWave) {
                assertTrue(csv.value(i, "C(t=0.001") < 1e-3, "row " + i);
            }
        }
        // lifetime at 2 nm, T = 0: Eq. (S64) with δ = 0, τ = 1/(2(a − |A|))
        double a = csv.value(0, "a (");
        double tau = 1 / (2 * a * (1 - csv.value(0, "|A|/a")));
        assertEquals(tau, csv.value(0, "lifetime"), 1e-6 * tau);
    }

    @Test
    void steadyConcurrenceReachesOneHalfAsRGoesToZero() {
        // At any r > 0 of a continuum |A| < a strictly, so the true steady state from |↑↓⟩ is |↑↑⟩ (C = 0, see
        // the CSV); C(∞) = 1/2 is the limit |A| → a, reached here at r = 1e-15 m where |A|/a = 1 − O(1e-16).
        MediaContext media = new MediaContext(getClass().getClassLoader());
        Scenario s = SweepFiles.scenario(ContactYig.args().toArray(String[]::new));
        Scenario tiny = new Scenario(s.medium(), s.parameters(), s.delta1(), s.delta2(), s.lambda(), 0,
                List.of(1e-15, 2e-9), s.spacing(), java.util.Optional.empty(), s.initial(), s.times(),
                s.postselectTime(), true);
        List<PointResult> points = new ArrayList<>();
        SweepRunner.run(tiny, media.catalog(), 0, 1, Progress.NONE, points::add);
        // the engine's kernel projector resolves the dark state to ~3e-6 here (J⊥ ≈ 1e11 1/s against a = 1e4 1/s)
        assertEquals(0.5, points.get(0).steadyConcurrence(), 1e-5);
        assertEquals(Double.POSITIVE_INFINITY, points.get(0).lifetime());
        assertEquals(0.0, points.get(1).steadyConcurrence(), 1e-9);
        assertEquals(csv.value(0, "C(t=0.001"), points.get(1).concurrenceAtTimes()[1], 1e-12);
    }

    @Test
    void theReadmeGivesThisScenarioAsACommandLine() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("./magent sweep --medium ferromagnet --set dim=3,gap=20mT");
        assertTrue(start >= 0, "the README's command line of the contact-coupled scenario");
        String command = readme.substring(start, readme.indexOf("```", start)).replace("\\\n", " ")
                .replaceAll("\\s+", " ").strip();
        assertEquals("./magent sweep " + String.join(" ", ContactYig.args()), command);
    }
}
