package org.magent.medium.greens;

/**
 * A magnon band ω_k with its spin density and Gilbert damping: the input of {@link FftGreensEngine}.
 *
 * <p>G^R(ρ, ω) = 2s ∫ d^dk/(2π)^d e^{ik·ρ} / ((1+iα)ω − ω_k) (docs/physics.md).
 */
public interface Band {

    /**
     * Returns the dimension of the medium.
     *
     * @return 1, 2 or 3
     */
    int dimension();

    /**
     * Returns the magnon energy at wave vector k; components beyond {@link #dimension()} are passed as 0.
     *
     * @param kx wave-vector component x (1/medium length unit; 1/lattice constant on lattices)
     * @param ky wave-vector component y (1/medium length unit)
     * @param kz wave-vector component z (1/medium length unit)
     * @return ω_k (natural units, energy)
     */
    double omega(double kx, double ky, double kz);

    /**
     * Tells whether the band lives on a lattice (k in the Brillouin zone [−π, π)^d, lattice constant 1).
     *
     * @return true for a lattice band, false for a continuum band
     */
    boolean isLattice();

    /**
     * Returns the spin density s (continuum: spin per unit volume; lattice: spin per site).
     *
     * @return s (spin per medium length unit^d, or per site)
     */
    double spinDensity();

    /**
     * Returns the Gilbert damping α.
     *
     * @return α (dimensionless)
     */
    double damping();
}
