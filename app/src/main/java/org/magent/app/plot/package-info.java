/**
 * PNG figures for the commands that plot (sweep, evolve): curves drawn by XChart panels, composed with a shared
 * legend, notes, consistent tick labels and units chosen for reading, and a heat map with a titled colour bar.
 */
package org.magent.app.plot;
