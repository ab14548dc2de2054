package org.magent.app.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.app.media.FlatBandPlugin;
import org.magent.app.media.MediaContext;
import org.magent.medium.MediumModel;

/**
 * Plugins that cannot be registered: a jar that is missing, not a jar, or lists no model of its own; a service
 * file line whose class is missing, is not a {@link MediumModel}, has no public no-argument constructor or throws
 * from it; a model whose {@code name()} is null, blank, throws or hangs; a name taken by a built-in medium or by
 * another plugin. Each is one line on stderr naming the plugin (and, for a clash, both owners), exit 2 — a
 * plugin is user-supplied input — and never a stack trace.
 */
@Timeout(120) // a guard against a hang of the guard itself, not a speed requirement
class PluginLoadingTest {

    private static final String MODELS = """
            package org.example.loading;

            import java.util.List;
            import java.util.Map;
            import org.magent.medium.*;

            public final class Models {
                public abstract static class Base implements MediumModel {
                    public String description() { return "loading test medium"; }
                    public List<ParameterSpec> parameters() { return List.of(); }
                    public Medium configure(Map<String, String> v) { throw new IllegalStateException("not used"); }
                }
                public static final class Good extends Base { public String name() { return "good"; } }
                public static final class AlsoGood extends Base { public String name() { return "good"; } }
                public static final class Clash extends Base { public String name() { return "ferromagnet"; } }
                public static final class NotAModel { }
                public static final class WithArgument extends Base {
                    public WithArgument(int x) { }
                    public String name() { return "with-argument"; }
                }
                public static final class PrivateConstructor extends Base {
                    private PrivateConstructor() { }
                    public String name() { return "private"; }
                }
                public final class Inner extends Base { public String name() { return "inner"; } }
                public static final class Exploding extends Base {
                    public Exploding() { throw new IllegalStateException("constructor exploded"); }
                    public String name() { return "exploding"; }
                }
                public static final class NullName extends Base { public String name() { return null; } }
                public static final class BlankName extends Base { public String name() { return "  "; } }
                public static final class SpacedName extends Base { public String name() { return "two words"; } }
                public static final class ThrowingName extends Base {
                    public String name() { throw new IllegalStateException("name exploded"); }
                }
                public static final class HangingName extends Base {
                    public String name() {
                        try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { }
                        return "late";
                    }
                }
            }
            """;
    private static final String PKG = "org.example.loading.Models$";

    @TempDir
    static Path work;
    private static Path classes;

    @BeforeAll
    static void compile() throws IOException {
        classes = PluginJarBuilder.compile(work, PluginJarBuilder.write(work, Map.of("org.example.loading.Models",
                MODELS)));
    }

    /** A jar with all the test classes and the given service file (null: none). */
    private static Path jar(String name, String services) throws IOException {
        return PluginJarBuilder.pack(work, name, classes,
                services == null ? Map.of() : Map.of(PluginJars.SERVICE_FILE, services));
    }

    private static Cli.Result models(Path... jars) {
        List<String> args = new java.util.ArrayList<>();
        for (Path j : jars) {
            args.add("--plugin");
            args.add(j.toString());
        }
        args.add("models");
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aGoodModelIsRegisteredUnderItsOwnName() throws IOException {
        Cli.Result r = models(jar("good.jar", "# one model\n" + PKG + "Good\n"));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("good — loading test medium"), r.out());
        assertTrue(r.out().contains("ferromagnet — "), "built-ins still listed: " + r.out());
    }

    @Test
    void jarsThatAreNotPluginsAreNamed() throws IOException {
        Assertions2.badInput(Cli.run("--plugin", work.resolve("missing.jar").toString(), "models"), "--plugin",
                "missing.jar", "no such file");
        Path text = Files.writeString(work.resolve("notes.jar"), "not a zip");
        Assertions2.badInput(Cli.run("--plugin", text.toString(), "models"), "notes.jar", "not a readable jar");
    }

    @Test
    void aJarWithoutTheServiceFileSaysWhichFileItNeeds() throws IOException {
        Assertions2.badInput(models(jar("noservices.jar", null)), "noservices.jar", "the jar has no "
                + "META-INF/services/org.magent.medium.MediumModel", "listing its MediumModel classes");
        // a jar of the former contract (a Guice module) is told why it is not read
        Path old = PluginJarBuilder.pack(work, "oldcontract.jar", classes,
                Map.of(PluginJars.OLD_SERVICE_FILE, PKG + "Good\n"));
        Assertions2.badInput(models(old), "oldcontract.jar", PluginJars.SERVICE_FILE,
                "META-INF/services/org.magent.medium.MediumPlugin", "no longer reads");
    }

    @Test
    void aServiceFileListingNoModelOfTheJarIsRefused() throws IOException {
        String needs = "each line must name a public class with a public no-argument constructor that implements "
                + "org.magent.medium.MediumModel";
        Assertions2.badInput(models(jar("comments.jar", "# nothing yet\n\n")), "plugin comments.jar",
                PluginJars.SERVICE_FILE, "names no class of the jar", needs);
        // a class of magent's own class path does not count for the jar
        Assertions2.badInput(models(jar("borrowed.jar", FlatBandPlugin.Model.class.getName() + "\n")),
                "plugin borrowed.jar", "names no class of the jar");
    }

    @Test
    void serviceFileLinesThatNameNoUsableModelAreNamed() throws IOException {
        Assertions2.badInput(models(jar("missingclass.jar", "org.example.loading.NoSuchModel\n")),
                "plugin missingclass.jar", PluginJars.SERVICE_FILE, "org.example.loading.NoSuchModel", "not found");
        Assertions2.badInput(models(jar("notamodel.jar", PKG + "NotAModel\n")), "plugin notamodel.jar",
                PKG + "NotAModel", "not a subtype");
        for (String noConstructor : List.of("WithArgument", "PrivateConstructor", "Inner")) {
            Assertions2.badInput(models(jar("noconstructor.jar", PKG + noConstructor + "\n")),
                    "plugin noconstructor.jar", PKG + noConstructor, "public no-arg constructor",
                    "public no-argument constructor");
        }
        Assertions2.badInput(models(jar("exploding.jar", PKG + "Exploding\n")), "plugin exploding.jar",
                PKG + "Exploding", "could not be instantiated", "constructor exploded");
    }

    @Test
    void unusableNamesAreRefusedNamingTheModel() throws IOException {
        Assertions2.badInput(models(jar("nullname.jar", PKG + "NullName\n")),
                "plugin nullname.jar (" + PKG + "NullName)", "name() returned null");
        Assertions2.badInput(models(jar("blankname.jar", PKG + "BlankName\n")),
                "plugin blankname.jar (" + PKG + "BlankName)", "name() returned '  '", "non-blank");
        Assertions2.badInput(models(jar("spacedname.jar", PKG + "SpacedName\n")),
                "plugin spacedname.jar (" + PKG + "SpacedName)", "'two words'", "without whitespace");
        Assertions2.badInput(models(jar("throwingname.jar", PKG + "ThrowingName\n")),
                "plugin throwingname.jar (" + PKG + "ThrowingName)", "name() failed", "name exploded");
        Assertions2.badInput(Cli.run("--plugin-timeout", "0.5", "--plugin",
                jar("hangingname.jar", PKG + "HangingName\n").toString(), "models"),
                "plugin hangingname.jar (" + PKG + "HangingName)", "name() did not return within 0.5 s");
    }

    @Test
    void aTakenNameIsRefusedNamingBothOwners() throws IOException {
        Assertions2.badInput(models(jar("clash.jar", PKG + "Clash\n")), "plugin clash.jar (" + PKG + "Clash)",
                "medium ferromagnet is already registered (built in)");
        Path first = jar("first.jar", PKG + "Good\n");
        Path second = jar("second.jar", PKG + "AlsoGood\n");
        Assertions2.badInput(models(first, second), "plugin second.jar (" + PKG + "AlsoGood)",
                "medium good is already registered (plugin first.jar (" + PKG + "Good))");
        Assertions2.badInput(models(jar("twice.jar", PKG + "Good\n" + PKG + "AlsoGood\n")),
                "plugin twice.jar (" + PKG + "AlsoGood)", "already registered (plugin twice.jar (" + PKG + "Good))");
    }

    @Test
    void classPathPluginsAreLoadedAndCheckedTheSameWay() throws IOException {
        // magent's class path here lists only the test plugins (FlatBandPlugin$Model, BumpPlugin$Model), no
        // built-in medium: those are registered by Guice alone, so none is found twice
        List<String> listed = ServiceLoader.load(MediumModel.class, getClass().getClassLoader()).stream()
                .map(p -> p.type().getName()).toList();
        assertTrue(listed.contains(FlatBandPlugin.Model.class.getName()), listed::toString);
        assertTrue(listed.stream().noneMatch(n -> n.startsWith("org.magent.medium.")),
                "built-ins are in no service file: " + listed);
        Path good = jar("cp-good.jar", PKG + "Good\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {good.toUri().toURL()},
                getClass().getClassLoader())) {
            MediaContext media = new MediaContext(loader);
            assertEquals("good", media.catalog().get("good").name());
            assertEquals(FlatBandPlugin.NAME, media.catalog().get(FlatBandPlugin.NAME).name());
        }
        Path clash = jar("cp-clash.jar", PKG + "Clash\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {clash.toUri().toURL()},
                getClass().getClassLoader())) {
            PluginException e = assertThrows(PluginException.class, () -> new MediaContext(loader).catalog());
            assertTrue(e.getMessage().startsWith("plugin class path (" + PKG + "Clash): medium ferromagnet is "
                    + "already registered (built in)"), e.getMessage());
        }
        Path missing = jar("cp-missing.jar", "org.example.loading.NoSuchModel\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {missing.toUri().toURL()},
                getClass().getClassLoader())) {
            PluginException e = assertThrows(PluginException.class, () -> new MediaContext(loader).catalog());
            assertTrue(e.getMessage().startsWith("plugins on the class path: " + PluginJars.SERVICE_FILE),
                    e.getMessage());
            assertTrue(e.getMessage().contains("NoSuchModel") && !e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void aLoadingFailureIsNeverAStackTrace() throws IOException {
        Cli.Result r = models(jar("exploding2.jar", PKG + "Exploding\n"));
        assertEquals(2, r.code(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertEquals(1, r.err().split("org.magent.medium.MediumModel: ", -1).length - 1, "the service named once: " + r);
    }
}
