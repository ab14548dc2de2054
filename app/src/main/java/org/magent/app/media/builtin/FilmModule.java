package org.magent.app.media.builtin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;
import org.magent.medium.film.FilmModel;

/** Registers the magnetic film under the name {@value FilmModel#NAME}. */
public final class FilmModule extends AbstractModule {

    /** Creates the module. */
    public FilmModule() {
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(FilmModel.NAME)
                .to(FilmModel.class);
    }
}
