package org.magent.medium.lattice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.magent.medium.InversionSymmetricMedium;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.ParameterValues;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.GreensValues;
import org.magent.medium.greens.LatticeGreens;
import org.magent.medium.greens.LatticeType;
import org.magent.validation.InvalidInputException;

/**
 * A configured lattice ferromagnet, ω_k = Ω + 2JS Σ_μ(1 − cos k_μ), with G^R from {@link LatticeGreens}.
 * Separations are lattice vectors; Re G^R(0) is finite, so the Lamb shift is reported.
 */
final class LatticeFerromagnetMedium extends InversionSymmetricMedium {

    /** A component within this distance of an integer counts as a lattice coordinate (lattice constants). */
    private static final double LATTICE_TOLERANCE = 1e-9;

    private final double gap;
    private final LatticeGreens greens;

    LatticeFerromagnetMedium(ParameterValues values) {
        this(values, LatticeType.valueOf(values.choice("lattice").toUpperCase(Locale.ROOT)));
    }

    private LatticeFerromagnetMedium(ParameterValues values, LatticeType type) {
        super(LatticeFerromagnetModel.NAME, values, type.dimension());
        this.gap = values.number("gap");
        this.greens = new LatticeGreens(type, values.number("exchange"), values.number("spin"), gap,
                values.number("damping"));
    }

    @Override
    protected GreensValues greens(double omega, List<Displacement> displacements) {
        return greens.evaluate(omega, displacements);
    }

    @Override
    protected void checkSeparation(Separation r) {
        super.checkSeparation(r);
        if (!isInteger(r.x()) || !isInteger(r.y()) || !isInteger(r.z())) {
            throw new InvalidInputException("separation", "separation = " + r.text()
                    + " (lattice constants) is not a lattice vector: every component must be an integer");
        }
    }

    private static boolean isInteger(double v) {
        return Math.abs(v - Math.rint(v)) <= LATTICE_TOLERANCE;
    }

    @Override
    public boolean isLattice() {
        return true;
    }

    /** Exactly zero at T = 0; not computed at T &gt; 0 (thermal two-magnon processes). */
    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return LongitudinalCorrelators.polarisedFerromagnet(temperature);
    }

    @Override
    public StabilityReport stability() {
        return gapStability(gap, "the band minimum is at k = 0 (J, S > 0)");
    }
}
