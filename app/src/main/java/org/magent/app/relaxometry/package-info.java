/** {@code magent relaxometry}: the single-NV relaxation rate above a film against the field or the height. */
package org.magent.app.relaxometry;
