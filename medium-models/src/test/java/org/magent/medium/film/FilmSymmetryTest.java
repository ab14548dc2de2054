package org.magent.medium.film;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.bath.NvPairBath;
import org.magent.nv.NvAxis;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.physics.PhysicalConstants;

/**
 * The symmetry statements for two identical NVs above a film: with both axes and the field in the x–z plane and r
 * along x, A is real and D = 0; for r perpendicular to the in-plane magnetisation (along y) the Damon–Eshbach
 * non-reciprocity (the chirality of the stray field) makes A complex and D ≠ 0.
 */
class FilmSymmetryTest {

    private static FilmMedium film(double alpha) {
        return new FilmMedium(Map.of(), new FilmMaterial(20e-9, 142e3, 3.7e-12, alpha,
                PhysicalConstants.ELECTRON_G_FACTOR), new BiasField(0.025, Math.toRadians(54.7)));
    }

    private static NvQubit nv(FilmMedium film, double azimuthDeg, double h) {
        double[] b = film.band().field().vector();
        return NvQubit.in(NvCentre.of(new NvAxis(NvAxis.TETRAHEDRAL_POLAR, Math.toRadians(azimuthDeg)), -1, h), b, b);
    }

    @Test
    void separationAlongTheFieldGivesRealAAndNoDmi() {
        FilmMedium film = film(1e-4);
        NvQubit q = nv(film, 0, 109e-9);
        List<NvPairBath.Point> points = NvPairBath.compute(film, q, q, 299, 0, new double[] {50e-9, 200e-9, 1e-6});
        for (NvPairBath.Point p : points) {
            BathParameters b = p.report().bath();
            assertTrue(Math.abs(b.coupling().getImaginary()) <= 1e-9 * b.a(), "Im A = " + b.coupling());
            assertTrue(Math.abs(b.dmi()) <= 1e-9 * b.a(), "D = " + b.dmi());
            assertTrue(Math.abs(b.coupling().getReal()) > 1e-3 * b.a(), "A is not negligible: " + b.coupling());
        }
    }

    @Test
    void separationAcrossTheMagnetisationIsNonReciprocal() {
        FilmMedium film = film(1e-4);
        NvQubit q = nv(film, 0, 109e-9);
        List<NvPairBath.Point> points = NvPairBath.compute(film, q, q, 299, Math.PI / 2, new double[] {200e-9, 1e-6});
        for (NvPairBath.Point p : points) {
            BathParameters b = p.report().bath();
            assertTrue(Math.abs(b.coupling().getImaginary()) > 0.05 * b.a(), "Im A = " + b.coupling());
            assertTrue(Math.abs(b.dmi()) > 1e-6 * b.a(), "D = " + b.dmi());
            // and g_12 ≠ g_21: the field at NV 2 from NV 1 differs from the reverse
            assertTrue(p.g12().subtract(p.g21()).abs() > 0.1 * p.g11().abs());
        }
    }

    @Test
    void reversingTheSeparationConjugatesA() {
        // r → −r swaps the roles of the NVs: A(−r) = A(r)* for identical NVs (𝒜_12 ↔ 𝒜_21 = 𝒜_12*)
        FilmMedium film = film(1e-3);
        NvQubit q = nv(film, 30, 80e-9);
        Complex up = NvPairBath.compute(film, q, q, 10, Math.PI / 2, new double[] {300e-9}).get(0).report().bath()
                .coupling();
        Complex down = NvPairBath.compute(film, q, q, 10, -Math.PI / 2, new double[] {300e-9}).get(0).report()
                .bath().coupling();
        assertEquals(up.getReal(), down.getReal(), 1e-7 * up.abs());
        assertEquals(up.getImaginary(), -down.getImaginary(), 1e-7 * up.abs());
    }

    @Test
    void spectralMatrixIsPositiveAndBounded() {
        // a ≥ |A| (Eq. S47) for every separation and direction, and |A|/a → 1 as r → 0
        FilmMedium film = film(1e-4);
        NvQubit q = nv(film, 0, 109e-9);
        for (double angle : new double[] {0, 0.7, Math.PI / 2, 2.5}) {
            List<NvPairBath.Point> points = NvPairBath.compute(film, q, q, List.of(0.0), angle,
                    new double[] {0, 1e-9, 30e-9, 300e-9, 3e-6}, false).get(0);
            for (NvPairBath.Point p : points) {
                BathParameters b = p.report().bath();
                assertTrue(b.coupling().abs() <= b.a() * (1 + 1e-8), "a >= |A| at angle " + angle);
                assertTrue(p.report().bathStability().stable());
            }
            assertEquals(1, points.get(0).report().bath().coupling().abs() / points.get(0).report().bath().a(), 1e-9);
        }
    }
}
