package org.magent.medium.film;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;

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
