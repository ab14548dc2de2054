package org.magent.app.media.builtin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;
import org.magent.medium.chiral.ChiralFerromagnetModel;

/** Registers the chiral ferromagnet under the name {@value ChiralFerromagnetModel#NAME}. */
public final class ChiralFerromagnetModule extends AbstractModule {

    /** Creates the module. */
    public ChiralFerromagnetModule() {
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(ChiralFerromagnetModel.NAME)
                .to(ChiralFerromagnetModel.class);
    }
}
