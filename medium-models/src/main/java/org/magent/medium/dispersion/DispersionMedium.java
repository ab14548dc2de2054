package org.magent.medium.dispersion;

import java.util.List;
import java.util.Optional;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.ParameterValues;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.FftGreensEngine;
import org.magent.medium.greens.GreensValues;
import org.magent.medium.greens.InsufficientResolutionException;
import org.magent.medium.TranslationInvariantMedium;

/**
 * A configured formula medium: G^R(ρ, ω) = 2s ∫ d^dk/(2π)^d e^{ik·ρ}/((1+iα)ω − ω_k) with ω_k from a
 * {@link DispersionFormula}, evaluated by the {@link FftGreensEngine} at {0, ±r} (docs/physics.md). The band's
 * minimum is searched once, when the medium is configured ({@link SoftModeSearch}); that scan also proves the
 * formula finite before any Green's function is computed.
 */
final class DispersionMedium extends TranslationInvariantMedium {

    /**
     * Relative accuracy asked of the FFT engine (dimensionless). Bands with a quadratic tail converge at second
     * order and reach far better; other tails (e.g. quartic) converge at first order in the grid spacing, where
     * 1e-4 would take 10⁶–10⁷ points even in d = 1.
     */
    static final double TOLERANCE = 1e-3;

    /** Largest FFT grid array (bytes). */
    static final long MEMORY_BUDGET = 256L << 20;

    private static final FftGreensEngine ENGINE = new FftGreensEngine(MEMORY_BUDGET);

    private final DispersionFormula formula;
    private final boolean lattice;
    private final double spinDensity;
    private final double damping;
    private final SoftModeSearch.Minimum minimum;

    DispersionMedium(ParameterValues values, DispersionFormula formula, int dimension, boolean lattice,
            double spinDensity, double damping) {
        super(DispersionModel.NAME, values, dimension);
        this.formula = formula;
        this.lattice = lattice;
        this.spinDensity = spinDensity;
        this.damping = damping;
        DispersionFormula.Evaluator scan = formula.evaluator();
        this.minimum = SoftModeSearch.search(scan::omegaOrOverflow, dimension, lattice);
    }

    @Override
    protected GreensValues greens(double omega, List<Displacement> displacements) {
        FormulaBand band = new FormulaBand(formula, dimension(), lattice, spinDensity, damping);
        try {
            return ENGINE.evaluate(band, omega, displacements, TOLERANCE);
        } catch (InsufficientResolutionException e) {
            throw new InsufficientResolutionException(e.getMessage() + "; band omega = " + formula.text()
                    + (lattice ? "" : ": a continuum band that does not grow as k^2 at large k converges only at first"
                            + " order in the grid spacing; a lattice band (lattice=true), a lower dimension or a"
                            + " larger damping needs a smaller grid"), e);
        }
    }

    @Override
    public boolean isLattice() {
        return lattice;
    }

    /**
     * Finite on a lattice, and in a d = 1 continuum whose band grows faster than |k| at large k (then
     * ∫dk/(W − ω_k) converges); diverges otherwise.
     */
    @Override
    public boolean hasFiniteLocalRealPart() {
        return lattice || (dimension() == 1 && minimum.largeKExponent() > 1.1);
    }

    /**
     * The polarised-ferromagnet values of linear spin-wave theory: exactly zero at T = 0, not computed at
     * T &gt; 0 (thermal two-magnon processes).
     */
    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return LongitudinalCorrelators.polarisedFerromagnet(temperature);
    }

    /** The soft-mode verdict of the scan made at configuration, naming k and ω_k at the band minimum. */
    @Override
    public StabilityReport stability() {
        return minimum.report("omega = " + formula.text() + " with " + formula.parameters()
                + (lattice ? " over the Brillouin zone" : ""));
    }

    /**
     * The band minimum found by the scan.
     *
     * @return the minimum
     */
    SoftModeSearch.Minimum minimum() {
        return minimum;
    }
}
