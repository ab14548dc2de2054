package org.magent.app.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.InvalidInputException;

/**
 * Derived inputs: 𝒟 = γ·2A_ex/M_s and s = M_s/(gμ_B). YIG-like numbers: A_ex = 3.7 pJ/m, M_s = 140 kA/m give
 * the exchange length-squared field 2A_ex/M_s = 5.2857e-17 T m² (the tabulated YIG value is ≈ 5.3e-17 T m²).
 */
class MicromagneticParametersTest {

    private static final double TWO_PI = 2 * Math.PI;
    /** γ/2π for g = 2 (Hz/T): 2 μ_B/h = 2 × 13.996245 GHz/T (CODATA 2018: μ_B/h = 13.996245 GHz/T). */
    private static final double GAMMA_G2_HZ = 2 * 13.996245e9;

    @Test
    void yigStiffnessAndSpinDensity() {
        double aNatural = 3.7e-12 / PhysicalConstants.HBAR;
        MicromagneticParameters m = new MicromagneticParameters(aNatural, 1.4e5, 2.0);
        double fieldArea = 2 * 3.7e-12 / 1.4e5; // T m²
        assertEquals(5.2857e-17, fieldArea, 1e-21);
        assertEquals(TWO_PI * GAMMA_G2_HZ * fieldArea, m.stiffness(), 1e-6 * m.stiffness());
        // s = M_s/(g μ_B) with μ_B = 9.2740100783e-24 J/T
        assertEquals(1.4e5 / (2 * 9.2740100783e-24), m.spinDensity(), 1e-9 * m.spinDensity());
        // consistency: the magnetisation is g μ_B s, and the stiffness is γ·2A_ex/M_s
        assertEquals(1.4e5, 2 * PhysicalConstants.BOHR_MAGNETON * m.spinDensity(), 1e-9);
        assertEquals(m.gyromagneticRatio() * fieldArea, m.stiffness(), 1e-12 * m.stiffness());
    }

    @Test
    void replacesTheInputsInPlaceOfStiffnessAndSpinDensity() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("dim", "3");
        given.put("exchangeConstant", "3.7pJ/m");
        given.put("magnetisation", "140kA/m");
        given.put("damping", "0.01");
        Map<String, String> out = MicromagneticParameters.replaceIn(given);
        assertEquals(List.of("dim", "damping", "stiffness", "spinDensity"), List.copyOf(out.keySet()));
        double gamma = PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO;
        assertEquals(gamma * 2 * 3.7e-12 / 1.4e5, Double.parseDouble(out.get("stiffness")), 1e-9 * 1e-5);
        given.put("gFactor", "2");
        Map<String, String> g2 = MicromagneticParameters.replaceIn(given);
        assertEquals(1.4e5 / (2 * 9.2740100783e-24), Double.parseDouble(g2.get("spinDensity")), 1e18);
    }

    @Test
    void refusesIncompleteOrClashingInputs() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> MicromagneticParameters.replaceIn(Map.of("exchangeConstant", "3.7pJ/m")));
        assertEquals("magnetisation", missing.parameter());
        InvalidInputException clash = assertThrows(InvalidInputException.class,
                () -> MicromagneticParameters.replaceIn(Map.of("exchangeConstant", "3.7pJ/m",
                        "magnetisation", "140kA/m", "stiffness", "1")));
        assertEquals("stiffness", clash.parameter());
        InvalidInputException wrongUnit = assertThrows(InvalidInputException.class,
                () -> MicromagneticParameters.replaceIn(Map.of("exchangeConstant", "3.7pJ",
                        "magnetisation", "140kA/m")));
        assertTrue(wrongUnit.getMessage().contains("exchangeConstant = '3.7pJ'"), wrongUnit.getMessage());
        assertThrows(InvalidInputException.class, () -> MicromagneticParameters.replaceIn(Map.of(
                "exchangeConstant", "-3.7pJ/m", "magnetisation", "140kA/m")));
    }
}
