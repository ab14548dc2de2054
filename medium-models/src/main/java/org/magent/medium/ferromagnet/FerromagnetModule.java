package org.magent.medium.ferromagnet;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;

/** Registers the continuum ferromagnet under the name {@value FerromagnetModel#NAME}. */
public final class FerromagnetModule extends AbstractModule {

    /** Creates the module. */
    public FerromagnetModule() {
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(FerromagnetModel.NAME)
                .to(FerromagnetModel.class);
    }
}
