package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first time of the maximum, with ties of {@value FirstMaximum#TIE}. */
class FirstMaximumTest {

    private static FirstMaximum of(double... values) {
        FirstMaximum m = new FirstMaximum();
        for (int k = 0; k < values.length; k++) {
            m.offer(values[k], k);
        }
        return m;
    }

    @Test
    void aPlateauLiftedByRoundOffKeepsItsFirstTime() {
        FirstMaximum m = of(0.1, 0.5, 0.5 + 2e-16, 0.5 - 1e-16, 0.5 + 4e-16);
        assertEquals(0.5 + 4e-16, m.max());
        assertEquals(1.0, m.time());
    }

    @Test
    void aClearlyLargerLaterValueMovesTheTime() {
        FirstMaximum m = of(0.3, 0.5, 0.2, 0.5 + 1e-9, 0.4);
        assertEquals(0.5 + 1e-9, m.max());
        assertEquals(3.0, m.time());
    }

    @Test
    void equalValuesKeepTheFirstAndACreepFindsTheFirstWithinTheTie() {
        assertEquals(0.0, of(0.0, 0.0, 0.0).time());
        // each step below the tie, the sum above it: the first sample within the tie of the final maximum
        FirstMaximum m = of(0.5, 0.5 + 6e-13, 0.5 + 12e-13, 0.5 + 18e-13);
        assertEquals(2.0, m.time());
        assertEquals(0.5 + 18e-13, m.max(), 0);
        // an approach like 1/2 − e^{-0.4k}·1e-11: brute force over the stored samples agrees
        double[] v = new double[200];
        for (int k = 0; k < v.length; k++) {
            v[k] = 0.5 - 1e-11 * Math.exp(-0.4 * k) + (k % 3 == 0 ? 1e-16 : 0);
        }
        FirstMaximum approach = of(v);
        double max = java.util.Arrays.stream(v).max().getAsDouble();
        int first = 0;
        while (v[first] < max - FirstMaximum.TIE) {
            first++;
        }
        assertEquals(first, approach.time());
        assertEquals(max, approach.max(), 0);
    }

    @Test
    void aLongRoundOffPlateauStaysInBoundedMemoryAndKeepsItsStart() {
        FirstMaximum m = new FirstMaximum();
        m.offer(0.1, 0);
        for (int k = 1; k <= 1_000_000; k++) {
            m.offer(0.5 + Math.ulp(0.5) * (k % 7), k);
        }
        assertEquals(1.0, m.time());
        assertEquals(0.5 + 6 * Math.ulp(0.5), m.max(), 0);
    }
}
