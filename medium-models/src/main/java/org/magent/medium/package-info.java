/**
 * The medium plugin SPI and registry: a {@link org.magent.medium.MediumModel} is registered by its name in a
 * {@link org.magent.medium.MediumCatalog} (the built-in media by the app's wiring, third-party ones found by
 * ServiceLoader through {@code META-INF/services/org.magent.medium.MediumModel}) and configured into a
 * {@link org.magent.medium.Medium}, which yields the two-site retarded correlators G^R_{S⁺S⁻}(ω), optionally the
 * longitudinal ones, and its own stability verdict (docs/physics.md, docs/architecture.md).
 */
package org.magent.medium;
