package org.magent.medium.dispersion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;
import org.magent.validation.InvalidInputException;

/**
 * A magnon band given as a formula: ω_k = omega(kx, ky, kz; parameters), in linear spin-wave theory on a
 * polarised ferromagnet, G^R(ρ, ω) = 2s ∫ d^dk/(2π)^d e^{ik·ρ}/((1+iα)ω − ω_k) by the FFT engine (docs/physics.md).
 *
 * <p>Parameters: the reserved ones listed by {@link #parameters()} (omega, dim, lattice, spinDensity, damping);
 * every other name=value given to {@link #configure} is a free, numeric parameter of the formula (natural
 * units). Example: {@code omega=gap + stiffness*(kx^2+ky^2) + v*kx, dim=2, gap=0.2, stiffness=1, v=0.3}.
 */
public final class DispersionModel implements MediumModel {

    /** The registered name. */
    public static final String NAME = "dispersion";

    private static final List<ParameterSpec> RESERVED = List.of(
            ParameterSpec.text(DispersionFormula.PARAMETER, "formula, natural units, energy",
                    "1 + kx^2 + ky^2 + kz^2", "the band omega_k in kx, ky, kz (components beyond dim are 0) and "
                            + "any other name=value given with --set, which becomes a numeric formula parameter "
                            + "(natural units); exp4j syntax: + - * / ^ ( ) sin cos exp sqrt abs pi ..."),
            ParameterSpec.dimension("spatial dimension d of the medium"),
            ParameterSpec.choice("lattice", "false", List.of("false", "true"),
                    "true: k runs over the Brillouin zone [-pi, pi)^d, lattice constant 1, separations are "
                            + "lattice vectors; false: continuum"),
            ParameterSpec.number("spinDensity", "spin per length^d (per site on a lattice)", 1, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "spin density s of the polarised ground state"),
            ParameterSpec.number("damping", "dimensionless", 0.01, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                    "Gilbert damping alpha (> 0: the FFT engine needs damping * omega != 0)"));

    private static final Set<String> RESERVED_NAMES = RESERVED.stream().map(ParameterSpec::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Creates the model. */
    public DispersionModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "any magnon band omega_k given as a formula (--set \"omega=gap + stiffness*kx^2 + v*kx\",gap=..,"
                + "stiffness=..,v=..): every --set name other than those below is a free numeric parameter of the "
                + "formula (natural units); FFT Green's functions, continuum or lattice";
    }

    /**
     * The reserved parameters; free formula parameters are not listed (any other name is one).
     *
     * @return omega, dim, lattice, spinDensity, damping
     */
    @Override
    public List<ParameterSpec> parameters() {
        return RESERVED;
    }

    /**
     * Configures the medium: reserved parameters are checked against their specifications, every other name
     * must be a valid formula variable with a finite numeric value, and the formula must parse, use only kx, ky,
     * kz and those names, and be finite over the stability scan. An unstable band (ω_k &lt; 0 somewhere) is
     * accepted and reported by {@link Medium#stability()}.
     *
     * @param values parameter name to value text
     * @return the configured medium
     * @throws InvalidInputException naming the parameter (or "omega" and the formula)
     */
    @Override
    public Medium configure(Map<String, String> values) {
        List<ParameterSpec> specs = new ArrayList<>(RESERVED);
        List<String> free = new ArrayList<>();
        for (String name : values.keySet()) {
            if (!RESERVED_NAMES.contains(name)) {
                free.add(name);
                specs.add(ParameterSpec.number(name, "natural units", 0, Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY, "formula parameter"));
            }
        }
        ParameterValues resolved = ParameterValues.resolve(NAME, specs, values);
        Map<String, Double> parameters = new LinkedHashMap<>();
        free.forEach(name -> parameters.put(name, resolved.number(name)));
        DispersionFormula formula = new DispersionFormula(resolved.choice(DispersionFormula.PARAMETER), parameters);
        return new DispersionMedium(resolved, formula, (int) resolved.number("dim"),
                Boolean.parseBoolean(resolved.choice("lattice")), resolved.number("spinDensity"),
                resolved.number("damping"));
    }
}
