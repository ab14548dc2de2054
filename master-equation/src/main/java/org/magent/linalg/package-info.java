/**
 * Small dense linear algebra that both sides of the master equation need: the Hermitian eigensolver used by the NV
 * centre's spin Hamiltonian (media) and by Wootters' concurrence (dynamics).
 */
package org.magent.linalg;
