/** The evolve command: one two-qubit evolution sampled on a time grid, with regimes and the steady state. */
package org.magent.app.evolve;
