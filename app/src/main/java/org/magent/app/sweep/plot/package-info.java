/** PNG plots of sweeps with XChart. */
package org.magent.app.sweep.plot;
