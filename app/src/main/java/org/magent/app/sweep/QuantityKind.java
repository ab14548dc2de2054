package org.magent.app.sweep;

/** What a number on the sweep command line measures; decides which unit suffixes it accepts. */
public enum QuantityKind {
    /** A length: nm, µm/um, mm, m, Å (stored in metres). */
    LENGTH,
    /** An energy, frequency or rate: GHz … Hz (cyclic, ×2π), rad/s, 1/s, s^-1, meV, µeV/ueV, eV, J (stored in rad/s). */
    ENERGY,
    /** A temperature: K, mK, µK/uK (stored as k_B·T/ħ in rad/s). */
    TEMPERATURE,
    /** A magnetic field: T, mT, µT/uT, G (stored in tesla; enters only through γ_e·B). */
    FIELD,
    /** A time: s, ms, µs/us, ns, ps (stored in seconds). */
    TIME
}
