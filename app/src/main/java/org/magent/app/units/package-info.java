/**
 * Physical units at the edges (docs/units.md): parsing of quantities that
 * carry a unit ({@code 2.87GHz}, {@code 20 mT}, {@code 50nm}) into magent's SI-based natural units
 * (ħ = k_B = 1: energies, frequencies, rates and temperatures as angular frequencies in rad/s, lengths in
 * metres), formatting for outputs, physical constants and the micromagnetic derived inputs. Unit symbols,
 * prefixes and dimensions come from the JSR 385 reference implementation (indriya).
 */
package org.magent.app.units;
