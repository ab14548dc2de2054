package org.magent.app.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.magent.app.cli.Cli;
import org.magent.app.media.MediaContext;
import org.magent.app.nv.FilmParams;
import org.magent.app.nv.FilmSetup;
import org.magent.app.nv.InPlaneSeparation;
import org.magent.app.nv.NvSpec;
import org.magent.app.output.Json;
import org.magent.bath.NvPairBath;
import org.magent.medium.film.BiasField;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.NamedState;

/**
 * {@code evolve} with NV centres above a film: C(t) of the model {@code NvPairBath} gives at one in-plane vector
 * (per-qubit local terms with the intrinsic T1, T2; the coherent couplings of the medium and the direct dipolar
 * coupling; the splittings with the direct dipolar shifts), against the engine run on that model.
 */
class EvolveFilmTest {

    private static final String SET = "thickness=20nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=1e-4";
    private static final String NV = "polar=54.7356deg,azimuth=0deg,height=100nm,t1=6ms,t2=1.8ms";

    @Test
    void concurrenceOfTheNvPairBathModelAtOneInPlaneVector() throws Exception {
        Cli.Result r = Cli.run("evolve", "--medium", "film", "--set", SET, "--field", "20mT", "--field-polar",
                "54.7deg", "--nv", NV, "--temperature", "50mK", "--separation", "30nm,40nm", "--initial", "ud",
                "--t-max", "1ms", "--steps", "10", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode out = Json.MAPPER.readTree(r.out());
        MediaContext media = new MediaContext(getClass().getClassLoader());
        FilmSetup setup = FilmSetup.of(media.catalog(), "film", SET, new BiasField(0.02, Math.toRadians(54.7)),
                List.of(NvSpec.parse(NV)));
        FilmParams params = FilmParams.compute(setup, 0.05, new InPlaneSeparation(30e-9, 40e-9), true);
        NvPairBath.Point p = params.point();
        double[] f = p.shiftedSplittings();
        LindbladPropagator l = LindbladPropagator.of(new TwoQubitModel(new QubitFields(f[0], f[1]),
                p.report().bath()));
        JsonNode rows = out.get("rows");
        assertEquals(11, rows.size());
        double max = 0;
        for (JsonNode row : rows) {
            double t = row.get("t").asDouble();
            double c = Entanglement.concurrence(l.evolveTo(NamedState.UD.density(), t));
            assertEquals(c, row.get("concurrence").asDouble(), 1e-8, "t = " + t);
            max = Math.max(max, c);
        }
        assertTrue(max > 0.1, "a case with entanglement: " + max);
        // the echoed inputs name the splittings the dynamics used and the rate convention
        JsonNode inputs = out.get("inputs");
        assertEquals(f[0], inputs.get("Delta1_dynamics").asDouble(), 1e-6 * f[0]);
        assertTrue(inputs.get("units").asText().contains("W = 2a"));
        assertEquals(p.report().bath().a(), inputs.get("bath").get("a").asDouble(), 1e-9 * p.report().bath().a());
        // a single value is along x
        Cli.Result x = Cli.run("evolve", "--medium", "film", "--set", SET, "--field", "20mT", "--field-polar",
                "54.7deg", "--nv", NV, "--temperature", "50mK", "--separation", "50nm", "--initial", "ud",
                "--t-max", "1ms", "--steps", "2", "--format", "json", "--postselect", "--efficiency", "0.5");
        assertEquals(0, x.code(), x::toString);
        JsonNode xs = Json.MAPPER.readTree(x.out()).get("inputs").get("separation_m");
        assertEquals(50e-9, xs.get(0).asDouble(), 1e-18);
        assertEquals(0, xs.get(1).asDouble(), 0);
    }

    @Test
    void trajectoriesTakeTheSameNvOptions(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Cli.Result r = Cli.run("trajectories", "--medium", "film", "--set", SET, "--field", "20mT", "--field-polar",
                "54.7deg", "--nv", NV, "--temperature", "50mK", "--separation", "30nm", "--initial", "ud", "--t-max",
                "100us", "--steps", "4", "--count", "50", "--seed", "1", "--output-dir", dir.toString(),
                "--no-progress");
        assertEquals(0, r.code(), r::toString);
        JsonNode json = Json.MAPPER.readTree(dir.resolve("trajectories.json").toFile());
        assertEquals("film", json.get("inputs").get("medium").asText());
        assertTrue(java.nio.file.Files.readAllLines(dir.resolve("trajectories.csv")).get(0).startsWith("t (s)"));
    }
}
