package org.magent.app.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.magent.app.media.ConfiguredMedium;
import org.magent.app.units.QuantityKind;
import org.magent.medium.Medium;
import org.magent.medium.ParameterSpec;
import org.magent.medium.Separation;
import org.magent.validation.InvalidInputException;

/**
 * The grids {@code magent stability} scans when none is given, from the medium's own scales.
 * <ul>
 * <li>Energy scale E: the sum of |value| of the medium's energy parameters (gap, exchange …). Frequencies:
 * {@value #OMEGA_POINTS} points (lattices {@value #LATTICE_OMEGA_POINTS}) from ω_max/n to ω_max = 4·d·E (a
 * few times the band: the continuum band reaches Ω + 𝒟k², the cubic lattice band Ω + 12JS), and at least 2Δ
 * when the qubits are given.</li>
 * <li>Separations: a lattice scans r = 1 … {@value #LATTICE_SEPARATIONS} lattice constants along x; a continuum
 * {@value #SEPARATION_POINTS} points up to three wavelengths 3·2πℓ of a magnon at ω ≈ 2E, ℓ = √(𝒟/E) with 𝒟 the
 * stiffness (ℓ = 1 medium length unit without one).</li>
 * </ul>
 */
public final class DefaultGrids {

    /** Frequencies of the default grid of a continuum medium. */
    public static final int OMEGA_POINTS = 40;
    /** Frequencies of the default grid of a lattice medium (each one is an FFT evaluation). */
    public static final int LATTICE_OMEGA_POINTS = 12;
    /** Separations of the default grid of a continuum medium. */
    public static final int SEPARATION_POINTS = 24;
    /** Separations (lattice constants along x) of the default grid of a lattice medium. */
    public static final int LATTICE_SEPARATIONS = 8;

    private DefaultGrids() {
    }

    /**
     * The energy scale E of a medium: the sum of the magnitudes of its energy parameters.
     *
     * @param configured the configured medium
     * @return E ≥ 0 (natural units, energy)
     */
    public static double energyScale(ConfiguredMedium configured) {
        double sum = 0;
        for (double v : values(configured, QuantityKind.ENERGY)) {
            sum += Math.abs(v);
        }
        return sum;
    }

    /**
     * The default frequency grid.
     *
     * @param configured the configured medium
     * @param delta the qubits' mean splitting Δ when given (natural units, energy)
     * @return the range
     * @throws InvalidInputException when neither the medium nor the qubits give a frequency scale
     */
    public static Range omegas(ConfiguredMedium configured, OptionalDouble delta) {
        Medium m = configured.medium();
        double max = 4 * m.dimension() * energyScale(configured);
        if (delta.isPresent()) {
            max = Math.max(max, 2 * Math.abs(delta.getAsDouble()));
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            throw new InvalidInputException("omega-range", "no frequency scale: the medium " + m.name()
                    + " has no nonzero energy parameter and no --qubits were given; give --omega-range start:end:points");
        }
        int n = m.isLattice() ? LATTICE_OMEGA_POINTS : OMEGA_POINTS;
        return new Range(max / n, max, n, false);
    }

    /**
     * The default separations.
     *
     * @param configured the configured medium
     * @param omegas the frequency grid (its end sets the energy scale when the medium has none)
     * @return the separations, along x
     */
    public static List<Separation> separations(ConfiguredMedium configured, Range omegas) {
        Medium m = configured.medium();
        List<Separation> out = new ArrayList<>();
        if (m.isLattice()) {
            for (int k = 1; k <= LATTICE_SEPARATIONS; k++) {
                out.add(Separation.alongX(k));
            }
            return out;
        }
        double energy = energyScale(configured);
        energy = energy > 0 ? energy : omegas.end() / (4 * m.dimension());
        List<Double> stiffness = values(configured, QuantityKind.STIFFNESS);
        double length = stiffness.isEmpty() ? 1 : Math.sqrt(Math.abs(stiffness.get(0)) / energy);
        double max = 3 * 2 * Math.PI * length;
        for (double r : new Range(max / SEPARATION_POINTS, max, SEPARATION_POINTS, false).values()) {
            out.add(Separation.alongX(r));
        }
        return out;
    }

    private static List<Double> values(ConfiguredMedium configured, QuantityKind kind) {
        Map<String, String> values = configured.medium().parameterValues();
        List<Double> out = new ArrayList<>();
        for (ParameterSpec spec : configured.model().parameters()) {
            if (ConfiguredMedium.kind(spec).orElse(null) == kind && values.containsKey(spec.name())) {
                out.add(spec.parse(values.get(spec.name())));
            }
        }
        return out;
    }
}
