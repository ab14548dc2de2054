package org.magent.app.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.magent.bath.BathReport;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;

/**
 * A configured medium, the qubits on it and the bath it produces.
 *
 * @param medium the configured medium
 * @param qubits Δ1, Δ2 and λ
 * @param temperature T (natural units, energy)
 * @param separation r (medium length unit)
 * @param report the fluctuation–dissipation result
 * @param physicalUnits whether any input carried a physical unit, so that every number is in magent's SI-based
 *     natural units (energies and rates in rad/s, lengths in m; docs/units.md)
 */
public record MediumSetup(Medium medium, QubitCoupling qubits, double temperature, Separation separation,
        BathReport report, boolean physicalUnits) {

    /** Validates presence. */
    public MediumSetup {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(qubits, "qubits");
        Objects.requireNonNull(separation, "separation");
        Objects.requireNonNull(report, "report");
    }

    /**
     * A setup given in natural units (no physical unit anywhere).
     *
     * @param medium the configured medium
     * @param qubits Δ1, Δ2 and λ
     * @param temperature T (natural units, energy)
     * @param separation r (medium length unit)
     * @param report the fluctuation–dissipation result
     */
    public MediumSetup(Medium medium, QubitCoupling qubits, double temperature, Separation separation,
            BathReport report) {
        this(medium, qubits, temperature, separation, report, false);
    }

    /**
     * The unit of energies, rates and temperatures in outputs: "rad/s" when the inputs carried units, else
     * natural units.
     *
     * @return the unit text for headers
     */
    public String energyUnit() {
        return physicalUnits ? "rad/s" : MediumOptions.ENERGY;
    }

    /**
     * The unit of lengths in outputs: "m" when the inputs carried units, else the medium's length unit.
     *
     * @return the unit text for headers
     */
    public String lengthUnit() {
        return physicalUnits ? "m" : medium.isLattice() ? "lattice constants" : "medium length unit";
    }

    /**
     * Whether both the medium and the bath are stable (docs/physics.md, two levels).
     *
     * @return the verdict
     */
    public boolean stable() {
        return report.mediumStability().stable() && report.bathStability().stable();
    }

    /**
     * What makes the setup unstable, medium first.
     *
     * @return the findings of both stability reports that failed
     */
    public List<String> instabilities() {
        List<String> out = new ArrayList<>();
        if (!report.mediumStability().stable()) {
            out.addAll(report.mediumStability().findings());
        }
        if (!report.bathStability().stable()) {
            out.addAll(report.bathStability().findings());
        }
        return out;
    }
}
