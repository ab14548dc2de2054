package org.magent.medium.greens;

/** The hypercubic Bravais lattices of {@link LatticeGreens}, lattice constant 1. */
public enum LatticeType {
    /** The linear chain, dimension 1. */
    CHAIN(1),
    /** The square lattice, dimension 2. */
    SQUARE(2),
    /** The simple cubic lattice, dimension 3. */
    CUBIC(3);

    private final int dimension;

    LatticeType(int dimension) {
        this.dimension = dimension;
    }

    /**
     * Returns the lattice dimension.
     *
     * @return 1, 2 or 3
     */
    public int dimension() {
        return dimension;
    }
}
