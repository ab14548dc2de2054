/** Physical constants in SI units. */
package org.magent.physics;
