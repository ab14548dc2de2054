package org.magent.app.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.magent.app.cli.Cli;

/** The {@code dispersion} and {@code chiral-ferromagnet} media through the command line. */
class CustomMediaCliTest {

    private static final String EXAMPLE =
            "omega=gap + stiffness*(kx^2+ky^2) + v*kx,dim=2,gap=0.2,stiffness=1,v=0.3,spinDensity=0.5,damping=0.01";

    private static JsonNode json(Cli.Result r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    private static Cli.Result params(String medium, String set, String separation) {
        return Cli.run("params", "--medium", medium, "--set", set, "--qubits", "Delta1=0.5,Delta2=0.5,lambda=0.3",
                "--separation", separation, "--format", "json");
    }

    @Test
    void documentedDispersionExampleRuns() throws IOException {
        Cli.Result r = params("dispersion", EXAMPLE, "3,1,0");
        assertEquals(0, r.code(), r::toString);
        JsonNode n = json(r);
        assertEquals("gap + stiffness*(kx^2+ky^2) + v*kx", n.get("inputs").get("parameters").get("omega").asText());
        assertEquals("0.3", n.get("inputs").get("parameters").get("v").asText());
        assertTrue(n.get("stable").asBoolean());
        double a = n.get("a").asDouble();
        assertTrue(a > 0);
        assertTrue(Math.abs(n.get("D").asDouble()) > 1e-3 * a, "non-reciprocal band: D != 0");
        assertTrue(n.get("relative_accuracy").asDouble() > 0);
        // the same medium written with quotes kept (as from a config file) gives the same numbers
        Cli.Result quoted = params("dispersion", "\"omega=gap + stiffness*(kx^2+ky^2) + v*kx\",dim=2,gap=0.2,"
                + "stiffness=1,v=0.3,spinDensity=0.5,damping=0.01", "3,1,0");
        assertEquals(r.out(), quoted.out());
    }

    /**
     * Independent closed form, d = 3, α = 0, T = 0, r along x: ω_k = Ω' + 𝒟|k + k0x̂|², k0 = dmi/(2𝒟),
     * Ω' = Ω − 𝒟k0², G(±r) = e^{∓ik0r}·(−2s e^{iqr}/(4π𝒟r)), q = √((Δ − Ω')/𝒟); then docs/physics.md:
     * A = (λ²/2)·i[G(−r) − G(r)*], J⊥ + iD = (λ²/2)·[G(r) + G(−r)*]/2.
     */
    @Test
    void chiralParamsGiveComplexCouplingAndDmi() throws IOException {
        double gap = 0.3;
        double stiffness = 1.2;
        double dmi = 0.5;
        double s = 0.8;
        double lambda = 0.3;
        double delta = 0.5;
        double r = 2.2;
        Cli.Result res = params("chiral-ferromagnet", "dim=3,gap=0.3,stiffness=1.2,dmi=0.5,spinDensity=0.8,damping=0",
                "2.2");
        assertEquals(0, res.code(), res::toString);
        JsonNode n = json(res);
        double k0 = dmi / (2 * stiffness);
        double gapPrime = gap - stiffness * k0 * k0;
        double q = Math.sqrt((delta - gapPrime) / stiffness);
        double amp = -2 * s / (4 * Math.PI * stiffness * r);
        // G(+r) and G(−r) as (re, im)
        double gPlusRe = amp * Math.cos(q * r - k0 * r);
        double gPlusIm = amp * Math.sin(q * r - k0 * r);
        double gMinusRe = amp * Math.cos(q * r + k0 * r);
        double gMinusIm = amp * Math.sin(q * r + k0 * r);
        double half = lambda * lambda / 2;
        // 𝒜_12 = i[G_12 − G_21*], G_12 = G(−r), G_21 = G(r)
        double spectralRe = -(gMinusIm + gPlusIm);
        double spectralIm = gMinusRe - gPlusRe;
        assertEquals(half * spectralRe, n.get("A").get("re").asDouble(), 1e-6);
        assertEquals(half * spectralIm, n.get("A").get("im").asDouble(), 1e-6);
        assertTrue(Math.abs(n.get("A").get("im").asDouble()) > 1e-4, "A is complex");
        // g1 + i g2 = [G_21 + G_12*]/2, D = λ² g2/2
        double g2 = (gPlusIm - gMinusIm) / 2;
        double g1 = (gPlusRe + gMinusRe) / 2;
        assertEquals(half * g2, n.get("D").asDouble(), 1e-6);
        assertEquals(half * g1, n.get("Jperp").asDouble(), 1e-6);
        assertTrue(Math.abs(n.get("D").asDouble()) > 1e-4);
        double a = n.get("a").asDouble();
        assertEquals(half * s * q / (Math.PI * stiffness), a, 1e-6);
        assertTrue(a >= Math.hypot(n.get("A").get("re").asDouble(), n.get("A").get("im").asDouble()));
        // D flips with dmi
        JsonNode flipped = json(params("chiral-ferromagnet",
                "dim=3,gap=0.3,stiffness=1.2,dmi=-0.5,spinDensity=0.8,damping=0", "2.2"));
        assertEquals(-n.get("D").asDouble(), flipped.get("D").asDouble(), 1e-12);
    }

    @Test
    void instabilitiesAreVerdictsWithNumbers() throws IOException {
        Cli.Result chiral = params("chiral-ferromagnet", "dim=2,gap=0.1,stiffness=1,dmi=0.8,damping=0.01", "1.5");
        assertEquals(1, chiral.code(), chiral::toString);
        JsonNode n = json(chiral);
        assertFalse(n.get("medium_stable").asBoolean());
        String finding = n.get("instabilities").get(0).asText();
        assertTrue(finding.contains("soft mode") && finding.contains("-0.06"), finding);
        Cli.Result soft = params("dispersion", "omega=g + kx^2 + v*kx,dim=1,g=0.01,v=0.3", "2");
        assertEquals(1, soft.code(), soft::toString);
        assertTrue(json(soft).get("instabilities").get(0).asText().contains("-0.0125"), soft::toString);
    }

    @Test
    void formulaErrorsExitTwoNamingOmega() {
        for (String set : new String[] {"omega=gap + q*kx^2,gap=1,dim=1", "omega=1 + * kx,dim=1",
            "omega=sqrt(kx),dim=1"}) {
            Cli.Result r = params("dispersion", set, "2");
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("omega = "), r::toString);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
        }
    }

    @Test
    void modelsShowsTheFormulaParameterAndTheChiralMedium() {
        Cli.Result r = Cli.run("models");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("dispersion — "), r.out());
        assertTrue(r.out().contains("free numeric parameter of the formula"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  omega (formula")), r.out());
        assertTrue(r.out().contains("chiral-ferromagnet — "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  dmi (")), r.out());
    }
}
