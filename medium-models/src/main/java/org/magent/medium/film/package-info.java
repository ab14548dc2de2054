/**
 * The magnetic film under NV centres: equilibrium, Kalinikos–Slavin spin waves with Gilbert damping, and the
 * retarded correlator of its stray field between two points above it, for all separations along a direction at
 * once.
 */
package org.magent.medium.film;
