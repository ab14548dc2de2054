package org.magent.medium.film;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magent.medium.FieldCorrelators;
import org.magent.nv.NvAxis;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.physics.PhysicalConstants;

/**
 * The film's stray-field correlators against an independent method: a brute-force polar 2-D k-quadrature written
 * in Python with scipy (medium-models/src/test/python/film_reference.py, which shares no code with magent), stored
 * in src/test/resources/film/reference.csv. The production method (projection on the separation direction, poles
 * subtracted across the resonance, Filon-type transform) must reproduce the spectral weights 𝒜_11, 𝒜_12 and the
 * coherent part g_21 + g_12* to 1e-4 of 𝒜_11 (that is, a, ã and A to 1e-4 of a), over α = 1e-5 … 0.1,
 * h = 10 nm … 1 µm, |r| = 0 … 10 µm, both directions, resonance ovals (NV frequency between the band bottom and the
 * Kittel frequency), zero field and a perpendicular field.
 */
class FilmReferenceTest {

    /** One geometry of the reference script (same numbers as its CASES). */
    record Case(double t, double ms, double aex, double alpha, double b, double fieldPolarDeg, double h,
            double nvPolarDeg, double nvAzimuthDeg, int transition) {
    }

    static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        CASES.put("tilted25", new Case(20e-9, 142e3, 3.7e-12, 1e-4, 0.025, 54.7, 109e-9, 54.7356, 0, -1));
        CASES.put("tilted25_far", new Case(20e-9, 142e3, 3.7e-12, 1e-4, 0.025, 54.7, 109e-9, 54.7356, 0, -1));
        CASES.put("alpha1e-5_h1um", new Case(20e-9, 142e3, 3.7e-12, 1e-5, 0.025, 54.7, 1e-6, 54.7356, 0, -1));
        CASES.put("alpha0.1_h10nm", new Case(20e-9, 142e3, 3.7e-12, 0.1, 0.015, 80, 10e-9, 54.7356, 135, -1));
        CASES.put("ovals", new Case(20e-9, 142e3, 3.7e-12, 1e-3, 0.025, 90, 50e-9, 54.7356, 0, -1));
        CASES.put("zerofield", new Case(20e-9, 142e3, 3.7e-12, 1e-3, 0.0, 54.7, 60e-9, 54.7356, 0, -1));
        CASES.put("perpendicular", new Case(20e-9, 142e3, 3.7e-12, 1e-3, 0.25, 0, 80e-9, 0, 0, 1));
    }

    record Row(String name, String pair, double rx, double ry, double omega, Complex g) {
    }

    static final List<Row> ROWS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FilmReferenceTest.class.getResourceAsStream("/film/reference.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                ROWS.add(new Row(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), new Complex(Double.parseDouble(f[5]), Double.parseDouble(f[6]))));
            }
        }
    }

    @Test
    void everyCaseIsCovered() {
        for (String name : CASES.keySet()) {
            assertTrue(ROWS.stream().anyMatch(r -> r.name().equals(name) && r.pair().equals("12")),
                    "reference rows for " + name);
        }
        assertFalse(ROWS.isEmpty());
    }

    @Test
    void spectralAndCoherentPartsAgreeWithTheBruteForceQuadrature() {
        StringBuilder report = new StringBuilder();
        double worst = 0;
        for (Map.Entry<String, Case> e : CASES.entrySet()) {
            Case c = e.getValue();
            FilmMedium film = new FilmMedium(Map.of(), new FilmMaterial(c.t(), c.ms(), c.aex(), c.alpha(),
                    PhysicalConstants.ELECTRON_G_FACTOR), new BiasField(c.b(), Math.toRadians(c.fieldPolarDeg())));
            double[] field = film.band().field().vector();
            double[] dir = {Math.sin(Math.toRadians(c.fieldPolarDeg())), 0, Math.cos(Math.toRadians(c.fieldPolarDeg()))};
            NvQubit q = NvQubit.in(NvCentre.of(new NvAxis(Math.toRadians(c.nvPolarDeg()),
                    Math.toRadians(c.nvAzimuthDeg())), c.transition(), c.h()), field, dir);
            List<Row> rows = ROWS.stream().filter(r -> r.name().equals(e.getKey())).toList();
            if (rows.isEmpty()) { continue; }
            Row local = rows.stream().filter(r -> r.pair().equals("11")).findFirst().orElseThrow();
            double omega = local.omega();
            double spectral11 = -2 * local.g().getImaginary();
            double[][] s = q.transition();
            double g2 = PhysicalConstants.NV_GYROMAGNETIC_RATIO * PhysicalConstants.NV_GYROMAGNETIC_RATIO;
            // g_11
            FieldCorrelators loc = film.fieldCorrelators(omega, c.h(), c.h(), 0, new double[0], 1e-5);
            Complex g11 = loc.local().contract(s[0], s[1], s[0], s[1]).multiply(g2);
            double err11 = Math.abs(-2 * g11.getImaginary() - spectral11) / spectral11;
            worst = Math.max(worst, err11);
            report.append(String.format(Locale.ROOT, "%s: A11 rel.err %.2e%n", e.getKey(), err11));
            for (Row r12 : rows.stream().filter(r -> r.pair().equals("12")).toList()) {
                Row r21 = rows.stream().filter(r -> r.pair().equals("21") && r.rx() == r12.rx() && r.ry() == r12.ry())
                        .findFirst().orElseThrow();
                double rho = Math.hypot(r12.rx(), r12.ry());
                double angle = Math.atan2(r12.ry(), r12.rx());
                FieldCorrelators fc = film.fieldCorrelators(omega, c.h(), c.h(), angle, new double[] {rho}, 1e-5);
                Complex g12 = fc.backward().get(0).contract(s[0], s[1], s[0], s[1]).multiply(g2);
                Complex g21 = fc.forward().get(0).contract(s[0], s[1], s[0], s[1]).multiply(g2);
                Complex sp = Complex.I.multiply(g12.subtract(g21.conjugate()));
                Complex spRef = Complex.I.multiply(r12.g().subtract(r21.g().conjugate()));
                Complex co = g21.add(g12.conjugate());
                Complex coRef = r21.g().add(r12.g().conjugate());
                double eA = sp.subtract(spRef).abs() / spectral11;
                double eJ = co.subtract(coRef).abs() / spectral11;
                worst = Math.max(worst, Math.max(eA, eJ));
                report.append(String.format(Locale.ROOT, "%s r=(%.3g, %.3g) m: A12 err %.2e, J err %.2e (of A11);"
                        + " A12/A11 = %s%n", e.getKey(), r12.rx(), r12.ry(), eA, eJ, spRef.divide(spectral11)));
            }
        }
        System.out.print(report);
        assertTrue(worst <= 1e-4, "worst deviation " + worst + " of A11:\n" + report);
    }
}
