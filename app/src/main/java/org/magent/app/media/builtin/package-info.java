/**
 * The wiring of the built-in media: one Guice module per medium, whose {@code configure()} only adds the
 * {@code MapBinder<String, MediumModel>} entry keyed by the model's {@code NAME} (no I/O, no conditionals;
 * {@code GuiceModulesTest} checks it), and {@link org.magent.app.media.builtin.MediaModules#builtIn()} listing them.
 * The media themselves live in {@code medium-models}, which does not depend on Guice.
 */
package org.magent.app.media.builtin;
