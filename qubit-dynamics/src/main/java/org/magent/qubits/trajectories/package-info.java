/**
 * Quantum-jump unravelling of the two-qubit master equation, Eq. (2)-(4) of the paper: jump operators from the
 * eigen-decomposition of h, exact waiting-time trajectories, detection with finite efficiency, and streamed
 * ensemble statistics (mean state, detection counts, heralded states, first-detection times).
 */
package org.magent.qubits.trajectories;
