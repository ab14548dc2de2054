package org.magent.masterequation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The master-equation record on its own: finite values only, the positivity conditions of h (paper Eq. 4 and S42:
 * a ≥ |A|, ã ≥ |Ã|, d ≥ |𝔇|; with per-qubit local terms, each 2×2 block PSD), frozen provenance, and validation
 * messages that name the parameter, its value and its unit.
 */
class BathParametersTest {

    private static BathParameters rates(double a, Complex coupling) {
        return BathParameters.explicit(a, 0.1, coupling, new Complex(0.05, 0), 0.3, 0, 0, 0.2, Complex.ZERO);
    }

    @Test
    void aNonFiniteCoefficientIsRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> rates(Double.NaN, Complex.ZERO));
        assertEquals("a", e.parameter());
        assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("natural units, energy"),
                e.getMessage());
        InvalidInputException complex = assertThrows(InvalidInputException.class,
                () -> rates(1, new Complex(0.5, Double.POSITIVE_INFINITY)));
        assertEquals("A", complex.parameter());
        assertTrue(complex.getMessage().contains("Infinity") && complex.getMessage().contains("not a finite"),
                complex.getMessage());
        assertEquals("A", assertThrows(InvalidInputException.class, () -> rates(1, null)).parameter());
    }

    @Test
    void positivityIsAInequalityPerBlock() {
        assertTrue(rates(1, new Complex(0.6, 0.8)).isPositiveSemidefinite(), "a = |A| = 1 is the boundary");
        List<String> v = rates(1, new Complex(0.6, 0.81)).positivityViolations();
        assertEquals(1, v.size(), v::toString);
        assertTrue(v.get(0).contains("a >= |A| fails"), v.get(0));
        // |A| = sqrt(0.6² + 0.81²) = 1.008018...; the shortfall is |A| − a
        assertTrue(v.get(0).contains("1.00802") && v.get(0).contains("by 0.00802"), v.get(0));
        BathParameters tilde = BathParameters.explicit(1, 0.01, Complex.ZERO, new Complex(0.02, 0), 0, 0, 0, 0,
                Complex.ZERO);
        assertTrue(tilde.positivityViolations().get(0).contains("at >= |At|"), tilde.positivityViolations()::toString);
        BathParameters dephasing = BathParameters.explicit(1, 0, Complex.ZERO, Complex.ZERO, 0, 0, 0, 0.1,
                new Complex(0, -0.2));
        assertTrue(dephasing.positivityViolations().get(0).contains("d >= |Dd|"),
                dephasing.positivityViolations()::toString);
    }

    @Test
    void differentLocalTermsUseTheGeometricMean() {
        // [[a1, A*],[A, a2]] is PSD iff a1, a2 ≥ 0 and a1·a2 ≥ |A|²: a1 = 4, a2 = 1 allows |A| up to 2, not 2.5
        BathParameters base = rates(1, new Complex(2, 0));
        BathParameters ok = base.withLocal(4, 1, 0.1, 0.1, 0.2, 0.2);
        assertFalse(ok.locallySymmetric());
        assertTrue(ok.isPositiveSemidefinite(), ok.positivityViolations()::toString);
        BathParameters bad = rates(1, new Complex(2.5, 0)).withLocal(4, 1, 0.1, 0.1, 0.2, 0.2);
        assertTrue(bad.positivityViolations().get(0).contains("sqrt(a1 a2) >= |A|"),
                bad.positivityViolations()::toString);
        List<String> negative = base.withLocal(4, -1, 0.1, 0.1, 0.2, 0.2).positivityViolations();
        assertTrue(negative.stream().anyMatch(s -> s.contains("a2 >= 0")), negative::toString);
        assertTrue(base.withLocal(1, 1, 0.1, 0.1, 0.2, 0.2).locallySymmetric());
    }

    @Test
    void provenanceIsFrozen() {
        Map<String, String> parameters = new HashMap<>(Map.of("gap", "0.2"));
        List<Double> separation = new ArrayList<>(List.of(1.0, 0.0, 0.0));
        Provenance p = new Provenance("ferromagnet", parameters, 0.5, 0.1, separation, 1e-9);
        parameters.put("gap", "9");
        separation.set(0, 9.0);
        assertEquals("0.2", p.parameters().get("gap"));
        assertEquals(1.0, p.separation().get(0));
        assertThrows(UnsupportedOperationException.class, () -> p.parameters().put("x", "y"));
        assertEquals("explicit", rates(1, Complex.ZERO).provenance().source());
        assertTrue(Double.isNaN(Provenance.explicit().temperature()));
    }

    @Test
    void checksNameParameterValueAndUnit() {
        assertEquals(2.0, Checks.positive("gap", 2, "natural units, energy"));
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> Checks.positive("gap", 0, "natural units, energy"));
        assertEquals("gap", zero.parameter());
        assertEquals("gap = 0.0 (natural units, energy) must be positive", zero.getMessage());
        assertEquals("t = -1.0 (natural units, 1/energy) must not be negative", assertThrows(
                InvalidInputException.class, () -> Checks.nonNegative("t", -1, "natural units, 1/energy"))
                .getMessage());
        assertEquals(0.0, Checks.nonNegative("t", 0, "natural units, 1/energy"));
        assertThrows(InvalidInputException.class, () -> Checks.finite("x", Double.NEGATIVE_INFINITY, "m"));
        IllegalStateException cause = new IllegalStateException("parser");
        assertEquals(cause, new InvalidInputException("x", "x is bad", cause).getCause());
    }

    @Test
    void positivityAllowsTheRoundOffOfTheGreensFunctionsAndNoMore() {
        // a = 0 outside a band is exact, |A| there is round-off of a difference of O(1) Green's functions
        Provenance withRoundOff = new Provenance("m", Map.of(), 5, 0, List.of(1.0, 0.0, 0.0), 0, 1e-14, 2e-15);
        Provenance none = new Provenance("m", Map.of(), 5, 0, List.of(1.0, 0.0, 0.0), 0);
        BathParameters roundOff = new BathParameters(0, 0, new Complex(-5e-17, 0), new Complex(1e-15, 0), 0.2, 0, 0,
                0, Complex.ZERO, false, withRoundOff);
        assertTrue(roundOff.isPositiveSemidefinite(), roundOff.positivityViolations()::toString);
        BathParameters strict = new BathParameters(0, 0, new Complex(-5e-17, 0), Complex.ZERO, 0.2, 0, 0, 0,
                Complex.ZERO, false, none);
        assertFalse(strict.isPositiveSemidefinite(), "without a round-off level the relative 1e-12 alone applies");
        // above the level it is a violation, in each block on its own
        BathParameters aBlock = new BathParameters(0, 0, new Complex(3e-14, 0), Complex.ZERO, 0.2, 0, 0, 0,
                Complex.ZERO, false, withRoundOff);
        assertEquals(1, aBlock.positivityViolations().size(), aBlock.positivityViolations()::toString);
        BathParameters atBlock = new BathParameters(0, 0, Complex.ZERO, new Complex(5e-15, 0), 0.2, 0, 0, 0,
                Complex.ZERO, false, withRoundOff);
        assertTrue(atBlock.positivityViolations().get(0).contains("at >= |At|"), atBlock.positivityViolations()::toString);
        assertEquals(0, Provenance.explicit().roundOff());
        assertThrows(IllegalArgumentException.class,
                () -> new Provenance("m", Map.of(), 5, 0, List.of(), 0, Double.NaN, 0));
    }
}
