package org.magent.app.media.builtin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;
import org.magent.medium.dispersion.DispersionModel;

/** Registers the formula medium (any band) under the name {@value DispersionModel#NAME}. */
public final class DispersionModule extends AbstractModule {

    /** Creates the module. */
    public DispersionModule() {
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(DispersionModel.NAME)
                .to(DispersionModel.class);
    }
}
