package org.magent.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.output.Json;

/**
 * The promises of the README for evolve, params, stability and the command line as a whole: one rule for units,
 * positivity as bad input or verdict, plain-word errors for odd files, the real reason for a huge count, the
 * coupling from a target rate, help that lists and explains everything.
 */
class HardeningCliTest {

    private static final String[] EVOLVE = {"evolve", "--initial", "ud", "--steps", "10"};

    private static Cli.Result evolve(String rates, String tMax, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(EVOLVE));
        args.addAll(List.of("--rates", rates, "--t-max", tMax));
        return Cli.run(Cli.merge(args, extra));
    }

    @Test
    void evolveRefusesMixedUnits() {
        // the case: --t-max in µs with bare rates
        Assertions2.badInput(evolve("a=1,A=0.5", "1us"), "a=1", "t-max=1us", "bare");
        Assertions2.badInput(evolve("a=1kHz,A=0.5", "1ms"), "A=0.5", "a=1kHz");
        // a bare zero is zero in any unit, and all-units or all-bare inputs run
        assertEquals(0, evolve("a=1kHz,A=0.5kHz,at=0,Jz=0", "1ms").code());
        assertEquals(0, evolve("a=1,A=0.5", "2").code());
        // with a medium the same rule covers --t-max
        Assertions2.badInput(Cli.run("evolve", "--medium", "ferromagnet", "--set", "dim=3,gap=0.2,stiffness=1,"
                + "spinDensity=0.5", "--qubits", "Delta1=0.5,Delta2=0.5", "--separation", "2", "--initial", "ud",
                "--t-max", "5us", "--steps", "3"), "t-max=5us", "gap=0.2");
    }

    @Test
    void positivityTypedByTheUserIsBadInputAndFromAMediumAVerdict() {
        Cli.Result typed = evolve("a=1,A=2", "1");
        Assertions2.badInput(typed, "a >= |A|", "a = 1", "|A| = 2");
        // a medium whose bath violates a >= |A| (the test bump: |A|/a = 1.5 at omega0 = 1, r0 = 2): verdict 1
        Cli.Result medium = Cli.run("evolve", "--medium", "test-bump", "--set", "excess=0.5", "--qubits",
                "Delta1=1,Delta2=1", "--separation", "2", "--initial", "ud", "--t-max", "1", "--steps", "2");
        assertEquals(ExitCode.VERDICT, medium.code(), medium::toString);
        assertTrue(medium.err().startsWith("magent: verdict:"), medium::toString);
        Cli.Result help = Cli.run("evolve", "--help");
        String flat = help.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("2 bad input, including --rates that violate a >= |A|"), help.out());
        assertTrue(flat.contains("1 a --medium that is unstable or whose bath violates a >= |A|"), help.out());
    }

    @Test
    void hugeStepCountsGiveTheRealReason() {
        Assertions2.badInput(evolve("a=1", "1", "--steps", "1000000000"), "steps = 1000000000", "MB", "heap");
        Assertions2.badInput(evolve("a=1", "1", "--steps", "99999999999"), "steps", "too large", "2147483647");
        Assertions2.badInput(evolve("a=1", "1", "--steps", "ten"), "steps", "not a whole number");
    }

    @Test
    void binaryFilesAndDirectoriesAreRefusedWithoutJavaNames(@TempDir Path tmp) throws Exception {
        Path binary = tmp.resolve("spectrum.csv");
        byte[] bytes = new byte[300];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) (k * 53 + 200);
        }
        Files.write(binary, bytes);
        for (Path file : List.of(binary, tmp)) {
            Cli.Result r = Cli.run("params", "--medium", "tabulated", "--set", "file=" + file, "--qubits",
                    "Delta1=0.5,Delta2=0.5", "--separation", "1");
            Assertions2.badInput(r, "file = " + file);
            assertFalse(r.err().contains("IOException") || r.err().contains("MalformedInput"), r::toString);
        }
        Assertions2.badInput(Cli.run("params", "--medium", "tabulated", "--set", "file=" + binary, "--qubits",
                "Delta1=0.5,Delta2=0.5", "--separation", "1"), "not a text file");
        Assertions2.badInput(Cli.run("params", "--medium", "tabulated", "--set", "file=" + tmp, "--qubits",
                "Delta1=0.5,Delta2=0.5", "--separation", "1"), "directory");
    }

    @Test
    void theReadmesTabulatedParameterNameWorks(@TempDir Path tmp) throws Exception {
        // the README once said interpolation=linear; the parameter is rInterpolation, and a misspelling is
        // answered with the nearest name
        Assertions2.badInput(Cli.run("params", "--medium", "tabulated", "--set", "file=x.csv,interpolation=linear",
                "--qubits", "Delta1=0.5,Delta2=0.5", "--separation", "1"), "interpolation",
                "did you mean 'rInterpolation'");
        String readme = Files.readString(Path.of("..", "README.md"));
        assertFalse(readme.contains("`interpolation=linear`"), "README names the parameter rInterpolation");
        assertTrue(readme.contains("rInterpolation=linear"));
    }

    @Test
    void unknownSetNamesSuggestTheNearest() {
        Assertions2.badInput(Cli.run("params", "--medium", "ferromagnet", "--set", "stifness=1", "--qubits",
                "Delta1=0.5,Delta2=0.5", "--separation", "1"), "stifness", "did you mean 'stiffness'");
        Assertions2.badInput(Cli.run("params", "--medium", "ferromagnet", "--qubits", "Delta1=0.5,Detla2=0.5",
                "--separation", "1"), "Detla2", "did you mean 'Delta2'");
        // an option of its own given as a medium parameter, with a unit
        Assertions2.badInput(Cli.run("sweep", "--set", "temprature=4K"), "temprature = '4K'",
                "not a parameter of medium film", "--temperature");
    }

    @Test
    void theCouplingCanBeGivenByItsRateOrT1() throws Exception {
        String[] base = {"params", "--medium", "ferromagnet", "--set",
            "dim=3,gap=20mT,exchangeConstant=3.7pJ/m,magnetisation=140kA/m,damping=1e-4", "--separation", "50nm",
            "--format", "json"};
        Cli.Result rate = Cli.run(Cli.merge(List.of(base), "--qubits", "Delta1=2.3GHz,Delta2=2.3GHz,a=1e4/s"));
        assertEquals(0, rate.code(), rate::toString);
        JsonNode n = Json.MAPPER.readTree(rate.out());
        assertEquals(1e4, n.get("a").asDouble(), 1e4 * 1e-12);
        // T1 = 1/(2a): 50 µs is a = 1e4 1/s, the same lambda
        Cli.Result t1 = Cli.run(Cli.merge(List.of(base), "--qubits", "Delta1=2.3GHz,Delta2=2.3GHz,T1=50us"));
        JsonNode m = Json.MAPPER.readTree(t1.out());
        assertEquals(n.get("inputs").get("qubits").get("lambda").asDouble(),
                m.get("inputs").get("qubits").get("lambda").asDouble(), 1e-12 * m.get("inputs").get("qubits")
                        .get("lambda").asDouble());
        // λ scales every rate as λ²: the coupling A follows a
        Cli.Result twice = Cli.run(Cli.merge(List.of(base), "--qubits", "Delta1=2.3GHz,Delta2=2.3GHz,a=2e4/s"));
        JsonNode w = Json.MAPPER.readTree(twice.out());
        assertEquals(2 * n.get("A").get("re").asDouble(), w.get("A").get("re").asDouble(),
                1e-9 * Math.abs(n.get("A").get("re").asDouble()));
        // below the magnon gap an undamped magnet gives no local relaxation: no lambda reaches the target
        Assertions2.badInput(Cli.run("params", "--medium", "ferromagnet", "--set", "dim=3,gap=2,damping=0",
                "--qubits", "Delta1=1,Delta2=1,a=1", "--separation", "1"), "a", "no local relaxation", "lambda");
        Assertions2.badInput(Cli.run("params", "--medium", "ferromagnet", "--qubits", "Delta1=1,Delta2=1,a=1,T1=2",
                "--separation", "1"), "one of lambda, a or T1");
        Assertions2.badInput(Cli.run("params", "--medium", "ferromagnet", "--qubits", "Delta1=1,Delta2=1,T1=-2",
                "--separation", "1"), "T1", "positive");
    }

    @Test
    void helpListsAndExplainsEveryCommand() {
        Cli.Result bare = Cli.run();
        Assertions2.badInput(bare, "subcommand", "sweep", "evolve", "stability", "help");
        Cli.Result help = Cli.run("help");
        assertEquals(0, help.code(), help::toString);
        for (String sub : List.of("evolve", "batch", "models", "params", "stability", "sweep")) {
            assertTrue(help.out().contains("  " + sub + " "), sub + "\n" + help.out());
        }
        // the one-line summaries are whole sentences, not the first line of a wrapped description
        assertTrue(help.out().replaceAll("\\s+", " ").contains("Is a medium stable, and is the bath it induces"
                + " positive at every frequency and separation?"), help.out());
        Cli.Result sweepHelp = Cli.run("help", "sweep");
        assertEquals(0, sweepHelp.code());
        assertTrue(sweepHelp.out().contains("--no-plots") && sweepHelp.out().contains("--quiet"), sweepHelp.out());
        // --format shows its choices
        assertTrue(Cli.run("params", "--help").out().contains("--format=table|json"));
        assertTrue(Cli.run("evolve", "--help").out().contains("--format=table|csv|json"));
        // the shared options are described in the same words everywhere
        String params = Cli.run("params", "--help").out().replaceAll("\\s+", " ");
        String sweep = sweepHelp.out().replaceAll("\\s+", " ");
        String stability = Cli.run("stability", "--help").out().replaceAll("\\s+", " ");
        for (String text : List.of(org.magent.app.media.OptionTexts.TEMPERATURE, org.magent.app.media.OptionTexts.SET)) {
            String flat = text.replaceAll("\\s+", "");
            for (String h : List.of(params, sweep, stability)) {
                assertTrue(h.replace(" ", "").contains(flat), text + "\n" + h);
            }
        }
        // the same order: medium, set, qubits, temperature
        for (String h : List.of(params, sweep, stability)) {
            int medium = h.lastIndexOf("--medium=NAME ");
            int set = h.lastIndexOf("--set=name=value");
            int qubits = h.lastIndexOf("--qubits=Delta1");
            int temperature = h.lastIndexOf("--temperature=T ");
            assertTrue(medium < set && set < qubits && qubits < temperature, h);
        }
    }

    @Test
    void evolvePlotsConcurrenceVersusTime(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("c.png");
        Cli.Result r = evolve("a=1,A=0.9,Delta1=1,Delta2=1", "5", "--plot", png.toString(), "--postselect");
        assertEquals(0, r.code(), r::toString);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 400, img.getWidth() + "x" + img.getHeight());
        assertTrue(r.out().contains("concurrence"), "the table is still printed");
        Path same = tmp.resolve("same");
        Assertions2.badInput(evolve("a=1", "1", "--plot", same.toString(), "--output", same.toString()), "--plot",
                "same file");
        Assertions2.badInput(evolve("a=1", "1", "--plot", tmp.resolve("no/dir/c.png").toString()), "--plot",
                "does not exist");
    }
}
