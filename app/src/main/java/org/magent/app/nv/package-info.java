/** The NV-centre options, the film and NV setup, and {@code params} for NV centres above a film. */
package org.magent.app.nv;
