package org.magent.app.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * A ferromagnet described micromagnetically, by its exchange constant A_ex and saturation magnetisation M_s
 * (and g-factor), converted to the spin-wave parameters of ω_k = Ω + 𝒟k² (docs/physics.md):
 * <pre>
 * γ = g μ_B/ħ,   𝒟 = γ · 2A_ex/M_s     (from ω_k = γ(B + (2A_ex/M_s) k²), the exchange-dominated limit)
 * s = M_s/(g μ_B)                      (spin density in units of ħ, m^-3: M_s = g μ_B · s)
 * </pre>
 * With A_ex in natural units (A_ex/ħ, (rad/s)/m) the stiffness is 𝒟 = 2 (A_ex/ħ) g μ_B/M_s ((rad/s)·m²).
 *
 * @param exchangeConstant A_ex/ħ ((rad/s)/m; natural units of {@link QuantityKind#EXCHANGE_CONSTANT})
 * @param magnetisation M_s (A/m)
 * @param gFactor g (dimensionless)
 */
public record MicromagneticParameters(double exchangeConstant, double magnetisation, double gFactor) {

    /** The parameter name of A_ex on the command line. */
    public static final String EXCHANGE_CONSTANT = "exchangeConstant";
    /** The parameter name of M_s on the command line. */
    public static final String MAGNETISATION = "magnetisation";
    /** The parameter name of g on the command line. */
    public static final String G_FACTOR = "gFactor";
    /** The parameter name of the stiffness they replace. */
    public static final String STIFFNESS = "stiffness";
    /** The parameter name of the spin density they replace. */
    public static final String SPIN_DENSITY = "spinDensity";
    /** The names of the derived inputs. */
    public static final List<String> NAMES = List.of(EXCHANGE_CONSTANT, MAGNETISATION, G_FACTOR);
    /** The names of the parameters they replace. */
    public static final List<String> REPLACED = List.of(STIFFNESS, SPIN_DENSITY);

    /** Validates: all three positive and finite. */
    public MicromagneticParameters {
        Checks.positive(EXCHANGE_CONSTANT, exchangeConstant, QuantityKind.EXCHANGE_CONSTANT.naturalUnit());
        Checks.positive(MAGNETISATION, magnetisation, QuantityKind.MAGNETISATION.naturalUnit());
        Checks.positive(G_FACTOR, gFactor, "dimensionless");
    }

    /**
     * The gyromagnetic ratio γ = g μ_B/ħ.
     *
     * @return γ (rad s⁻¹ T⁻¹)
     */
    public double gyromagneticRatio() {
        return PhysicalConstants.gyromagneticRatio(gFactor);
    }

    /**
     * The spin-wave stiffness 𝒟 = γ · 2A_ex/M_s.
     *
     * @return 𝒟 ((rad/s)·m²)
     */
    public double stiffness() {
        return 2 * exchangeConstant * gFactor * PhysicalConstants.BOHR_MAGNETON / magnetisation;
    }

    /**
     * The spin density s = M_s/(g μ_B) of the polarised ground state.
     *
     * @return s (ħ per m³)
     */
    public double spinDensity() {
        return magnetisation / (gFactor * PhysicalConstants.BOHR_MAGNETON);
    }

    /**
     * Whether a parameter list uses the micromagnetic inputs.
     *
     * @param given parameter name to value text
     * @return true when any of exchangeConstant, magnetisation, gFactor is present
     */
    public static boolean usedIn(Map<String, String> given) {
        return NAMES.stream().anyMatch(given::containsKey);
    }

    /**
     * Replaces exchangeConstant, magnetisation and (optional, default g_e) gFactor by the stiffness and spin
     * density they imply, written as natural-unit numbers; the other parameters are kept in order.
     *
     * @param given parameter name to value text, e.g. {@code exchangeConstant=3.7pJ/m, magnetisation=140kA/m}
     * @return the parameters with stiffness and spinDensity in place of the micromagnetic inputs
     * @throws InvalidInputException when only one of A_ex and M_s is given, when stiffness or spinDensity is
     *     given as well, or when a value is malformed, of the wrong unit or not positive
     */
    public static Map<String, String> replaceIn(Map<String, String> given) {
        for (String required : List.of(EXCHANGE_CONSTANT, MAGNETISATION)) {
            if (!given.containsKey(required)) {
                throw new InvalidInputException(required, "micromagnetic inputs need both " + EXCHANGE_CONSTANT
                        + " (e.g. 3.7pJ/m) and " + MAGNETISATION + " (e.g. 140kA/m); " + required + " is missing");
            }
        }
        for (String clash : List.of(STIFFNESS, SPIN_DENSITY)) {
            if (given.containsKey(clash)) {
                throw new InvalidInputException(clash, clash + " = " + given.get(clash) + " is given together with "
                        + EXCHANGE_CONSTANT + " and " + MAGNETISATION + ", which determine it; give one or the other");
            }
        }
        double g = given.containsKey(G_FACTOR)
                ? Quantities.parse(G_FACTOR, given.get(G_FACTOR), QuantityKind.DIMENSIONLESS).value()
                : PhysicalConstants.ELECTRON_G_FACTOR;
        MicromagneticParameters m = new MicromagneticParameters(
                Quantities.parse(EXCHANGE_CONSTANT, given.get(EXCHANGE_CONSTANT), QuantityKind.EXCHANGE_CONSTANT)
                        .value(),
                Quantities.parse(MAGNETISATION, given.get(MAGNETISATION), QuantityKind.MAGNETISATION).value(), g);
        Map<String, String> out = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (!NAMES.contains(k)) {
                out.put(k, v);
            }
        });
        out.put(STIFFNESS, Double.toString(m.stiffness()));
        out.put(SPIN_DENSITY, Double.toString(m.spinDensity()));
        return out;
    }
}
