package org.magent.medium.builtin;

import com.google.inject.Module;
import java.util.List;
import java.util.ServiceLoader;
import org.magent.medium.MediumPlugin;
import org.magent.medium.chiral.ChiralFerromagnetModule;
import org.magent.medium.dispersion.DispersionModule;
import org.magent.medium.ferromagnet.FerromagnetModule;
import org.magent.medium.film.FilmModule;
import org.magent.medium.lattice.LatticeFerromagnetModule;
import org.magent.medium.tabulated.TabulatedModule;

/**
 * The Guice modules that register media: the built-in ones and the third-party plugins on a class path. It lives
 * outside {@code org.magent.medium} so that the SPI does not depend on the media that implement it.
 */
public final class MediaModules {

    private MediaModules() {
    }

    /**
     * The modules of the built-in media ("ferromagnet", "lattice-ferromagnet", "chiral-ferromagnet",
     * "dispersion", "tabulated", "film").
     *
     * @return one module per built-in medium
     */
    public static List<Module> builtIn() {
        return List.of(new FerromagnetModule(), new LatticeFerromagnetModule(), new ChiralFerromagnetModule(),
                new DispersionModule(), new TabulatedModule(), new FilmModule());
    }

    /**
     * The third-party media found by {@link ServiceLoader} through
     * {@code META-INF/services/org.magent.medium.MediumPlugin}.
     *
     * @param loader the class loader to search
     * @return the plugins found, in service-file order
     */
    public static List<MediumPlugin> discovered(ClassLoader loader) {
        return ServiceLoader.load(MediumPlugin.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }
}
