package org.magent.app.media.builtin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;
import org.magent.medium.ferromagnet.FerromagnetModel;

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
