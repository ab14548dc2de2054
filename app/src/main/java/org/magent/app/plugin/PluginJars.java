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
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.magent.medium.MediumModel;

/**
 * Finds third-party medium models with {@link ServiceLoader}: those listed in
 * {@code META-INF/services/org.magent.medium.MediumModel} on magent's class path, and those of each
 * {@code --plugin} jar, which gets its own class loader (parent: magent's). Only a jar's own classes count for
 * that jar, so nothing on the class path is loaded twice; the built-in media are in no service file. Every model
 * is created through the guard (timeout, one-line errors).
 */
public final class PluginJars {

    /** The service file that lists a plugin's models, one class name a line. */
    public static final String SERVICE_FILE = "META-INF/services/" + MediumModel.class.getName();

    /** The service file of the former Guice-module contract, named in the error of a jar that has only it. */
    static final String OLD_SERVICE_FILE = "META-INF/services/org.magent.medium.MediumPlugin";

    private static final String CONTRACT = "each line must name a public class with a public no-argument "
            + "constructor that implements " + MediumModel.class.getName();

    private PluginJars() {
    }

    /**
     * The models listed in the service files of a class path (not in plugin jars).
     *
     * @param loader the class loader to search
     * @param guard runs the models' constructors with the timeout
     * @return the models, in service-file order
     * @throws PluginException when a listed model cannot be created
     */
    public static List<LoadedPlugin> onClassPath(ClassLoader loader, PluginGuard guard) {
        return guard.call("plugins on the class path", "loading " + SERVICE_FILE,
                () -> instantiate(loader, "class path", c -> true));
    }

    /**
     * Loads the models of every jar.
     *
     * @param jars the jar paths as given on the command line
     * @param parent the class loader of magent, parent of each plugin's loader
     * @param guard runs the models' constructors with the timeout
     * @return the models, jar by jar in service-file order
     * @throws PluginException when a path is not a readable jar, lists no {@link MediumModel} of its own, or one
     *     of its models cannot be created
     */
    public static List<LoadedPlugin> load(List<String> jars, ClassLoader parent, PluginGuard guard) {
        List<LoadedPlugin> out = new ArrayList<>();
        for (String text : jars) {
            Path jar = checkedJar(text);
            String source = jar.getFileName().toString();
            URLClassLoader loader = new URLClassLoader("plugin " + source, new URL[] {url(jar)}, parent);
            List<LoadedPlugin> models = guard.call("plugin " + source, "loading " + SERVICE_FILE,
                    () -> instantiate(loader, source, c -> c.getClassLoader() == loader));
            if (models.isEmpty()) {
                throw new PluginException("plugin " + source + ": " + SERVICE_FILE + " names no class of the jar; "
                        + CONTRACT);
            }
            out.addAll(models);
        }
        return out;
    }

    private static List<LoadedPlugin> instantiate(ClassLoader loader, String source,
            Predicate<Class<?>> own) {
        List<LoadedPlugin> models = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<MediumModel> p : ServiceLoader.load(MediumModel.class, loader).stream()
                    .toList()) {
                if (own.test(p.type())) {
                    models.add(new LoadedPlugin(source, p.get()));
                }
            }
        } catch (ServiceConfigurationError e) {
            String where = "class path".equals(source) ? "plugins on the class path" : "plugin " + source;
            // ServiceLoader's messages start with the service's name, which SERVICE_FILE already says
            String why = PluginGuard.describe(e).replaceFirst("^" + Pattern.quote(MediumModel.class.getName() + ": "),
                    "");
            throw new PluginException(where + ": " + SERVICE_FILE + ": " + why + "; " + CONTRACT, e);
        }
        return models;
    }

    private static Path checkedJar(String text) {
        Path jar = Path.of(text);
        if (!Files.isRegularFile(jar)) {
            throw new PluginException("--plugin " + text + ": no such file");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_FILE) == null) {
                String old = file.getEntry(OLD_SERVICE_FILE) == null ? ""
                        : " (it has " + OLD_SERVICE_FILE + ", the Guice-module contract magent no longer reads)";
                throw new PluginException("--plugin " + text + ": the jar has no " + SERVICE_FILE
                        + " listing its MediumModel classes" + old);
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
