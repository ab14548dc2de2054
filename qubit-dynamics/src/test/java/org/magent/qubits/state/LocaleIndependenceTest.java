package org.magent.qubits.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.magent.qubits.linalg.ComplexMatrix;

/** Text forms of states and matrices use a decimal point whatever the default locale. */
class LocaleIndependenceTest {

    @Test
    void aCommaLocaleDoesNotChangeTheText() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            DensityMatrix rho = DensityMatrix.pure(new double[] {Math.sqrt(0.5), 0, 0, Math.sqrt(0.5)},
                    new double[4]);
            String text = rho.toString();
            assertTrue(text.startsWith("DensityMatrix[0.500000+0.00000i"), text);
            String matrix = ComplexMatrix.identity(2).toString();
            assertTrue(matrix.contains("1.00000+0.00000i"), matrix);
            Locale.setDefault(Locale.ROOT);
            assertEquals(text, rho.toString());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
