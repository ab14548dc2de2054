/**
 * The medium plugin SPI and registry: a {@link org.magent.medium.MediumModel} is registered by name in a Guice
 * {@code MapBinder<String, MediumModel>} (built-in modules in {@link org.magent.medium.builtin.MediaModules}, third-party
 * ones through {@link org.magent.medium.MediumPlugin} and ServiceLoader) and configured into a
 * {@link org.magent.medium.Medium}, which yields the two-site retarded correlators G^R_{S⁺S⁻}(ω), optionally the
 * longitudinal ones, and its own stability verdict (docs/physics.md, docs/architecture.md).
 */
package org.magent.medium;
