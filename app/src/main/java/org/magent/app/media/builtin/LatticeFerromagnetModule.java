package org.magent.app.media.builtin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;
import org.magent.medium.lattice.LatticeFerromagnetModel;

/** Registers the lattice ferromagnet under the name {@value LatticeFerromagnetModel#NAME}. */
public final class LatticeFerromagnetModule extends AbstractModule {

    /** Creates the module. */
    public LatticeFerromagnetModule() {
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(LatticeFerromagnetModel.NAME)
                .to(LatticeFerromagnetModel.class);
    }
}
