package org.magent.app.units;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.MeasurementParseException;
import org.magent.physics.PhysicalConstants;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.Units;

/**
 * The thin layer between indriya (JSR 385: unit symbols, prefixes, dimensions, conversion factors) and
 * magent's kinds: which SI dimension each {@link QuantityKind} has, and the ħ, k_B, 2π and γ_e factors that
 * turn an energy, a cyclic frequency, a temperature or a field into an angular frequency.
 *
 * <p>Unit syntax: indriya's symbols ({@code GHz}, {@code nm^-3}, {@code kA/m}, {@code J/m}) plus {@code eV}
 * with every metric prefix, {@code G} (gauss) and {@code Å}; {@code u} for micro ({@code ueV, uK, um, uT, us});
 * factors separated by a space, {@code *} or {@code ·} ({@code meV nm^2}); {@code 1/X} for an inverse; a
 * half-integer power of a length written {@code nm^3/2} or {@code nm^3:2} (for the coupling λ).
 */
final class UnitAlgebra {

    /** How an energy-like unit becomes an angular frequency (rad/s). */
    enum Scale {
        /** An energy E → E/ħ. */
        ENERGY,
        /** A cyclic frequency f (Hz) → 2πf. */
        CYCLIC,
        /** An angular frequency or a rate (rad/s, 1/s) → as is. */
        ANGULAR,
        /** A temperature T → k_B T/ħ. */
        THERMAL,
        /** A magnetic field B → γ_e B. */
        ZEEMAN
    }

    /** A unit that magent does not accept for a quantity; the message says why. */
    static final class UnitException extends Exception {
        private static final long serialVersionUID = 1L;

        UnitException(String message) {
            super(message);
        }

        UnitException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A parsed unit: an indriya unit times a half-integer power of length (only the coupling λ needs one).
     *
     * @param unit the unit with integer exponents
     * @param halfScale the SI value of the half-integer length part, (metres per length unit)^(halves/2)
     * @param lengthHalves twice the exponent of the extra length factor (odd, or 0 when there is none)
     */
    record Term(Unit<?> unit, double halfScale, int lengthHalves) {
        Term times(Term other) {
            return normalised(unit.multiply(other.unit), halfScale * other.halfScale, lengthHalves + other.lengthHalves);
        }

        Term inverse() {
            return new Term(unit.inverse(), 1 / halfScale, -lengthHalves);
        }

        static Term normalised(Unit<?> unit, double halfScale, int halves) {
            if (halves % 2 == 0 && halves != 0) {
                return new Term(unit.multiply(lengthPower(halves / 2)), halfScale, 0);
            }
            return new Term(unit, halfScale, halves);
        }
    }

    private static final Unit<?> PER_SECOND = AbstractUnit.ONE.divide(Units.SECOND);
    private static final Unit<?> PER_METRE = AbstractUnit.ONE.divide(Units.METRE);
    private static final SimpleUnitFormat FORMAT = buildFormat();
    private static final Pattern HALF_POWER = Pattern.compile("(.+)\\^(-?\\d+)[/:]2");
    private static final Pattern EXPONENT = Pattern.compile("\\^-?\\d+(?::\\d+)?");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private UnitAlgebra() {
    }

    private static SimpleUnitFormat buildFormat() {
        SimpleUnitFormat f = SimpleUnitFormat.getNewInstance();
        Unit<?> electronVolt = Units.JOULE.multiply(PhysicalConstants.ELEMENTARY_CHARGE);
        f.label(electronVolt, "eV");
        for (MetricPrefix p : MetricPrefix.values()) {
            f.label(electronVolt.prefix(p), p.getSymbol() + "eV");
        }
        f.label(Units.TESLA.divide(10_000), "G");
        f.label(Units.METRE.divide(1e10), "Å");
        Unit<?> degree = Units.RADIAN.multiply(Math.PI / 180);
        f.label(degree, "deg");
        f.alias(degree, "°");
        for (String symbol : List.of("eV", "K", "m", "T", "s", "Hz", "J")) {
            f.alias(f.parse(MetricPrefix.MICRO.getSymbol() + symbol), "u" + symbol);
        }
        return f;
    }

    /**
     * Parses a unit text.
     *
     * @param text the unit, e.g. "GHz", "meV nm^2", "1/s", "nm^3/2"
     * @return the parsed unit
     * @throws UnitException for an unknown unit, a number inside a unit or a non-linear unit (°C)
     */
    static Term parse(String text) throws UnitException {
        String s = normalise(text);
        if (s.isEmpty()) {
            throw new UnitException("no unit");
        }
        List<String> factors = new ArrayList<>();
        if (s.contains("(")) {
            factors.add(s);
        } else {
            for (String f : s.split("[\\s*·]+")) {
                if (!f.isEmpty()) {
                    factors.add(f);
                }
            }
        }
        if (factors.isEmpty()) {
            throw new UnitException("no unit");
        }
        Term product = new Term(AbstractUnit.ONE, 1, 0);
        for (String f : factors) {
            product = product.times(factor(f));
        }
        return product;
    }

    private static String normalise(String text) {
        StringBuilder b = new StringBuilder();
        boolean inSuperscript = false;
        for (char c : text.strip().toCharArray()) {
            int digit = SUPERSCRIPTS.indexOf(c);
            if (digit >= 0 || c == '⁻') {
                if (!inSuperscript) {
                    b.append('^');
                }
                b.append(c == '⁻' ? '-' : (char) ('0' + digit));
                inSuperscript = true;
                continue;
            }
            inSuperscript = false;
            b.append(c == 'μ' ? 'µ' : c); // Greek small mu → micro sign, as indriya spells the prefix
        }
        return b.toString();
    }

    private static Term factor(String f) throws UnitException {
        if (f.startsWith("1/") && f.length() > 2) {
            return factor(f.substring(2)).inverse();
        }
        Matcher half = HALF_POWER.matcher(f);
        if (half.matches()) {
            int numerator = Integer.parseInt(half.group(2));
            Unit<?> base = indriya(half.group(1));
            if (numerator % 2 == 0) {
                return Term.normalised(power(base, numerator / 2), 1, 0);
            }
            if (!base.isCompatible(Units.METRE)) {
                throw new UnitException("a half-integer power is accepted only for a length, not for '"
                        + half.group(1) + "'");
            }
            double metres = factorTo(base, Units.METRE);
            return new Term(AbstractUnit.ONE, Math.pow(metres, numerator / 2.0), numerator);
        }
        return new Term(indriya(f), 1, 0);
    }

    private static Unit<?> indriya(String f) throws UnitException {
        if (EXPONENT.matcher(f).replaceAll("").chars().anyMatch(Character::isDigit)) {
            throw new UnitException("'" + f + "' is not a unit (a number inside a unit is not accepted)");
        }
        Unit<?> u;
        try {
            synchronized (FORMAT) {
                u = FORMAT.parse(f);
            }
        } catch (MeasurementParseException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new UnitException("unknown unit '" + f + "'", e);
        }
        if (!converter(u, u.getSystemUnit()).isLinear()) {
            throw new UnitException("'" + f + "' is not a linear unit (use K, not a temperature scale with an offset)");
        }
        return u;
    }

    /**
     * The natural value (docs/units.md) of one of the given unit for a quantity of the given kind.
     *
     * @param kind the kind of quantity
     * @param term the unit
     * @param dimension the spatial dimension d of the medium for {@link QuantityKind#SPIN_DENSITY} and
     *     {@link QuantityKind#COUPLING} (0 on a lattice: per-site quantities), or −1 when any d = 1, 2, 3 is allowed
     * @return the natural value of one unit
     * @throws UnitException when the unit has the wrong dimension for the kind
     */
    static double naturalPerUnit(QuantityKind kind, Term term, int dimension) throws UnitException {
        return switch (kind) {
            case ENERGY -> energyLike(term, 0, EnumSet.allOf(Scale.class), kind);
            case TEMPERATURE -> energyLike(term, 0, EnumSet.complementOf(EnumSet.of(Scale.ZEEMAN)), kind);
            case RATE -> energyLike(term, 0, EnumSet.of(Scale.ENERGY, Scale.CYCLIC, Scale.ANGULAR), kind);
            case FIELD -> energyLike(term, 0, EnumSet.of(Scale.ZEEMAN), kind);
            case STIFFNESS -> energyLike(term, 4, EnumSet.of(Scale.ENERGY, Scale.CYCLIC, Scale.ANGULAR, Scale.ZEEMAN),
                    kind);
            case EXCHANGE_CONSTANT -> energyLike(term, -2, EnumSet.of(Scale.ENERGY), kind);
            case COUPLING -> {
                Set<Scale> scales = EnumSet.of(Scale.ENERGY, Scale.CYCLIC, Scale.ANGULAR);
                if (dimension >= 0) {
                    yield energyLike(term, dimension, scales, kind);
                }
                for (int d = 1; d <= 3; d++) {
                    if (Math.floorMod(term.lengthHalves() - d, 2) == 0 && isEnergyLike(term, d)) {
                        yield energyLike(term, d, scales, kind);
                    }
                }
                throw wrongDimension(term, kind);
            }
            case LENGTH -> fixed(term, Units.METRE, kind);
            case TIME -> fixed(term, Units.SECOND, kind);
            case MAGNETISATION -> fixed(term, Units.AMPERE.divide(Units.METRE), kind);
            case SPIN_DENSITY -> {
                if (dimension >= 0) {
                    yield fixed(term, power(PER_METRE, dimension), kind);
                }
                for (int d = 1; d <= 3; d++) {
                    if (term.lengthHalves() == 0 && term.unit().isCompatible(power(PER_METRE, d))) {
                        yield fixed(term, power(PER_METRE, d), kind);
                    }
                }
                throw wrongDimension(term, kind);
            }
            case ANGLE -> angle(term);
            case DIMENSIONLESS -> throw new UnitException("a dimensionless number takes no unit");
        };
    }

    /** rad, mrad, deg or ° (an angle is a pure number in radians). */
    private static double angle(Term term) throws UnitException {
        if (term.lengthHalves() == 0 && term.unit().isCompatible(Units.RADIAN)) {
            return factorTo(term.unit(), Units.RADIAN);
        }
        throw new UnitException("an angle takes rad, mrad, deg or °");
    }

    private static boolean isEnergyLike(Term term, int halves) {
        Unit<?> w = term.unit().multiply(lengthPower((term.lengthHalves() - halves) / 2));
        return scaleOf(w) != null;
    }

    /** E such that the term = E · m^(halves/2), converted to rad/s, when E has one of the allowed scales. */
    private static double energyLike(Term term, int halves, Set<Scale> allowed, QuantityKind kind)
            throws UnitException {
        if (Math.floorMod(term.lengthHalves() - halves, 2) != 0) {
            throw wrongDimension(term, kind);
        }
        Unit<?> w = term.unit().multiply(lengthPower((term.lengthHalves() - halves) / 2));
        Scale scale = scaleOf(w);
        if (scale == null || !allowed.contains(scale)) {
            throw wrongDimension(term, kind);
        }
        double perUnit = switch (scale) {
            case CYCLIC -> 2 * Math.PI * factorTo(w, Units.HERTZ);
            case ANGULAR -> factorTo(w, PER_SECOND);
            case ENERGY -> factorTo(w, Units.JOULE) / PhysicalConstants.HBAR;
            case THERMAL -> factorTo(w, Units.KELVIN) * PhysicalConstants.BOLTZMANN / PhysicalConstants.HBAR;
            case ZEEMAN -> factorTo(w, Units.TESLA) * PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO;
        };
        return perUnit * term.halfScale();
    }

    private static Scale scaleOf(Unit<?> w) {
        if (w.getSystemUnit().equals(Units.HERTZ)) {
            return Scale.CYCLIC;
        }
        if (w.isCompatible(PER_SECOND)) {
            return Scale.ANGULAR;
        }
        if (w.isCompatible(Units.JOULE)) {
            return Scale.ENERGY;
        }
        if (w.isCompatible(Units.KELVIN)) {
            return Scale.THERMAL;
        }
        if (w.isCompatible(Units.TESLA)) {
            return Scale.ZEEMAN;
        }
        return null;
    }

    private static double fixed(Term term, Unit<?> target, QuantityKind kind) throws UnitException {
        if (term.lengthHalves() != 0 || !term.unit().isCompatible(target)) {
            throw wrongDimension(term, kind);
        }
        return factorTo(term.unit(), target);
    }

    private static UnitException wrongDimension(Term term, QuantityKind kind) {
        String dim = term.unit().getDimension().toString();
        if (term.lengthHalves() != 0) {
            dim += "·[L]^" + term.lengthHalves() + "/2";
        }
        String what = kind.description();
        return new UnitException("wrong dimension " + dim + " for " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an "
                : "a ") + what);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static UnitConverter converter(Unit<?> from, Unit<?> to) {
        return ((Unit) from).getConverterTo((Unit) to);
    }

    private static double factorTo(Unit<?> from, Unit<?> to) {
        return converter(from, to).convert(1.0);
    }

    private static Unit<?> lengthPower(int n) {
        return power(Units.METRE, n);
    }

    private static Unit<?> power(Unit<?> u, int n) {
        if (n == 0) {
            return AbstractUnit.ONE;
        }
        return n > 0 ? u.pow(n) : u.pow(-n).inverse();
    }

    /**
     * The unit text as indriya would print it, for messages.
     *
     * @param term the unit
     * @return e.g. "GHz", "1/nm³"
     */
    static String text(Term term) {
        String s = term.unit().toString();
        return term.lengthHalves() == 0 ? s : String.format(Locale.ROOT, "%s·m^%d/2", s, term.lengthHalves());
    }
}
