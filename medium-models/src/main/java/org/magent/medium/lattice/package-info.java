/**
 * The Heisenberg ferromagnet on chain, square and cubic lattices in linear spin-wave theory, registered as
 * "lattice-ferromagnet"; its local correlator has a finite real part, so the Lamb shift is reported.
 */
package org.magent.medium.lattice;
