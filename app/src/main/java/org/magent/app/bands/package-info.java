/** {@code magent bands}: the film's dispersion with the NV frequency, and the map of the NV's rate integrand. */
package org.magent.app.bands;
