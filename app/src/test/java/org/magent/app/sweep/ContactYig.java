package org.magent.app.sweep;

import java.util.List;
import java.util.Locale;
import org.magent.app.units.MicromagneticParameters;
import org.magent.physics.PhysicalConstants;

/**
 * The contact-coupled scenario the README describes (the built-in example of earlier versions): two NV centres at
 * their m_s = 0 ↔ −1 transition in 20 mT, coupled by contact to a YIG-like 3-D ferromagnet (exchange magnons,
 * gap γ_e B, A_ex = 3.7 pJ/m, M_s = 140 kA/m, α = 1e-4), λ set by a = 1e4 1/s at T = 0; r from 2 nm to 400 nm
 * (log, 40 points) at T = 0 and 50 mK; from |↑↓⟩, C at 100 µs and 1 ms, postselection at 100 µs.
 */
final class ContactYig {

    /** Bias field (T). */
    static final double FIELD = 0.020;
    /** YIG exchange constant A_ex (J/m). */
    static final double EXCHANGE_CONSTANT = 3.7e-12;
    /** YIG saturation magnetisation M_s (A/m). */
    static final double SATURATION_MAGNETISATION = 1.4e5;
    /** Target local emission rate a at T = 0 (1/s). */
    static final double TARGET_RATE = 1e4;

    private ContactYig() {
    }

    /** The qubit splitting Δ = 2π·2.87 GHz − γ_e·B (rad/s). */
    static double nvSplitting() {
        return PhysicalConstants.NV_ZERO_FIELD_SPLITTING - gap();
    }

    /** The magnon gap γ_e·B (rad/s). */
    static double gap() {
        return PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO * FIELD;
    }

    private static MicromagneticParameters yig() {
        return new MicromagneticParameters(EXCHANGE_CONSTANT / PhysicalConstants.HBAR, SATURATION_MAGNETISATION,
                PhysicalConstants.ELECTRON_G_FACTOR);
    }

    /** 𝒟 = γ_e·2A_ex/M_s (rad/s·m²). */
    static double stiffness() {
        return yig().stiffness();
    }

    /** s = M_s/(g μ_B) (1/m³). */
    static double spinDensity() {
        return yig().spinDensity();
    }

    /** k = √((Δ − Ω)/𝒟) (1/m), the magnon wavenumber at the qubit frequency. */
    static double magnonWavenumber() {
        return Math.sqrt((nvSplitting() - gap()) / stiffness());
    }

    /** λ with a = λ² s k/(2π𝒟) = {@link #TARGET_RATE} at T = 0 (d = 3 closed form, Eq. S33, undamped). */
    static double lambda() {
        return Math.sqrt(TARGET_RATE * 2 * Math.PI * stiffness() / (spinDensity() * magnonWavenumber()));
    }

    /**
     * The sweep options of the scenario.
     *
     * @return the arguments after "sweep"
     */
    static List<String> args() {
        String f = String.format(Locale.ROOT, "%.9fGHz", nvSplitting() / (2 * Math.PI) / 1e9);
        return List.of("--medium", "ferromagnet", "--set",
                "dim=3,gap=20mT,exchangeConstant=3.7pJ/m,magnetisation=140kA/m,damping=1e-4", "--qubits",
                "Delta1=" + f + ",Delta2=" + f + ",a=1e4/s", "--separation", "2nm:400nm:40", "--spacing", "log",
                "--axis2", "temperature=0K,50mK", "--initial", "ud", "--times", "100us,1ms", "--postselect-time",
                "100us");
    }
}
