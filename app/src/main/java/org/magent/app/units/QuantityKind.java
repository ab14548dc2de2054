package org.magent.app.units;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of physical quantity magent accepts at its edges, each with its natural unit (the SI-based
 * natural system of docs/units.md, ħ = k_B = 1) and the units a value of that kind may carry.
 *
 * <p>"Energy-like" units all become angular frequencies (rad/s): an energy E → E/ħ; a cyclic frequency f (Hz)
 * → 2πf; an angular frequency (rad/s) or a rate (1/s, s^-1) as is; a temperature T → k_B T/ħ; a magnetic field
 * B → the electron Zeeman frequency γ_e B (the gap ħγB of a ferromagnet in a field).
 */
public enum QuantityKind {
    /** An energy or frequency, e.g. a qubit splitting Δ or a magnon gap Ω; natural unit rad/s. */
    ENERGY("energy", "rad/s", "eV (meV, µeV/ueV, ...), J, GHz/MHz/kHz/Hz (cyclic, ×2π), rad/s, 1/s or s^-1, "
            + "K (k_B T/ħ), T/mT/µT/uT/G (Zeeman γ_e B)"),
    /** A temperature; natural unit rad/s (k_B T/ħ). */
    TEMPERATURE("temperature", "rad/s", "K, mK, µK/uK, eV (meV, ...), J, GHz/MHz/kHz/Hz (cyclic, ×2π), rad/s"),
    /** A length, e.g. a separation; natural unit m. */
    LENGTH("length", "m", "m, mm, µm/um, nm, pm, Å"),
    /** A magnetic field B, stored as its electron Zeeman angular frequency γ_e B; natural unit rad/s. */
    FIELD("magnetic field", "rad/s (γ_e B)", "T, mT, µT/uT, G (gauss)"),
    /** A rate Γ, e.g. a, ã, A of the master equation; natural unit 1/s (rad/s). */
    RATE("rate", "1/s", "1/s or s^-1, rad/s, GHz/MHz/kHz/Hz (cyclic, ×2π), eV (meV, µeV, ...), J"),
    /** A time, e.g. t_max; natural unit s. */
    TIME("time", "s", "s, ms, µs/us, ns, ps, fs"),
    /** A spin-wave stiffness 𝒟 in ω_k = Ω + 𝒟k²; natural unit (rad/s)·m². */
    STIFFNESS("spin-wave stiffness", "(rad/s)·m^2", "an energy-like unit times a length squared: \"meV nm^2\", "
            + "\"GHz nm^2\" (cyclic, ×2π), \"rad/s m^2\", \"T m^2\" (γ_e B), \"J m^2\""),
    /** A spin density s (in units of ħ per volume of the d-dimensional medium); natural unit m^-d. */
    SPIN_DENSITY("spin density", "m^-d", "m^-3, nm^-3 (d = 3), nm^-2 (d = 2), nm^-1 (d = 1), 1/nm^3, ..."),
    /** A micromagnetic exchange constant A_ex; natural unit (rad/s)/m (A_ex/ħ). */
    EXCHANGE_CONSTANT("exchange constant", "(rad/s)/m", "J/m, pJ/m, \"meV/nm\""),
    /** A saturation magnetisation M_s; natural unit A/m. */
    MAGNETISATION("magnetisation", "A/m", "A/m, kA/m, MA/m"),
    /** A qubit–medium coupling λ (λ²𝒜 is a rate, 𝒜 in s·m^-d); natural unit (rad/s)·m^(d/2). */
    COUPLING("coupling", "(rad/s)·m^(d/2)", "an energy-like unit times a length to the power d/2: "
            + "\"meV nm^3/2\" (d = 3), \"GHz nm\" (d = 2), \"rad/s m^1/2\" (d = 1); a bare energy on a lattice"),
    /** An angle; natural unit rad (a bare number is in radians). */
    ANGLE("angle", "rad", "rad, mrad, deg (or °)"),
    /** A pure number, e.g. a damping or a dimension; no unit. */
    DIMENSIONLESS("dimensionless number", "1", "none (a bare number)");

    private final String description;
    private final String naturalUnit;
    private final String acceptedUnits;

    QuantityKind(String description, String naturalUnit, String acceptedUnits) {
        this.description = description;
        this.naturalUnit = naturalUnit;
        this.acceptedUnits = acceptedUnits;
    }

    /**
     * What the kind is, in words.
     *
     * @return e.g. "temperature"
     */
    public String description() {
        return description;
    }

    /**
     * The unit of a bare number of this kind in magent's SI-based natural system.
     *
     * @return e.g. "rad/s", "m"
     */
    public String naturalUnit() {
        return naturalUnit;
    }

    /**
     * The units a value of this kind may carry, for help texts and error messages.
     *
     * @return a human-readable list
     */
    public String acceptedUnits() {
        return acceptedUnits;
    }

    /**
     * The kind of a medium parameter from the unit text of its {@code ParameterSpec} (e.g. "natural units,
     * energy" → {@link #ENERGY}, "natural units, energy x length^2" → {@link #STIFFNESS}, "spin per length^d"
     * → {@link #SPIN_DENSITY}, "dimensionless ..." → {@link #DIMENSIONLESS}).
     *
     * @param unitText the unit as the medium model declares it
     * @return the kind, or empty for a unit magent does not know (such a parameter takes bare numbers only)
     */
    public static Optional<QuantityKind> forParameterUnit(String unitText) {
        String u = unitText == null ? "" : unitText.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("dimensionless")) {
            return Optional.of(DIMENSIONLESS);
        }
        if (u.contains("energy x length^2") || u.contains("energy*length^2") || u.contains("energy·length^2")) {
            return Optional.of(STIFFNESS);
        }
        if (u.startsWith("spin per length")) {
            return Optional.of(SPIN_DENSITY);
        }
        if (u.equals("natural units, energy") || u.equals("energy")) {
            return Optional.of(ENERGY);
        }
        if (u.equals("natural units, temperature")) {
            return Optional.of(TEMPERATURE);
        }
        if (u.equals("natural units, rate")) {
            return Optional.of(RATE);
        }
        if (u.equals("m")) {
            return Optional.of(LENGTH);
        }
        if (u.equals("a/m")) {
            return Optional.of(MAGNETISATION);
        }
        if (u.equals("j/m")) {
            return Optional.of(EXCHANGE_CONSTANT);
        }
        if (u.equals("t")) {
            return Optional.of(FIELD);
        }
        if (u.equals("rad")) {
            return Optional.of(ANGLE);
        }
        if (u.equals("natural units, length") || u.equals("medium length unit")) {
            return Optional.of(LENGTH);
        }
        if (u.equals("natural units, time") || u.equals("natural units, 1/energy, time")) {
            return Optional.of(TIME);
        }
        return Optional.empty();
    }
}
