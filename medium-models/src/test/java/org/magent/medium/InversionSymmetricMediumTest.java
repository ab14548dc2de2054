package org.magent.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.GreensValues;
import org.magent.validation.InvalidInputException;

/** The shared base of the even-band media: one evaluation, exact reciprocity, checked input. */
class InversionSymmetricMediumTest {

    private static final List<ParameterSpec> NO_PARAMETERS = List.of(ParameterSpec.number("x", "dimensionless", 0,
            0, 1, "unused"));

    /** A medium whose G(ρ) is a given function of the displacement; records the displacements asked for. */
    private static final class Scripted extends InversionSymmetricMedium {
        final Function<Displacement, Complex> g;
        final List<List<Displacement>> asked = new ArrayList<>();

        Scripted(int dimension, Function<Displacement, Complex> g) {
            super("scripted", ParameterValues.resolve("scripted", NO_PARAMETERS, Map.of()), dimension);
            this.g = g;
        }

        @Override
        protected GreensValues greens(double omega, List<Displacement> displacements) {
            asked.add(displacements);
            return new GreensValues(displacements.stream().map(g).toList(), 1e-5, "scripted");
        }

        @Override
        public boolean isLattice() {
            return false;
        }

        @Override
        public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
            return Optional.empty();
        }

        @Override
        public StabilityReport stability() {
            return StabilityReport.ok();
        }
    }

    @Test
    void allSeparationsComeFromOneEvaluationWithTheOriginFirst() {
        Scripted medium = new Scripted(3, d -> new Complex(d.x() + 10 * d.y(), -1 - d.z()));
        List<TwoSiteCorrelator> out = medium.transverse(0.7, List.of(new Separation(1, 2, 3), Separation.alongX(4)));
        assertEquals(1, medium.asked.size());
        assertEquals(List.of(new Displacement(0, 0, 0), new Displacement(1, 2, 3), new Displacement(4, 0, 0)),
                medium.asked.get(0));
        assertEquals(new Complex(0, -1), out.get(0).g11());
        assertEquals(new Complex(21, -4), out.get(0).g21());
        assertSame(out.get(0).g12(), out.get(0).g21(), "G(-r) is G(r) for an even band");
        assertEquals(1e-5, out.get(0).relativeAccuracy(), "the accuracy travels with the values");
        assertEquals(1e-5, out.get(1).relativeAccuracy());
    }

    @Test
    void frequencyMustBeFinite() {
        Scripted medium = new Scripted(3, d -> Complex.ONE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> medium.transverse(Double.NaN, List.of(Separation.alongX(1))));
        assertEquals("omega", e.parameter());
        assertTrue(medium.asked.isEmpty());
    }

    @Test
    void separationsMustLieInTheMedium() {
        Scripted film = new Scripted(2, d -> Complex.ONE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> film.transverse(1, List.of(new Separation(1, 1, 0.5))));
        assertEquals("separation", e.parameter());
        assertTrue(e.getMessage().contains("(1.0, 1.0, 0.5)") && e.getMessage().contains("2-dimensional"),
                e.getMessage());
        assertEquals(1, film.transverse(1, List.of(new Separation(1, 1, 0))).size());
    }
}
