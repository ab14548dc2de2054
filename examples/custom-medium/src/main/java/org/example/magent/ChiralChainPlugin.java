package org.example.magent;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.magent.medium.MediumModel;
import org.magent.medium.MediumPlugin;

/**
 * The plugin's Guice module: it only registers the medium by name. magent finds it through
 * {@code META-INF/services/org.magent.medium.MediumPlugin}.
 */
public final class ChiralChainPlugin extends AbstractModule implements MediumPlugin {

    /** Creates the module (ServiceLoader needs a public no-argument constructor). */
    public ChiralChainPlugin() {
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(ChiralChain.NAME)
                .to(ChiralChain.Model.class);
    }
}
