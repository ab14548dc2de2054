package org.magent.qubits.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;

/**
 * Independent check of {@link Entanglement#concurrence} against the concurrences QuTiP 4.7.1
 * computed on the fixture states (src/test/resources/qutip/, see generate_qutip_fixtures.py).
 *
 * <p>qutip.concurrence takes square roots of the near-zero eigenvalues of ρρ̃; on the pure initial
 * states (k = 0) that costs ~√ε ≈ 1e-8 (measured up to 2.8e-8 in the fixture header), so there the
 * exact pure-state value 2|ad − bc| is the reference and QuTiP is held to 5e-8. Every state is
 * also compared with the script's SVD-based Wootters concurrence.
 */
class QutipConcurrenceCrossCheckTest {

    @Test
    void concurrenceMatchesQutipOnEveryFixtureState() {
        Map<Integer, QutipFixtures.Case> cases = QutipFixtures.cases().stream()
                .collect(Collectors.toMap(QutipFixtures.Case::id, Function.identity()));
        assertTrue(cases.size() >= 24, "at least 24 fixture cases");
        int checked = 0;
        int entangled = 0;
        for (List<QutipFixtures.Sample> samples : List.of(QutipFixtures.unmonitored(), QutipFixtures.postselected())) {
            for (QutipFixtures.Sample s : samples) {
                double c = Entanglement.concurrence(s.rho());
                String where = "case " + s.caseId() + ", k = " + s.k();
                assertEquals(1, s.rho().trace(), 1e-12, where);
                assertEquals(s.concurrenceSvd(), c, 1e-11, where);
                if (s.k() == 0) {
                    QutipFixtures.Case cs = cases.get(s.caseId());
                    assertEquals(pureConcurrence(cs.psi0Re(), cs.psi0Im()), c, 1e-12, where);
                    assertEquals(s.concurrenceQutip(), c, 5e-8, where);
                } else {
                    assertEquals(s.concurrenceQutip(), c, 1e-8, where);
                }
                checked++;
                if (c > 0.05 && !isXState(s.rho())) {
                    entangled++;
                }
            }
        }
        assertTrue(checked >= 2 * 24 * 21, "samples checked: " + checked);
        assertTrue(entangled > 100, "the fixtures must exercise the general path on entangled states: " + entangled);
    }

    private static boolean isXState(DensityMatrix rho) {
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (i != j && i + j != 3 && (rho.re(i, j) != 0 || rho.im(i, j) != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 2|ad − bc| for a|uu⟩ + b|ud⟩ + c|du⟩ + d|dd⟩ (normalised). */
    private static double pureConcurrence(double[] r, double[] i) {
        double n = 0;
        for (int k = 0; k < 4; k++) {
            n += r[k] * r[k] + i[k] * i[k];
        }
        double re = (r[0] * r[3] - i[0] * i[3]) - (r[1] * r[2] - i[1] * i[2]);
        double im = (r[0] * i[3] + i[0] * r[3]) - (r[1] * i[2] + i[1] * r[2]);
        return 2 * Math.hypot(re, im) / n;
    }
}
