/**
 * Parsing of what users type: numbers, complex numbers, rates, initial states, separations; bare numbers are in
 * natural units, and quantities may carry physical units (org.magent.app.units, docs/units.md).
 */
package org.magent.app.input;
