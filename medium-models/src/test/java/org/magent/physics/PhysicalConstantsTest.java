package org.magent.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The constants agree with each other and with values quoted in the CODATA 2018 tables. */
class PhysicalConstantsTest {

    @Test
    void gyromagneticRatioIsGMuBOverHbar() {
        double derived = PhysicalConstants.gyromagneticRatio(PhysicalConstants.ELECTRON_G_FACTOR);
        assertEquals(PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO, derived,
                1e-9 * PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO);
    }

    @Test
    void hbarAndTheNvSplitting() {
        assertEquals(1.054571817e-34, PhysicalConstants.HBAR, 1e-43);
        assertEquals(1.803274e10, PhysicalConstants.NV_ZERO_FIELD_SPLITTING, 1e4);
        // the ground-state level anticrossing, D = γ_NV B, lies at B = 102.4 mT (Doherty et al. 2013)
        assertEquals(0.1024, PhysicalConstants.NV_ZERO_FIELD_SPLITTING / PhysicalConstants.NV_GYROMAGNETIC_RATIO,
                1e-4);
    }
}
