/**
 * Two-qubit states in the basis uu, ud, du, dd (docs/physics.md): the immutable density matrix and named
 * initial states.
 */
package org.magent.qubits.state;
