package org.magent.app.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * {@code models}, {@code params} and {@code evolve --medium} through a third-party medium discovered by
 * ServiceLoader ({@link FlatBandPlugin}), whose bath parameters are known in closed form.
 */
class PluginMediumTest {

    @TempDir
    Path dir;

    static Cli.Result params(String set, String... extra) {
        List<String> args = List.of("params", "--medium", FlatBandPlugin.NAME, "--set", set,
                "--qubits", "Delta1=0.5,Delta2=0.5,lambda=2", "--temperature", "0.25", "--separation", "3,1,0");
        return Cli.run(Cli.merge(args, extra));
    }

    @Test
    void discoveredPluginIsListed() {
        Cli.Result r = Cli.run("models");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("flat-band — flat test band"), r.out());
        assertTrue(r.out().contains("gap (natural units, energy), default 0.1, range [-10, 10]"), r.out());
    }

    @Test
    void paramsJsonFollowsTheFdtFormulas() throws IOException {
        Cli.Result r = params("s=1,c=0.5,j=0.3", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        double lambda2 = 4;
        double nB = 1 / Math.expm1(0.5 / 0.25);
        // docs/physics.md with 𝒜_11 = 2s, 𝒜_12 = 2c: a = (λ²/2)(1+n)·2s, ã = (λ²/2)n·2s, A likewise with c
        assertEquals(lambda2 * (1 + nB) * 1.0, n.get("a").asDouble(), 1e-12);
        assertEquals(lambda2 * nB * 1.0, n.get("at").asDouble(), 1e-12);
        assertEquals(lambda2 * (1 + nB) * 0.5, n.get("A").get("re").asDouble(), 1e-12);
        assertEquals(0.0, n.get("A").get("im").asDouble(), 1e-12);
        assertEquals(lambda2 * nB * 0.5, n.get("At").get("re").asDouble(), 1e-12);
        // g1 + i g2 = [G_21 + G_12*]/2 = j, so J⊥ = λ² j/2, D = 0
        assertEquals(lambda2 * 0.3 / 2, n.get("Jperp").asDouble(), 1e-12);
        assertEquals(0.0, n.get("D").asDouble(), 0.0);
        assertTrue(n.get("Dd").has("re") && n.get("Dd").has("im"));
        assertTrue(n.get("stable").asBoolean());
        assertFalse(n.get("longitudinal_computed").asBoolean());
        assertTrue(n.get("warnings").toString().contains("Jz"), "longitudinal terms flagged as not computed");
        JsonNode in = n.get("inputs");
        assertEquals("flat-band", in.get("medium").asText());
        assertEquals("0.3", in.get("parameters").get("j").asText());
        assertEquals(2.0, in.get("qubits").get("lambda").asDouble(), 0.0);
        assertEquals(0.25, in.get("temperature").asDouble(), 0.0);
        assertEquals(List.of(3.0, 1.0, 0.0), List.of(in.get("separation").get(0).asDouble(),
                in.get("separation").get(1).asDouble(), in.get("separation").get(2).asDouble()));
    }

    @Test
    void instabilityIsAVerdict() throws IOException {
        Cli.Result soft = params("gap=-0.1", "--format", "json");
        assertEquals(1, soft.code(), soft::toString);
        JsonNode n = new ObjectMapper().readTree(soft.out());
        assertFalse(n.get("stable").asBoolean());
        assertTrue(n.get("instabilities").toString().contains("gap"), n.toString());
        // c > s: |A| > a, the bath's spectral matrix is not positive semidefinite
        Cli.Result bath = params("s=0.5,c=1");
        assertEquals(1, bath.code(), bath::toString);
        assertTrue(bath.out().contains("stable      false"), bath.out());
        assertFalse(bath.err().contains("Exception"));
    }

    @Test
    void badInputsExitTwo() {
        Assertions2.badInput(params("s=1,q=2"), "q", "gap");
        Assertions2.badInput(params("s=11"), "s", "11");
        Assertions2.badInput(params("s=NaN"), "s", "NaN");
        Assertions2.badInput(params("s=1meV"), "s", "1meV", "takes no unit");
        Assertions2.badInput(params("s=1", "--temperature", "-1"), "temperature", "-1");
        Assertions2.badInput(params("s=1", "--temperature", "300nm"), "temperature", "300nm");
        Assertions2.badInput(params("s=1", "--separation", "1,2,3,4"), "separation", "1,2,3,4");
        Assertions2.badInput(params("s=1", "--separation", "x"), "separation", "x");
        Assertions2.badInput(params("s=1", "--qubits", "Delta1=0.5"), "Delta2");
        Assertions2.badInput(params("s=1", "--qubits", "Delta1=0.5,Delta2=0.5,mu=1"), "mu", "lambda");
        Assertions2.badInput(params("s=1", "--format", "csv"), "--format");
        Assertions2.badInput(Cli.run("params", "--medium", "antiferro", "--qubits", "Delta1=1,Delta2=1",
                "--separation", "1"), "antiferro", "flat-band");
    }

    @Test
    void paramsOutputFileIsWrittenForVerdictsAndNeverForBadInput() throws IOException {
        Path out = dir.resolve("bath.json");
        Cli.Result verdict = params("gap=-1", "--format", "json", "--output", out.toString());
        assertEquals(1, verdict.code(), verdict::toString);
        assertEquals("", verdict.out());
        assertFalse(new ObjectMapper().readTree(Files.readString(out)).get("stable").asBoolean());
        Files.delete(out);
        for (String[] bad : new String[][] {{"s=NaN"}, {"s=1", "--temperature", "-2"}, {"s=1", "--separation", "a,b"},
            {"s=20"}}) {
            List<String> extra = new ArrayList<>(List.of(bad).subList(1, bad.length));
            extra.addAll(List.of("--output", out.toString()));
            assertEquals(2, params(bad[0], extra.toArray(String[]::new)).code());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no output and no temporary file left behind");
        }
    }

    @Test
    void evolveRunsThePipelineEndToEnd() throws IOException {
        Path out = dir.resolve("run.json");
        Cli.Result r = Cli.run("evolve", "--medium", FlatBandPlugin.NAME, "--set", "s=1,c=1", "--qubits",
                "Delta1=1,Delta2=1,lambda=1", "--separation", "1", "--initial", "ud", "--t-max", "20", "--steps", "20",
                "--steady", "--format", "json", "--output", out.toString());
        assertEquals(0, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(Files.readString(out));
        assertEquals(21, n.get("rows").size());
        assertEquals("flat-band", n.get("inputs").get("medium").asText());
        // the bath the medium produced: a = λ²s = 1, A = λ²c = 1 at T = 0
        assertEquals(1.0, n.get("inputs").get("bath").get("a").asDouble(), 1e-12);
        assertEquals(1.0, n.get("inputs").get("bath").get("A").get("re").asDouble(), 1e-12);
        // c = s, T = 0: |A| = a, δ = 0, so from |ud⟩ the steady concurrence is ½ (see EvolveCommandTest)
        assertEquals(0.5, n.get("steady_state").get("concurrence").asDouble(), 1e-7); // √ of round-off in ρ_dd

        Path none = dir.resolve("none.json");
        Cli.Result unstable = Cli.run("evolve", "--medium", FlatBandPlugin.NAME, "--set", "gap=-1", "--qubits",
                "Delta1=1,Delta2=1", "--separation", "1", "--initial", "ud", "--t-max", "1", "--steps", "2",
                "--output", none.toString());
        assertEquals(1, unstable.code(), unstable::toString);
        assertTrue(unstable.err().startsWith("magent: verdict: "), unstable::toString);
        assertTrue(unstable.err().contains("gap"), unstable::toString);
        assertFalse(Files.exists(none));
        Assertions2.badInput(Cli.run("evolve", "--medium", FlatBandPlugin.NAME, "--qubits", "Delta1=1,Delta2=1",
                "--initial", "ud", "--t-max", "1", "--steps", "2"), "separation");
    }
}
