/**
 * NV centres as qubits: axis and transition, the exact eigenstates of the spin-1 Hamiltonian in a tilted field,
 * the transition and longitudinal vectors through which a magnetic field couples to the qubit, and the direct
 * dipole–dipole coupling of two NVs.
 */
package org.magent.nv;
