package org.magent.app.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.complex.Complex;
import org.magent.app.units.UnitMix;
import org.magent.masterequation.BathParameters;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Master-equation coefficients and qubit fields given by hand ({@code --rates} or one batch row).
 *
 * @param bath the coefficients a, ã, A, Ã, J⊥, Jz, D, d, 𝔇 (natural units, energy)
 * @param delta1 field of qubit 1, Δ1 (natural units, energy)
 * @param delta2 field of qubit 2, Δ2 (natural units, energy)
 * @param physicalUnits whether any value carried a physical unit (then every number is in magent's SI-based
 *     natural units: rad/s)
 */
public record ExplicitRates(BathParameters bath, double delta1, double delta2, boolean physicalUnits) {

    /** Validates: bath present, fields finite. */
    public ExplicitRates {
        Objects.requireNonNull(bath, "bath");
        Checks.finite("Delta1", delta1, RateName.UNIT);
        Checks.finite("Delta2", delta2, RateName.UNIT);
    }

    /**
     * Parses the {@code --rates} option, e.g. {@code a=1,at=0.1,A=0.9+0.1i,Delta1=1.3}. Missing names are 0.
     * Values may carry units ({@code a=2kHz,A=0.9+0.1i kHz,Delta1=2.87GHz}, see {@link RateName#kind()}); bare
     * numbers are natural units, so mixing them with unit-carrying values means rad/s (docs/units.md).
     *
     * @param text the option value
     * @return the rates
     * @throws InvalidInputException for an unknown name (the message lists the valid ones), a malformed or
     *     non-finite value, or a complex value for a real coefficient
     */
    public static ExplicitRates parse(String text) {
        return of(KeyValues.parse("--rates", text, RateName.names()));
    }

    /**
     * Builds rates from name/value texts. Missing names are 0.
     *
     * @param values rate name to value text; every key must be a {@link RateName}
     * @return the rates
     * @throws InvalidInputException for an unknown name, a malformed or non-finite value
     */
    public static ExplicitRates of(Map<String, String> values) {
        Map<RateName, Complex> v = new EnumMap<>(RateName.class);
        for (RateName r : RateName.values()) {
            v.put(r, Complex.ZERO);
        }
        values.forEach((name, text) -> {
            RateName r = rateName(name);
            v.put(r, r.isComplex() ? Numbers.complexQuantity(name, text, r.kind())
                    : new Complex(Numbers.quantity(name, text, r.kind()).value(), 0));
        });
        BathParameters bath = BathParameters.explicit(re(v, RateName.a), re(v, RateName.at), v.get(RateName.A),
                v.get(RateName.At), re(v, RateName.Jperp), re(v, RateName.Jz), re(v, RateName.D),
                re(v, RateName.d), v.get(RateName.Dd));
        boolean physical = values.values().stream().anyMatch(Numbers::hasUnit);
        return new ExplicitRates(bath, re(v, RateName.Delta1), re(v, RateName.Delta2), physical);
    }

    /**
     * The inputs of a rate list for the rule on mixing units ({@link UnitMix}): every rate and field is
     * dimensional; a bare zero does not count.
     *
     * @param values rate name to value text
     * @return one input per name, in order
     */
    public static List<UnitMix.Input> unitInputs(Map<String, String> values) {
        List<UnitMix.Input> out = new ArrayList<>();
        values.forEach((name, text) -> {
            boolean unit = Numbers.hasUnit(text);
            boolean zero = !unit && Numbers.complex(name, text, RateName.UNIT).abs() == 0;
            out.add(new UnitMix.Input(name, text, unit, zero));
        });
        return out;
    }

    /**
     * Looks up a rate name.
     *
     * @param name the name as typed
     * @return the rate
     * @throws InvalidInputException listing the valid names when the name is unknown
     */
    public static RateName rateName(String name) {
        try {
            return RateName.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "unknown rate name '" + name + "'; valid names are "
                    + String.join(", ", RateName.names()), e);
        }
    }

    private static double re(Map<RateName, Complex> v, RateName r) {
        return v.get(r).getReal();
    }
}
