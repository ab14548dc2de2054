package org.magent.benchmarks.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random batch cases with every master-equation coefficient present, drawn like the whole-process benchmark's
 * generator ({@code benchmarks/scripts/cases.py}): a ∈ [0.5, 2], ã = a·U(0, 0.3), |A| = a·U(0.3, 0.99),
 * |Ã| = ã·U(0, 0.99), d ∈ [0, 0.2], |𝔇| = d·U(0, 1) with random phases, J⊥, Jz, D ∈ [−0.5, 0.5], Δ1, Δ2 ∈ [0, 2]
 * (natural units). |A| &lt; a strictly, so the steady state is unique.
 */
public final class RandomCases {

    /** The CSV header of a case row. */
    public static final List<String> HEADER = List.of("a", "at", "A", "At", "d", "Dd", "Jperp", "Jz", "D", "Delta1",
            "Delta2");

    private RandomCases() {
    }

    /**
     * Draws cases.
     *
     * @param n how many
     * @param seed the random seed
     * @return n rows, each mapping the {@link #HEADER} names to value texts
     */
    public static List<Map<String, String>> draw(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Map<String, String>> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double a = uniform(rng, 0.5, 2);
            double at = a * uniform(rng, 0, 0.3);
            double d = uniform(rng, 0, 0.2);
            String[] values = {real(a), real(at), complex(a * uniform(rng, 0.3, 0.99), rng),
                complex(at * uniform(rng, 0, 0.99), rng), real(d), complex(d * uniform(rng, 0, 1), rng),
                real(uniform(rng, -0.5, 0.5)), real(uniform(rng, -0.5, 0.5)), real(uniform(rng, -0.5, 0.5)),
                real(uniform(rng, 0, 2)), real(uniform(rng, 0, 2))};
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < values.length; c++) {
                row.put(HEADER.get(c), values[c]);
            }
            out.add(row);
        }
        return out;
    }

    private static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    private static String real(double x) {
        return String.format(Locale.ROOT, "%.15g", x);
    }

    private static String complex(double modulus, SplittableRandom rng) {
        double phase = uniform(rng, 0, 2 * Math.PI);
        return String.format(Locale.ROOT, "%.15g%+.15gi", modulus * Math.cos(phase), modulus * Math.sin(phase));
    }
}
