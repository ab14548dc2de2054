package org.magent.medium.dispersion;

import org.magent.medium.greens.Band;

/**
 * A {@link Band} whose ω_k is a {@link DispersionFormula}, for the {@link org.magent.medium.greens.FftGreensEngine}.
 * Holds one formula evaluator, so it is not thread-safe: create one per call.
 */
final class FormulaBand implements Band {

    private final DispersionFormula.Evaluator evaluator;
    private final int dimension;
    private final boolean lattice;
    private final double spinDensity;
    private final double damping;

    FormulaBand(DispersionFormula formula, int dimension, boolean lattice, double spinDensity, double damping) {
        this.evaluator = formula.evaluator();
        this.dimension = dimension;
        this.lattice = lattice;
        this.spinDensity = spinDensity;
        this.damping = damping;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** ω_k from the formula; NaN or ±∞ is an InvalidInputException naming "omega". */
    @Override
    public double omega(double kx, double ky, double kz) {
        return evaluator.omega(kx, ky, kz);
    }

    @Override
    public boolean isLattice() {
        return lattice;
    }

    @Override
    public double spinDensity() {
        return spinDensity;
    }

    @Override
    public double damping() {
        return damping;
    }
}
