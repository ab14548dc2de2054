package org.magent.app.media;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.multibindings.MapBinder;
import java.util.ArrayList;
import java.util.List;
import org.magent.medium.MediaModules;
import org.magent.medium.MediumCatalog;
import org.magent.medium.MediumModel;

/**
 * The registry of media, created on first use: the only place that creates a Guice injector
 * (built-in media modules plus the plugins discovered by ServiceLoader on the class path).
 */
public final class MediaContext {

    private final ClassLoader loader;
    private MediumCatalog catalog;

    /**
     * Creates the context.
     *
     * @param loader where to discover third-party media ({@code META-INF/services/org.magent.medium.MediumPlugin})
     */
    public MediaContext(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The catalog of media, built once.
     *
     * @return the catalog
     */
    public synchronized MediumCatalog catalog() {
        if (catalog == null) {
            List<Module> modules = new ArrayList<>();
            // declares the (possibly empty) map of media, so that the catalog exists with no medium at all
            modules.add(binder -> MapBinder.newMapBinder(binder, String.class, MediumModel.class));
            modules.addAll(MediaModules.builtIn());
            modules.addAll(MediaModules.discovered(loader));
            catalog = Guice.createInjector(modules).getInstance(MediumCatalog.class);
        }
        return catalog;
    }
}
