package org.magent.physics;

/**
 * Physical constants in SI units.
 *
 * <p>Sources: the exact defining constants of the SI (2019 redefinition: h, e, k_B) and CODATA 2018 recommended
 * values (E. Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021)) for μ_B, g_e, γ_e and μ_0; the NV-centre
 * zero-field splitting from M. W. Doherty et al., Phys. Rep. 528, 1 (2013), §3 (D/h ≈ 2.87 GHz at room
 * temperature). The NV gyromagnetic ratio γ_NV/2π = 28.025 GHz/T is the value used across the NV relaxometry
 * literature (g ≈ 2.0028, Doherty et al. 2013); it differs from the free-electron γ_e by 2e-6 relative.
 */
public final class PhysicalConstants {

    /** Planck constant h (J s), exact (SI 2019). */
    public static final double PLANCK = 6.62607015e-34;

    /** Reduced Planck constant ħ = h/2π (J s). */
    public static final double HBAR = PLANCK / (2 * Math.PI);

    /** Boltzmann constant k_B (J/K), exact (SI 2019). */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Elementary charge e (C), exact (SI 2019); 1 eV = e joules. */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

    /** Bohr magneton μ_B (J/T), CODATA 2018. */
    public static final double BOHR_MAGNETON = 9.2740100783e-24;

    /** Free-electron g-factor |g_e| (dimensionless), CODATA 2018. */
    public static final double ELECTRON_G_FACTOR = 2.00231930436256;

    /** Electron gyromagnetic ratio γ_e = g_e μ_B/ħ (rad s⁻¹ T⁻¹), CODATA 2018 value 1.76085963023e11. */
    public static final double ELECTRON_GYROMAGNETIC_RATIO = 1.76085963023e11;

    /** Vacuum permeability μ_0 (N/A²), CODATA 2018. */
    public static final double VACUUM_PERMEABILITY = 1.25663706212e-6;

    /** NV-centre ground-state zero-field splitting as a cyclic frequency D/h = 2.87 GHz (Hz), Doherty et al. 2013. */
    public static final double NV_ZERO_FIELD_SPLITTING_HZ = 2.87e9;

    /** NV-centre zero-field splitting D/ħ = 2π · 2.87 GHz (rad/s). */
    public static final double NV_ZERO_FIELD_SPLITTING = 2 * Math.PI * NV_ZERO_FIELD_SPLITTING_HZ;

    /** NV-centre gyromagnetic ratio γ_NV = 2π · 28.025 GHz/T (rad s⁻¹ T⁻¹). */
    public static final double NV_GYROMAGNETIC_RATIO = 2 * Math.PI * 28.025e9;

    private PhysicalConstants() {
    }

    /**
     * The gyromagnetic ratio γ = g μ_B/ħ of a spin with g-factor g.
     *
     * @param gFactor the g-factor g (dimensionless), e.g. {@link #ELECTRON_G_FACTOR}
     * @return γ (rad s⁻¹ T⁻¹)
     */
    public static double gyromagneticRatio(double gFactor) {
        return gFactor * BOHR_MAGNETON / HBAR;
    }

    /**
     * The Bose–Einstein occupation n(ω) = 1/(e^{ħω/k_BT} − 1) at an angular frequency ω &gt; 0.
     *
     * @param omega ω (rad/s), positive
     * @param temperature T (K), ≥ 0; n = 0 at T = 0
     * @return n (dimensionless)
     */
    public static double bose(double omega, double temperature) {
        return temperature == 0 ? 0 : 1 / Math.expm1(HBAR * omega / (BOLTZMANN * temperature));
    }
}
