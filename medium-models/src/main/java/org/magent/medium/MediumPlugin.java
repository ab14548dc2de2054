package org.magent.medium;

/**
 * A third-party medium: a Guice module that adds one or more {@link MediumModel} entries to the
 * {@code MapBinder<String, MediumModel>}, discovered through
 * {@code META-INF/services/org.magent.medium.MediumPlugin} (see {@link org.magent.medium.builtin.MediaModules#discovered(ClassLoader)}).
 */
public interface MediumPlugin extends com.google.inject.Module {
}
