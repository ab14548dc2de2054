package org.magent.app.plugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.MediumModel;
import org.magent.validation.InvalidInputException;

/**
 * Builds plugin jars inside a test, without Maven: compiles Java sources with {@link JavaCompiler} against what a
 * plugin author has (the magent SPI of medium-models, master-equation's validation and Commons Math; no Guice),
 * and packs the classes with a services file.
 */
final class PluginJarBuilder {

    private PluginJarBuilder() {
    }

    /**
     * Compiles source files and jars them.
     *
     * @param work a scratch directory
     * @param jarName the jar's file name
     * @param sources the .java files
     * @param services the content of META-INF/services/org.magent.medium.MediumModel, or null for none
     * @return the jar
     */
    static Path build(Path work, String jarName, List<Path> sources, String services) throws IOException {
        return pack(work, jarName, compile(work, sources),
                services == null ? Map.of() : Map.of(PluginJars.SERVICE_FILE, services));
    }

    /**
     * Compiles source files against the plugin class path.
     *
     * @param work a scratch directory
     * @param sources the .java files
     * @return the directory of the compiled classes
     */
    static Path compile(Path work, List<Path> sources) throws IOException {
        Path classes = Files.createTempDirectory(work, "classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath(),
                "--release", "17", "-proc:none", "-nowarn"));
        sources.forEach(s -> args.add(s.toString()));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = javac.run(null, log, log, args.toArray(String[]::new));
        assertTrue(status == 0, () -> "javac failed: " + log.toString(StandardCharsets.UTF_8));
        return classes;
    }

    /**
     * Jars compiled classes with resource files.
     *
     * @param work where the jar goes
     * @param jarName the jar's file name
     * @param classes the compiled classes, all packed
     * @param resources jar entry name to text; a null text leaves the entry out
     * @return the jar
     */
    static Path pack(Path work, String jarName, Path classes, Map<String, String> resources) throws IOException {
        Path jar = work.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            for (Map.Entry<String, String> r : resources.entrySet()) {
                if (r.getValue() != null) {
                    out.putNextEntry(new JarEntry(r.getKey()));
                    out.write(r.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /**
     * Writes sources given as text.
     *
     * @param work a scratch directory
     * @param sources fully qualified class name to source text
     * @return the .java files
     */
    static List<Path> write(Path work, Map<String, String> sources) throws IOException {
        Path src = Files.createTempDirectory(work, "src");
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            files.add(f);
        }
        return files;
    }

    /**
     * Writes sources given as text and builds the jar.
     *
     * @param work a scratch directory
     * @param jarName the jar's file name
     * @param sources fully qualified class name to source text
     * @param services the services file content, or null
     * @return the jar
     */
    static Path build(Path work, String jarName, Map<String, String> sources, String services) throws IOException {
        return build(work, jarName, write(work, sources), services);
    }

    /** The jars (or class directories) holding the SPI, its validation exception and Commons Math. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(MediumModel.class, InvalidInputException.class, Complex.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
