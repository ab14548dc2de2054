/**
 * Two-qubit states in the basis uu, ud, du, dd (DESIGN.md §2): the immutable density matrix and named
 * initial states.
 */
package org.magent.qubits.state;
