/** Parsing of what users type: numbers, complex numbers, rates, initial states, separations (bare, natural units). */
package org.magent.app.input;
