package org.magent.medium.film;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The numbers docs/film.md quotes for the film command line (YIG 20 nm, 25 mT at 54.7°, NVs at 109 nm, α = 1e-4),
 * at the precision it quotes them (3 decimals). The independent reference of {@link FilmReferenceTest} agrees with
 * them to 1e-7.
 */
class FilmQuotedNumbersTest {

    private static Complex ratio(double angle, double distance) {
        FilmMedium film = new FilmMedium(Map.of(), new FilmMaterial(20e-9, 142e3, 3.7e-12, 1e-4,
                PhysicalConstants.ELECTRON_G_FACTOR), new BiasField(0.025, Math.toRadians(54.7)));
        double[] b = film.band().field().vector();
        NvQubit q = NvQubit.in(NvCentre.of(new NvAxis(Math.toRadians(54.7356), 0), -1, 109e-9), b, b);
        BathParameters bath = NvPairBath.compute(film, q, q, List.of(299.0), angle, new double[] {distance}, false)
                .get(0).get(0).report().bath();
        return bath.coupling().divide(bath.a());
    }

    @Test
    void couplingRatiosAlongAndAcrossTheMagnetisation() {
        Complex x200 = ratio(0, 200e-9);
        assertEquals(0.423, x200.getReal(), 5e-4);
        assertEquals(0, x200.getImaginary(), 5e-4);
        assertEquals(0.013, ratio(0, 1e-6).getReal(), 5e-4);
        Complex y200 = ratio(Math.PI / 2, 200e-9);
        assertEquals(0.413, y200.getReal(), 5e-4);
        assertEquals(0.886, y200.getImaginary(), 5e-4);
        Complex y3 = ratio(Math.PI / 2, 3e-6);
        assertEquals(0.245, y3.getReal(), 5e-4);
        assertEquals(-0.547, y3.getImaginary(), 5e-4);
    }
}
