package org.magent.app.media;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.spi.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.magent.app.plugin.GuardedModel;
import org.magent.app.plugin.LoadedPlugin;
import org.magent.app.plugin.PluginException;
import org.magent.app.plugin.PluginGuard;
import org.magent.app.plugin.PluginJars;
import org.magent.app.plugin.PluginOptions;
import org.magent.medium.MediumCatalog;
import org.magent.medium.MediumModel;
import org.magent.medium.MediumPlugin;
import org.magent.medium.builtin.MediaModules;

/**
 * The registry of media, created on first use: the only place that creates Guice injectors. The built-in media
 * share one injector; every third-party plugin (discovered by ServiceLoader on the class path, or loaded from a
 * {@code --plugin} jar) gets its own, run through a {@link PluginGuard}, so that a failing plugin is named in the
 * error, and its models are wrapped in {@link GuardedModel}s (timeout, checked results).
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
     * @param loader where to discover third-party media ({@code META-INF/services/org.magent.medium.MediumPlugin})
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
     * @throws PluginException when a plugin cannot be loaded, fails while registering, or registers a name that
     *     is already taken
     */
    public synchronized MediumCatalog catalog() {
        if (catalog == null) {
            Map<String, MediumModel> all = new LinkedHashMap<>(media(MediaModules.builtIn()));
            Map<String, String> owners = new LinkedHashMap<>();
            all.keySet().forEach(name -> owners.put(name, "built in"));
            PluginGuard guard = new PluginGuard(plugins.timeoutSeconds());
            List<LoadedPlugin> thirdParty = new ArrayList<>();
            for (MediumPlugin p : guard.call("plugins on the class path", "ServiceLoader discovery",
                    () -> MediaModules.discovered(loader))) {
                thirdParty.add(new LoadedPlugin("class path (" + p.getClass().getName() + ")", p));
            }
            thirdParty.addAll(PluginJars.load(plugins.jars(), loader, guard));
            for (LoadedPlugin p : thirdParty) {
                String where = "plugin " + p.source();
                Map<String, MediumModel> own = guard.call(where, "registration (its Guice module)",
                        () -> media(where, p.module()));
                if (own.isEmpty()) {
                    throw new PluginException(where + ": its module registers no medium (MapBinder<String, "
                            + "MediumModel> entry)");
                }
                own.forEach((name, model) -> {
                    if (owners.containsKey(name)) {
                        throw new PluginException(where + ": medium " + name + " is already registered ("
                                + owners.get(name) + ")");
                    }
                    owners.put(name, where);
                    all.put(name, new GuardedModel(p.source(), name, model, guard));
                });
            }
            catalog = new MediumCatalog(all);
        }
        return catalog;
    }

    /** The media registered by some modules, in one injector. */
    private static Map<String, MediumModel> media(List<Module> modules) {
        List<Module> all = new ArrayList<>();
        // declares the (possibly empty) map of media, so that it exists with no medium at all
        all.add(binder -> MapBinder.newMapBinder(binder, String.class, MediumModel.class));
        all.addAll(modules);
        Key<Map<String, MediumModel>> key = Guiced.MEDIA; // first: quiets Guice's logging before it starts
        return Guice.createInjector(all).getInstance(key);
    }

    /** The media of one plugin, with Guice's errors turned into one line naming the plugin. */
    private static Map<String, MediumModel> media(String where, MediumPlugin module) {
        try {
            return new LinkedHashMap<>(media(List.of(module)));
        } catch (CreationException e) {
            throw new PluginException(where + ": its Guice module failed: " + first(e.getErrorMessages()), e);
        } catch (ProvisionException e) {
            throw new PluginException(where + ": creating its medium model failed: " + first(e.getErrorMessages()),
                    e);
        }
    }

    private static String first(Collection<Message> messages) {
        Message m = messages.iterator().next();
        String text = m.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
        Throwable cause = m.getCause();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text += ": " + cause.getMessage();
        }
        return text;
    }
}
