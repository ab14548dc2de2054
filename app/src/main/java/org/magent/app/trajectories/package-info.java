/** The trajectories command: quantum-jump unravelling with finite detection efficiency, its files and plot. */
package org.magent.app.trajectories;
