/**
 * The bath of the two qubits: the fluctuation–dissipation layer ({@link org.magent.bath.FluctuationDissipation})
 * turns a medium's correlators into the master-equation coefficients {@link org.magent.masterequation.BathParameters}
 * (paper Eq. 2–4, S29–S42), reported with both stability verdicts in a {@link org.magent.bath.BathReport}.
 */
package org.magent.bath;
