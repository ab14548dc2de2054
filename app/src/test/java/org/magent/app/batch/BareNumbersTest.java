package org.magent.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.app.input.Numbers;
import org.magent.app.units.NumberSyntax;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/** The regex-free scanner accepts the bare numbers that {@link Numbers} accepts, with the same values. */
class BareNumbersTest {

    private static final String ALPHABET = "0123456789.eE+-i +-.0e1i";

    /** Random strings over the number alphabet: the scanner and the regular grammar agree on every one. */
    @Test
    void agreesWithTheRegularGrammarOnRandomText() {
        Random r = new Random(17);
        double[] z = new double[2];
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            int len = 1 + r.nextInt(9);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < len; j++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String s = sb.toString().strip();
            if (s.isEmpty()) {
                continue;
            }
            double v = BareNumbers.real(s);
            boolean decimal = NumberSyntax.DECIMAL.matcher(s).matches() && Double.isFinite(Double.parseDouble(s));
            assertEquals(decimal, !Double.isNaN(v), s);
            if (decimal) {
                assertEquals(Double.parseDouble(s), v, 0.0, s);
            }
            if (BareNumbers.complex(s, z)) {
                accepted++;
                Complex ref = Numbers.complexQuantity("A", s, QuantityKind.RATE);
                assertEquals(ref.getReal(), z[0], 0.0, s);
                assertEquals(ref.getImaginary(), z[1], 0.0, s);
                assertFalse(Numbers.hasUnit(s), s);
            } else if (s.endsWith("i") && !s.contains(" ")) {
                assertNumbersRefuses(s);
            }
        }
        assertTrue(accepted > 5_000, "the random text exercises the accepted forms: " + accepted);
    }

    /** On this alphabet the scanner is no stricter than Numbers: what it leaves over, Numbers refuses too. */
    private static void assertNumbersRefuses(String s) {
        try {
            Numbers.complexQuantity("A", s, QuantityKind.RATE);
        } catch (InvalidInputException e) {
            return;
        }
        throw new AssertionError("Numbers accepts '" + s + "' but the scanner does not");
    }

    /** Every spelling of x+yi the documentation lists, with exponents. */
    @Test
    void acceptsEveryDocumentedComplexForm() {
        double[] z = new double[2];
        String[][] cases = {{"0.9+0.1i", "0.9", "0.1"}, {"0.9-0.1i", "0.9", "-0.1"}, {"2.5i", "0", "2.5"},
            {"-2.5i", "0", "-2.5"}, {"i", "0", "1"}, {"-i", "0", "-1"}, {"+i", "0", "1"}, {"3+i", "3", "1"},
            {"3-i", "3", "-1"}, {"1e-3-2.5e-4i", "1e-3", "-2.5e-4"}, {"-1E+2+.5i", "-100", "0.5"}, {"7", "7", "0"},
            {"1.", "1", "0"}, {".5e1i", "0", "5"}};
        for (String[] c : cases) {
            assertTrue(BareNumbers.complex(c[0], z), c[0]);
            assertEquals(Double.parseDouble(c[1]), z[0], 0.0, c[0]);
            assertEquals(Double.parseDouble(c[2]), z[1], 0.0, c[0]);
        }
        for (String s : new String[] {"1GHz", "0.5+0.1i MHz", "NaN", "1e400", "1e400i", "1+2", "1i+2", "--1", "1e",
            "e5", ".", "+", "0x10", "1d", ""}) {
            assertFalse(BareNumbers.complex(s, z), s);
            assertTrue(Double.isNaN(BareNumbers.real(s)), s);
        }
    }
}
