package org.magent.app.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import org.magent.medium.MediumPlugin;

/**
 * Loads plugin jars: each gets its own class loader (parent: magent's), and its
 * {@code META-INF/services/org.magent.medium.MediumPlugin} entries are instantiated through the guard. Only the
 * jar's own entries count — the parent's (built-in or class-path plugins) are not loaded twice.
 */
public final class PluginJars {

    /** The service file a plugin jar must contain. */
    public static final String SERVICE_FILE = "META-INF/services/" + MediumPlugin.class.getName();

    private PluginJars() {
    }

    /**
     * Loads the plugins of every jar.
     *
     * @param jars the jar paths as given on the command line
     * @param parent the class loader of magent, parent of each plugin's loader
     * @param guard runs the plugins' constructors with the timeout
     * @return the plugin modules, jar by jar in service-file order
     * @throws PluginException when a path is not a readable jar, declares no {@link MediumPlugin}, or one of
     *     its plugins cannot be instantiated
     */
    public static List<LoadedPlugin> load(List<String> jars, ClassLoader parent, PluginGuard guard) {
        List<LoadedPlugin> out = new ArrayList<>();
        for (String text : jars) {
            Path jar = checkedJar(text);
            String source = jar.getFileName().toString();
            URLClassLoader loader = new URLClassLoader("plugin " + source, new URL[] {url(jar)}, parent);
            List<MediumPlugin> modules = guard.call("plugin " + source, "loading " + SERVICE_FILE,
                    () -> instantiate(loader, source));
            modules.forEach(m -> out.add(new LoadedPlugin(source, m)));
        }
        return out;
    }

    private static List<MediumPlugin> instantiate(ClassLoader loader, String source) {
        List<MediumPlugin> modules = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<MediumPlugin> p : ServiceLoader.load(MediumPlugin.class, loader).stream()
                    .toList()) {
                if (p.type().getClassLoader() == loader) {
                    modules.add(p.get());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new PluginException("plugin " + source + ": " + SERVICE_FILE + " cannot be instantiated: "
                    + PluginGuard.describe(e), e);
        }
        if (modules.isEmpty()) {
            throw new PluginException("plugin " + source + ": " + SERVICE_FILE
                    + " names no class of the jar that implements " + MediumPlugin.class.getName());
        }
        return modules;
    }

    private static Path checkedJar(String text) {
        Path jar = Path.of(text);
        if (!Files.isRegularFile(jar)) {
            throw new PluginException("--plugin " + text + ": no such file");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_FILE) == null) {
                throw new PluginException("--plugin " + text + ": the jar has no " + SERVICE_FILE
                        + " naming its medium plugin");
            }
        } catch (IOException e) {
            throw new PluginException("--plugin " + text + ": not a readable jar file (" + e.getMessage() + ")", e);
        }
        return jar.toAbsolutePath();
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginException("--plugin " + jar + ": not a valid path (" + e.getMessage() + ")", e);
        }
    }
}
