package org.magent.app.media.builtin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;
import org.magent.medium.tabulated.TabulatedModel;

/** Registers the tabulated-spectrum medium under the name {@value TabulatedModel#NAME}. */
public final class TabulatedModule extends AbstractModule {

    /** Creates the module. */
    public TabulatedModule() {
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(TabulatedModel.NAME)
                .to(TabulatedModel.class);
    }
}
