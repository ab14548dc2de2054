package org.magent.medium.tabulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.masterequation.BathParameters;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.validation.InvalidInputException;

/**
 * The tabulated medium with a non-reciprocal spectrum of known retarded functions, its range checks, its
 * positivity check, and the refusal of malformed CSV files.
 *
 * <p>The reference: a bosonic pair of poles ±ω1 with width γ, G(ω) = c/(ω − ω1 + iγ) − c/(ω + ω1 + iγ), whose
 * spectral weight is 𝒜 = c·[L(ω − ω1) − L(ω + ω1)] with L(x) = 2γ/(x² + γ²) (odd in ω, so it has the sign of
 * ω). With G_11 = G(ω)|_{c=1}, G_12 = u·G|_{c=1}, G_21 = u*·G|_{c=1} (complex u, |u| &lt; 1), 𝒜_12 = u·𝒜_11 and,
 * by Eq. S39–S40 at λ = 1, J⊥ + iD = [G_21 + G_12*]/4 = u*·Re G(Δ)/2 — the non-reciprocal part Im u gives D.
 */
class TabulatedMediumTest {

    private static final double OMEGA1 = 2;
    private static final double GAMMA = 0.5;
    private static final double[] RS = {1, 2};
    private static final Complex[] U = {new Complex(0.3, 0.2), new Complex(0.1, -0.25)};

    @TempDir
    Path dir;

    private static double lorentz(double x) {
        return 2 * GAMMA / (x * x + GAMMA * GAMMA);
    }

    private static double reG(double w) {
        double x1 = w - OMEGA1;
        double x2 = w + OMEGA1;
        return x1 / (x1 * x1 + GAMMA * GAMMA) - x2 / (x2 * x2 + GAMMA * GAMMA);
    }

    /** The pole pair on [−400, 400], step 0.01, with 𝒜_12 = u(r)·𝒜_11. */
    private static SpectrumTable poles() {
        int n = 80001;
        double[] a11 = new double[n];
        double[][] re = new double[2][n];
        double[][] im = new double[2][n];
        for (int i = 0; i < n; i++) {
            double w = -400 + i * 0.01;
            a11[i] = lorentz(w - OMEGA1) - lorentz(w + OMEGA1);
            for (int j = 0; j < 2; j++) {
                re[j][i] = U[j].getReal() * a11[i];
                im[j][i] = U[j].getImaginary() * a11[i];
            }
        }
        return new SpectrumTable(-400, 0.01, RS, a11, re, im);
    }

    private static Medium medium(SpectrumTable t, boolean cubic) {
        return new TabulatedMedium("tabulated", "poles.csv", Map.of(), 3, cubic, t);
    }

    private static BathParameters bath(Medium m, double delta, Separation r) {
        return FluctuationDissipation.compute(m, QubitCoupling.symmetric(delta, 1), 0, r).bath();
    }

    @Test
    void nonReciprocalSpectrumGivesExchangeAndDmiByKramersKronig() {
        Medium m = medium(poles(), true);
        for (double delta : new double[] {1, 2.5, 4}) {
            for (int j = 0; j < 2; j++) {
                BathParameters b = bath(m, delta, Separation.alongX(RS[j]));
                double a11 = lorentz(delta - OMEGA1) - lorentz(delta + OMEGA1);
                assertEquals(a11 / 2, b.a(), 1e-12);
                assertEquals(0, b.coupling().subtract(U[j].multiply(a11 / 2)).abs(), 1e-12);
                // J⊥ + iD = u* Re G(Δ)/2; truncation at ±400 misses ≈ γ|Δ|/400² relative, KK step error ≈ 1e-5
                Complex want = U[j].conjugate().multiply(reG(delta) / 2);
                assertEquals(want.getReal(), b.jPerp(), 2e-5, "J⊥ at Δ = " + delta);
                assertEquals(want.getImaginary(), b.dmi(), 2e-5, "D at Δ = " + delta);
                assertTrue(Math.abs(b.dmi()) > 0.01, "D is not small here: " + b.dmi());
            }
        }
    }

    @Test
    void negativeSeparationMirrorsTheTable() {
        // qubit 2 at −r: G_12 ↔ G_21, hence A → A*, D → −D (a table with r ≥ 0 only)
        Medium m = medium(poles(), false);
        BathParameters plus = bath(m, 2.5, Separation.alongX(2));
        BathParameters minus = bath(m, 2.5, Separation.alongX(-2));
        assertEquals(plus.coupling().conjugate(), minus.coupling());
        assertEquals(plus.jPerp(), minus.jPerp(), 0.0);
        assertEquals(-plus.dmi(), minus.dmi(), 0.0);
        InvalidInputException off = assertThrows(InvalidInputException.class,
                () -> bath(m, 2.5, new Separation(1, 1, 0)));
        assertEquals("separation", off.parameter());
        assertTrue(off.getMessage().contains("non-reciprocal"), off.getMessage());
    }

    @Test
    void linearInterpolationInRIsExactForLinearData() {
        // u(r) is linear between the two nodes, so A at r = 1.25 is the weighted mean of the node values
        Medium m = medium(poles(), false);
        BathParameters b = bath(m, 2.5, Separation.alongX(1.25));
        double a11 = lorentz(2.5 - OMEGA1) - lorentz(2.5 + OMEGA1);
        Complex u = U[0].multiply(0.75).add(U[1].multiply(0.25));
        assertEquals(0, b.coupling().subtract(u.multiply(a11 / 2)).abs(), 1e-12);
    }

    @Test
    void outsideTheTableIsRefusedNamingTheRange() {
        Medium m = medium(poles(), true);
        InvalidInputException omega = assertThrows(InvalidInputException.class,
                () -> m.transverse(401, List.of(Separation.alongX(1))));
        assertEquals("omega", omega.parameter());
        assertTrue(omega.getMessage().contains("401") && omega.getMessage().contains("[-400.0, 400.0]")
                && omega.getMessage().contains("poles.csv"), omega.getMessage());
        InvalidInputException r = assertThrows(InvalidInputException.class,
                () -> m.transverse(1, List.of(Separation.alongX(2.5))));
        assertEquals("separation", r.parameter());
        assertTrue(r.getMessage().contains("2.5") && r.getMessage().contains("[1.0, 2.0]"), r.getMessage());
    }

    @Test
    void positivityViolationsAreReportedWithOmegaAndR() {
        SpectrumTable good = poles();
        assertTrue(medium(good, true).stability().stable());
        double[] a11 = good.a11();
        double[][] re = {good.a12Re(0), good.a12Re(1)};
        double[][] im = {good.a12Im(0), good.a12Im(1)};
        int at = 40250; // ω = 2.5
        re[1][at] = 1.5 * a11[at]; // |A12| > A11 at (ω = 2.5, r = 2)
        StabilityReport report = medium(new SpectrumTable(-400, 0.01, RS, a11, re, im), true).stability();
        assertFalse(report.stable());
        assertEquals(1, report.findings().size(), report.findings().toString());
        String f = report.findings().get(0);
        assertTrue(f.contains("omega = 2.5") && f.contains("r = 2") && f.contains("1 grid points"), f);

        double[] flipped = good.a11();
        flipped[40300] = -flipped[40300]; // ω = 3: negative spectral weight at ω > 0, i.e. a < 0
        StabilityReport sign = medium(new SpectrumTable(-400, 0.01, RS, flipped, new double[][] {new double[80001],
            new double[80001]}, new double[][] {new double[80001], new double[80001]}), true).stability();
        assertFalse(sign.stable());
        assertTrue(sign.findings().get(0).contains("wrong sign") && sign.findings().get(0).contains("omega = 3"),
                sign.findings().toString());
    }

    @Test
    void csvRoundTripKeepsEveryNumber() throws IOException {
        SpectrumTable t = new SpectrumTable(-1, 0.5, new double[] {0.5, 1}, new double[] {-0.1, 0, 0.3, 0.2, 0.1},
                new double[][] {{-0.05, 0, 0.1, 0.1, 0.05}, {0, 0, 0.05, 0.01, 0}},
                new double[][] {{0, 0, 0.01, -0.02, 0}, {0, 0, 0, 0, 1e-9}});
        StringWriter w = new StringWriter();
        SpectrumCsv.write(t, w);
        Path f = Files.writeString(dir.resolve("t.csv"), w.toString());
        SpectrumTable back = SpectrumCsv.read(f);
        assertEquals(t.omegaMin(), back.omegaMin());
        assertEquals(t.omegaMax(), back.omegaMax());
        assertTrue(java.util.Arrays.equals(t.a11(), back.a11()));
        for (int j = 0; j < 2; j++) {
            assertTrue(java.util.Arrays.equals(t.a12Re(j), back.a12Re(j)));
            assertTrue(java.util.Arrays.equals(t.a12Im(j), back.a12Im(j)));
        }
        assertFalse(back.reciprocal());
    }

    private static final String HEADER = "omega,r,A11,A12_re,A12_im\n";

    private void refused(String content, String... fragments) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.csv"), content);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpectrumCsv.read(f));
        assertEquals("file", e.parameter());
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing: " + e.getMessage());
        }
    }

    @Test
    void malformedFilesAreRefusedNamingLineAndColumn() throws IOException {
        refused("omega,r,A12_re,A12_im\n0,1,0.1,0\n1,1,0.1,0\n", "line 1", "column A11", "lacks");
        refused(HEADER + "0,1,0.2,0.1,0\n1,1,abc,0.1,0\n", "line 3", "column A11", "'abc' is not a number");
        refused(HEADER + "0,1,0.2,0.1,0\n1,1,NaN,0.1,0\n", "line 3", "column A11", "not a finite");
        refused(HEADER + "0,1,0.2,0.1,0\n1,1,0.2,Infinity,0\n", "line 3", "column A12_re", "not a finite");
        refused(HEADER + "1,1,0.2,0.1,0\n0,1,0.2,0.1,0\n", "line 3", "column omega", "not larger");
        refused(HEADER + "0,2,0.2,0.1,0\n0,1,0.2,0.1,0\n", "line 3", "column r", "not larger");
        refused(HEADER + "0,1,0.2,0.1,0\n1,1,0.2,0.1,0\n2.5,1,0.2,0.1,0\n", "line 4", "column omega", "uniform");
        refused(HEADER + "0,1,0.2,0.1,0\n0,2,0.3,0.1,0\n1,1,0.2,0.1,0\n1,2,0.2,0.1,0\n", "line 3", "column A11",
                "differs");
        refused(HEADER + "0,1,0.2,0.1\n", "line 2", "4 fields");
        refused(HEADER + "0,1,0.2,0.1,0,7\n", "line 2", "6 fields");
        refused("omega,r,A11,A12_re,A21\n", "line 1", "column A21", "unknown column");
        refused(HEADER, "no data rows");
        refused("# only a comment\n", "no header");
        refused(HEADER + "meV,length,1/energy,1/energy,1/energy\n0,1,0.2,0.1,0\n", "line 2", "column omega",
                "natural units");
        refused(HEADER + "0,1,0.2,0.1,0\n", "single frequency");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> SpectrumCsv.read(dir.resolve("nowhere.csv")));
        assertTrue(missing.getMessage().contains("nowhere.csv") && missing.getMessage().contains("no such file"));
    }

    /** CSV quoting (RFC 4180) as spreadsheets write it: quoted names and numbers, a quoted comma is one field. */
    @Test
    void quotedFieldsAreReadAsCsv() throws IOException {
        Path f = Files.writeString(dir.resolve("quoted.csv"), "\"omega\",\"r\",\"A11\",\"A12_re\"\r\n"
                + "\"0\",1,\"0.25\",0.125\r\n\"1\",1,0.5,\"0.375\"\r\n");
        SpectrumTable t = SpectrumCsv.read(f);
        assertEquals(2, t.frequencyCount());
        assertEquals(0.25, t.a11()[0], 0);
        assertEquals(0.375, t.a12Re(0)[1], 0);
        refused(HEADER + "0,1,0.2,\"0,1\",0\n", "line 2", "column A12_re", "'0,1' is not a number");
        refused(HEADER + "0,1,0.2,\"0.1,0\n", "not valid CSV", "closing quote");
    }

    @Test
    void optionalColumnsUnitsAndCommentsAreAccepted() throws IOException {
        Path f = Files.writeString(dir.resolve("ok.csv"), "\uFEFF# a comment\n\nr,omega,A11,A12_re\n"
                + "length,energy,1/energy,1/energy\n1,0,0.0,0.0\n1,0.5,0.2,0.1\n# trailing\n1,1,0.3,0.2\n");
        SpectrumTable t = SpectrumCsv.read(f);
        assertEquals(3, t.frequencyCount());
        assertEquals(0.5, t.omegaStep(), 0);
        assertTrue(t.reciprocal());
        Medium m = new TabulatedModel().configure(Map.of("file", f.toString(), "rInterpolation", "linear"));
        assertEquals(f.toString(), m.parameterValues().get("file"));
        InvalidInputException noFile = assertThrows(InvalidInputException.class,
                () -> new TabulatedModel().configure(Map.of()));
        assertEquals("file", noFile.parameter());
        InvalidInputException badChoice = assertThrows(InvalidInputException.class,
                () -> new TabulatedModel().configure(Map.of("file", f.toString(), "rInterpolation", "spline")));
        assertEquals("rInterpolation", badChoice.parameter());
    }
}
