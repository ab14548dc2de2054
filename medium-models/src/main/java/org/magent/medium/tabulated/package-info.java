/**
 * The medium "tabulated": a measured or simulated spectral matrix 𝒜_11(ω), 𝒜_12(ω; r) read from a CSV file
 * ({@link org.magent.medium.tabulated.SpectrumCsv}), completed into retarded correlators by Kramers–Kronig and
 * checked for positivity at every grid point (docs/physics.md).
 */
package org.magent.medium.tabulated;
