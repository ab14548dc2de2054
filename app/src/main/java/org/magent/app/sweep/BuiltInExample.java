package org.magent.app.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import org.magent.app.units.MicromagneticParameters;
import org.magent.app.units.PhysicalConstants;

/**
 * The scenario of {@code magent sweep} without arguments: two NV centres above a YIG-like ferromagnet, in SI-based
 * natural units (rad/s, m, s).
 *
 * <ul>
 *   <li>Bias field B = 20 mT along the magnetisation. NV ms = 0 ↔ −1 transition: Δ = 2π·2.87 GHz − γ_e·B
 *       (f ≈ 2.31 GHz), both qubits alike (δ = 0).</li>
 *   <li>Magnet: continuum 3-D ferromagnet ("ferromagnet", dim = 3), ω_k = γ_e·B + 𝒟k². Approximation: bulk
 *       exchange magnons only — the gap is the Zeeman gap γ_e·B (g = 2 for YIG), demagnetising and dipolar
 *       (Kittel, Damon–Eshbach) contributions are neglected; at the NV frequency k ≈ 3.4e7 1/m, where exchange
 *       dominates the dispersion of YIG only roughly, so the wavelength is indicative.</li>
 *   <li>Exchange stiffness 𝒟 = γ_e·2A_ex/M_s with A_ex = 3.7 pJ/m and M_s = 140 kA/m (room-temperature YIG:
 *       Klingler et al., J. Phys. D 48, 015001 (2015); Cherepanov, Kolokolov &amp; L'vov, Phys. Rep. 229, 81
 *       (1993)) → 𝒟 ≈ 9.3e-6 rad/s·m² (≈ 5.3e-17 T·m²). Spin density s = M_s/(g μ_B) ≈ 7.5e27 m⁻³.</li>
 *   <li>Gilbert damping α = 1e-4 (good YIG films; bulk crystals reach 3e-5): its decay length ~0.4 mm is far
 *       beyond the separations swept, so it barely matters here.</li>
 *   <li>λ is chosen so that the local emission rate is a = 1e4 1/s at T = 0 (T1 = 100 µs, the order of the
 *       magnon-induced NV relaxation rates 1e3–1e5 1/s measured near YIG films). λ only scales all rates.</li>
 *   <li>T = 0 and T = 50 mK (second axis); r from 2 nm to 400 nm (≈ 2 magnon wavelengths λ_m = 2π/k ≈ 183 nm),
 *       40 points, log spacing; initial state |↑↓⟩; concurrence also sampled at t = 100 µs (after the bright
 *       mode, rate 4a, has decayed) and t = 1 ms; postselection at 100 µs.</li>
 * </ul>
 */
public final class BuiltInExample {

    /** Bias field (T). */
    public static final double FIELD = 0.020;
    /** YIG exchange constant A_ex (J/m). */
    public static final double EXCHANGE_CONSTANT = 3.7e-12;
    /** YIG saturation magnetisation M_s (A/m). */
    public static final double SATURATION_MAGNETISATION = 1.4e5;
    /** Gilbert damping α. */
    public static final double DAMPING = 1e-4;
    /** Target local emission rate a at T = 0 (1/s). */
    public static final double TARGET_RATE = 1e4;
    /** The finite temperature of the second axis (K). */
    public static final double LOW_TEMPERATURE_K = 0.050;

    private BuiltInExample() {
    }

    /**
     * The qubit splitting Δ = 2π·2.87 GHz − γ_e·B (rad/s).
     *
     * @return Δ
     */
    public static double nvSplitting() {
        return PhysicalConstants.NV_ZERO_FIELD_SPLITTING - gap();
    }

    /**
     * The magnon gap γ_e·B (rad/s).
     *
     * @return Ω
     */
    public static double gap() {
        return PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO * FIELD;
    }

    private static MicromagneticParameters yig() {
        return new MicromagneticParameters(EXCHANGE_CONSTANT / PhysicalConstants.HBAR, SATURATION_MAGNETISATION,
                PhysicalConstants.ELECTRON_G_FACTOR);
    }

    /**
     * 𝒟 = γ_e·2A_ex/M_s (rad/s·m²), from ω_k = γ(B + (2A_ex/M_s)k²).
     *
     * @return the stiffness
     */
    public static double stiffness() {
        return yig().stiffness();
    }

    /**
     * s = M_s/(g μ_B) (spins per m³, in units of ħ).
     *
     * @return the spin density
     */
    public static double spinDensity() {
        return yig().spinDensity();
    }

    /**
     * The magnon wavenumber at the qubit frequency, k = √((Δ − Ω)/𝒟) (1/m).
     *
     * @return k
     */
    public static double magnonWavenumber() {
        return Math.sqrt((nvSplitting() - gap()) / stiffness());
    }

    /**
     * λ such that a = (λ²/2)𝒜_11 = λ² s k/(2π𝒟) equals {@link #TARGET_RATE} at T = 0 (d = 3 closed form of
     * the paper's Eq. S33 with the closed form of G^R, undamped) ((rad/s)·m^{3/2}).
     *
     * @return λ
     */
    public static double lambda() {
        return Math.sqrt(TARGET_RATE * 2 * Math.PI * stiffness() / (spinDensity() * magnonWavenumber()));
    }

    /**
     * The scenario as the user would type it (the content of its {@code scenario.json}): the medium by its
     * measured constants (gap = 20 mT, A_ex = 3.7 pJ/m, M_s = 140 kA/m), the qubits by their frequency in GHz and
     * the target relaxation rate a = 1e4 1/s, which fixes λ.
     *
     * @return the built-in sweep
     */
    public static ScenarioSpec spec() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dim", "3");
        p.put("gap", "20mT");
        p.put("exchangeConstant", "3.7pJ/m");
        p.put("magnetisation", "140kA/m");
        p.put("damping", "1e-4");
        String f = String.format(java.util.Locale.ROOT, "%.9fGHz", nvSplitting() / (2 * Math.PI) / 1e9);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("Delta1", f);
        q.put("Delta2", f);
        q.put("a", "1e4/s");
        return new ScenarioSpec("ferromagnet", p, q, null, "2nm:400nm:40", "log", "temperature=0K,50mK", "ud",
                "100us,1ms", "100us", null);
    }
}
