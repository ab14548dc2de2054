/**
 * Entanglement measures of two-qubit states (Supplement (vi) of the paper): Wootters concurrence for
 * any state (Eq. S49, with the X-state closed form Eq. S52 as a fast path), entanglement of formation
 * (Eq. S50), purity and Bell fidelity.
 */
package org.magent.qubits.entanglement;
