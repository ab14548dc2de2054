package org.magent.app.media;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.magent.app.cli.Concurrency;
import org.magent.app.media.builtin.MediaModules;
import org.magent.app.plugin.GuardedModel;
import org.magent.app.plugin.LoadedPlugin;
import org.magent.app.plugin.PluginException;
import org.magent.app.plugin.PluginGuard;
import org.magent.app.plugin.PluginJars;
import org.magent.app.plugin.PluginOptions;
import org.magent.medium.MediumCatalog;
import org.magent.medium.MediumModel;

/**
 * The registry of media, created on first use. The built-in media are wired by Guice (the only place that creates
 * an injector): one module per medium, each adding a {@code MapBinder<String, MediumModel>} entry. Third-party
 * media are {@link MediumModel}s that {@link java.util.ServiceLoader} finds through
 * {@code META-INF/services/org.magent.medium.MediumModel}, on the class path or in a {@code --plugin} jar
 * ({@link PluginJars}); each is registered under its own name, wrapped in a {@link GuardedModel} (timeout, checked
 * results), and refused with a one-line error naming both owners if the name is taken.
 */
public final class MediaContext {

    /** Guice's logging and the map key, set up when the catalog is first built (not by commands without media). */
    private static final class Guiced {
        /**
         * Guice logs every exception a module throws, with its stack trace, through java.util.logging at INFO; the
         * failure is reported in one line instead (held here so the setting is not garbage-collected).
         */
        static final Logger GUICE_MESSAGES = Logger.getLogger(Guice.class.getName());

        static {
            GUICE_MESSAGES.setLevel(Level.WARNING);
        }

        static final Key<Map<String, MediumModel>> MEDIA = Key.get(new TypeLiteral<>() { });

        private Guiced() {
        }
    }

    private final ClassLoader loader;
    private final PluginOptions plugins;
    private MediumCatalog catalog;

    /**
     * Creates the context without plugin jars.
     *
     * @param loader where to discover third-party media ({@code META-INF/services/org.magent.medium.MediumModel})
     */
    public MediaContext(ClassLoader loader) {
        this(loader, new PluginOptions());
    }

    /**
     * Creates the context.
     *
     * @param loader where to discover third-party media, and the parent of the plugin jars' class loaders
     * @param plugins the {@code --plugin} jars and timeout; read when the catalog is first built (after picocli
     *     has parsed the command line)
     */
    public MediaContext(ClassLoader loader, PluginOptions plugins) {
        this.loader = loader;
        this.plugins = plugins;
    }

    /**
     * The catalog of media, built once.
     *
     * @return the catalog
     * @throws PluginException when a plugin cannot be loaded, one of its models cannot be created or names itself
     *     unusably, or a name is already taken (by a built-in medium or another plugin)
     */
    public synchronized MediumCatalog catalog() {
        if (catalog == null) {
            // the FFT media's thread pool (daemon threads), set once, here, before any medium can plan an FFT
            Concurrency.configureFftThreads();
            Map<String, MediumModel> all = new LinkedHashMap<>(builtIn());
            Map<String, String> owners = new LinkedHashMap<>();
            all.keySet().forEach(name -> owners.put(name, "built in"));
            PluginGuard guard = new PluginGuard(plugins.timeoutSeconds());
            List<LoadedPlugin> thirdParty = new ArrayList<>(PluginJars.onClassPath(loader, guard));
            thirdParty.addAll(PluginJars.load(plugins.jars(), loader, guard));
            for (LoadedPlugin p : thirdParty) {
                GuardedModel model = new GuardedModel(p, guard);
                String name = model.name();
                if (owners.containsKey(name)) {
                    throw new PluginException(p.owner() + ": medium " + name + " is already registered ("
                            + owners.get(name) + ")");
                }
                owners.put(name, p.owner());
                all.put(name, model);
            }
            catalog = new MediumCatalog(all);
        }
        return catalog;
    }

    /** The built-in media, wired by their Guice modules in one injector. */
    private static Map<String, MediumModel> builtIn() {
        Key<Map<String, MediumModel>> key = Guiced.MEDIA; // first: quiets Guice's logging before it starts
        return Guice.createInjector(MediaModules.builtIn()).getInstance(key);
    }
}
