package org.magent.app.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * The example plugin of examples/custom-medium, compiled and jarred inside the test (no Maven-in-Maven, and
 * against the SPI and Commons Math only: no Guice), loaded with {@code --plugin}: listed by {@code models}, usable by {@code params}, its bath parameters checked against
 * a direct k-space quadrature of its Green's function.
 */
class ExamplePluginTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "custom-medium", "src", "main");

    @TempDir
    static Path work;
    private static Path jar;

    @BeforeAll
    static void buildTheExample() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertEquals(1, sources.size(), "one medium class, its model nested: " + sources);
        for (Path source : sources) {
            assertFalse(Files.readString(source).contains("com.google.inject"), "a plugin needs no Guice: " + source);
        }
        String services = Files.readString(EXAMPLE.resolve("resources").resolve(PluginJars.SERVICE_FILE));
        assertEquals("org.example.magent.ChiralChain$Model", services.strip(), "the README's service file");
        jar = PluginJarBuilder.build(work, "custom-medium.jar", sources, services);
    }

    @Test
    void modelsListsThePluginMediumBesideTheBuiltIns() {
        Cli.Result r = Cli.run("--plugin", jar.toString(), "models");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("chiral-chain — ferromagnetic chain with DMI"), r.out());
        assertTrue(r.out().contains("dmi (natural units, energy x length), default 0.5"), r.out());
        assertTrue(r.out().contains("ferromagnet — "), "built-ins still listed: " + r.out());
        assertFalse(Cli.run("models").out().contains("chiral-chain"), "only with --plugin");
    }

    /**
     * G(x, ω) = 2s ∫dk/2π e^{ikx}/((1+iα)ω − Ω − 𝒟k² − vk) by composite Simpson on |k| ≤ 2000 (the integrand
     * falls as 1/k²; the tail changes the quantities used here, Im G(0) and G(±r), by &lt; 1e-7).
     */
    private static Complex quadrature(double x, double omega, double gap, double stiffness, double v, double s,
            double alpha) {
        double kMax = 2000;
        int n = 2_000_000;
        double h = 2 * kMax / n;
        Complex z = new Complex(omega, alpha * omega);
        double re = 0;
        double im = 0;
        for (int i = 0; i <= n; i++) {
            double k = -kMax + i * h;
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            Complex f = new Complex(Math.cos(k * x), Math.sin(k * x))
                    .divide(z.subtract(gap + stiffness * k * k + v * k));
            re += w * f.getReal();
            im += w * f.getImaginary();
        }
        return new Complex(re, im).multiply(2 * s * h / 3 / (2 * Math.PI));
    }

    @Test
    void paramsUsesThePluginAndMatchesQuadrature() throws IOException {
        double r = 1.5;
        Cli.Result run = Cli.run("--plugin", jar.toString(), "params", "--medium", "chiral-chain", "--set",
                "gap=1,stiffness=1,dmi=0.5,spinDensity=1,damping=0.2", "--qubits", "Delta1=2,Delta2=2,lambda=1",
                "--separation", Double.toString(r), "--format", "json");
        assertEquals(0, run.code(), run::toString);
        JsonNode n = new ObjectMapper().readTree(run.out());
        Complex local = quadrature(0, 2, 1, 1, 0.5, 1, 0.2);
        Complex plus = quadrature(r, 2, 1, 1, 0.5, 1, 0.2);
        Complex minus = quadrature(-r, 2, 1, 1, 0.5, 1, 0.2);
        // docs/physics.md at T = 0, λ = 1: a = 𝒜_11/2 = −Im G(0); A = 𝒜_12/2 = (i/2)[G(−r) − G(r)*];
        // J⊥ + iD = (1/2)[G(r) + G(−r)*]/2 (Eq. S39–S40), with g12 = G(−r), g21 = G(r)
        Complex a12 = Complex.I.multiply(minus.subtract(plus.conjugate())).multiply(0.5);
        Complex coherent = plus.add(minus.conjugate()).multiply(0.25);
        assertEquals(-local.getImaginary(), n.get("a").asDouble(), 1e-6);
        assertEquals(a12.getReal(), n.get("A").get("re").asDouble(), 1e-6);
        assertEquals(a12.getImaginary(), n.get("A").get("im").asDouble(), 1e-6);
        assertEquals(coherent.getReal(), n.get("Jperp").asDouble(), 1e-6);
        assertEquals(coherent.getImaginary(), n.get("D").asDouble(), 1e-6);
        assertTrue(Math.abs(n.get("D").asDouble()) > 1e-3, "the DMI makes D non-zero: " + n.get("D"));
        assertTrue(n.get("stable").asBoolean());
    }

    @Test
    void theExamplesStabilityCheckIsAVerdict() {
        // v = 3 > 2√(Ω𝒟) = 2: the band bottom Ω − v²/4𝒟 = −1.25 < 0
        Cli.Result r = Cli.run("--plugin", jar.toString(), "params", "--medium", "chiral-chain", "--set", "dmi=3",
                "--qubits", "Delta1=2,Delta2=2", "--separation", "1");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("# unstable: plugin custom-medium.jar, medium chiral-chain: band bottom")
                && r.out().contains("-1.25"), r.out());
        Assertions2.badInput(Cli.run("--plugin", jar.toString(), "params", "--medium", "chiral-chain",
                "--qubits", "Delta1=2,Delta2=2", "--separation", "1,1,0"), "separation", "leaves the chain",
                "chiral-chain");
    }

    @Test
    void pluginOptionIsAcceptedAfterTheSubcommandAndRepeatable() {
        Cli.Result r = Cli.run("models", "--plugin", jar.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("chiral-chain"), r.out());
        Cli.Result twice = Cli.run("--plugin", jar.toString(), "--plugin", jar.toString(), "models");
        Assertions2.badInput(twice, "chiral-chain", "already registered", "custom-medium.jar");
    }

    /**
     * The README's plugin recipe: its jar path is what the example's POM builds, its service file line is the
     * example's, and its {@code ./magent --plugin …} commands run (here with the jar built by this test).
     */
    @Test
    void theReadmeRecipeMatchesTheExampleAndRuns() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String pom = Files.readString(EXAMPLE.getParent().getParent().resolve("pom.xml"));
        java.util.regex.Matcher id = java.util.regex.Pattern.compile(
                "<artifactId>(chiral-chain[^<]*)</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(id.find(), "the example's artifactId and version");
        String built = "examples/custom-medium/target/" + id.group(1) + "-" + id.group(2) + ".jar";
        assertTrue(readme.contains("`org.example.magent.ChiralChain$Model`"), "README names the service file line");
        assertTrue(readme.contains("META-INF/services/org.magent.medium.MediumModel"));
        assertTrue(readme.contains("mvn -q -f examples/custom-medium/pom.xml package"));
        String recipe = readme.substring(readme.indexOf("### A Java plugin"));
        recipe = recipe.substring(0, recipe.indexOf("\n## "));
        List<String> commands = recipe.replace("\\\n", " ").lines().map(String::strip)
                .filter(l -> l.startsWith("./magent ")).toList();
        assertEquals(2, commands.size(), recipe);
        for (String command : commands) {
            List<String> args = List.of(command.substring("./magent ".length()).trim().split("\\s+"));
            assertEquals(List.of("--plugin", built), args.subList(0, 2), command);
            List<String> run = new java.util.ArrayList<>(args);
            run.set(1, jar.toString());
            Cli.Result r = Cli.run(run.toArray(String[]::new));
            assertEquals(0, r.code(), () -> command + "\n" + r);
            assertTrue(r.out().contains("chiral-chain"), r.out());
        }
    }
}
