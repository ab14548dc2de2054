package org.magent.app.media.builtin;

import com.google.inject.Module;
import java.util.List;

/**
 * The Guice modules of the built-in media, one per medium, each adding one {@code MapBinder<String, MediumModel>}
 * entry keyed by the model's {@code NAME}. Third-party media are not Guice modules: they are found by
 * {@link java.util.ServiceLoader} (see {@link org.magent.app.media.MediaContext}).
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
}
