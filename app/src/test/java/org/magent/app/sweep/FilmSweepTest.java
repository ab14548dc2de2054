package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;
import org.magent.app.media.MediaContext;
import org.magent.app.nv.FilmSetup;
import org.magent.app.nv.NvSpec;
import org.magent.app.output.Json;
import org.magent.masterequation.BathParameters;
import org.magent.bath.NvPairBath;
import org.magent.medium.film.BiasField;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;

/**
 * {@code sweep} with NV centres above a film: the columns and their units, the bath of every row against one
 * direct {@link NvPairBath} evaluation, the dynamics against the engine run on that bath with the shifted
 * splittings (and the detuning), a list of directions, and every film axis-2 kind against separate runs.
 */
class FilmSweepTest {

    static final String SET = "thickness=20nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=1e-4";
    static final String NV = "polar=54.7356deg,azimuth=0deg,height=100nm,transition=-1,t1=6ms,t2=1.8ms";
    private static final List<Double> R = List.of(50e-9, 300e-9);
    private static final DensityMatrix UD = NamedState.UD.density();

    @TempDir
    static Path tmp;
    private static SweepFiles.Csv xy;

    static List<String> base() {
        return new ArrayList<>(List.of("--medium", "film", "--set", SET, "--field", "20mT", "--field-polar",
                "54.7deg", "--nv", NV, "--temperature", "4K", "--separation", "50nm,300nm", "--initial", "ud",
                "--times", "20us,200us", "--postselect-time", "20us", "--no-plots"));
    }

    /** The base arguments with options replaced or added (a flag is an option not followed by a value). */
    static String[] with(String... extra) {
        List<String> args = base();
        for (int k = 0; k < extra.length; k++) {
            boolean hasValue = k + 1 < extra.length && !extra[k + 1].startsWith("--");
            int at = args.indexOf(extra[k]);
            if (hasValue && at >= 0) {
                args.set(at + 1, extra[++k]);
            } else {
                args.add(extra[k]);
                if (hasValue) {
                    args.add(extra[++k]);
                }
            }
        }
        return args.toArray(String[]::new);
    }

    static SweepFiles.Csv run(String name, String... args) throws Exception {
        return run(tmp, name, args);
    }

    static SweepFiles.Csv run(Path root, String name, String... args) throws Exception {
        Path dir = root.resolve(name);
        SweepFiles.run(dir, args);
        return SweepFiles.read(dir.resolve("sweep.csv"));
    }

    @BeforeAll
    static void directions() throws Exception {
        xy = run("xy", with("--direction", "x,y"));
    }

    /** The bath of the base scenario along one direction, computed directly. */
    static List<NvPairBath.Point> bath(double field, double direction, double temperatureK, String nv, String set) {
        return bath(field, direction, temperatureK, nv, set, R);
    }

    static List<NvPairBath.Point> bath(double field, double direction, double temperatureK, String nv, String set,
            List<Double> r) {
        MediaContext media = new MediaContext(FilmSweepTest.class.getClassLoader());
        FilmSetup setup = FilmSetup.of(media.catalog(), "film", set, new BiasField(field, Math.toRadians(54.7)),
                List.of(NvSpec.parse(nv)));
        return NvPairBath.compute(setup.medium(), setup.qubit1(), setup.qubit2(), List.of(temperatureK), direction,
                r.stream().mapToDouble(Double::doubleValue).toArray(), true).get(0);
    }

    /** Equal to round-off: the sweep reads the field from "20mT", the test builds it in tesla. */
    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.abs(expected) + 1e-12, what);
    }

    @Test
    void columnsSayTheirUnitsAndRatesSayTheyAreCoefficientsWithWEqualTwoA() {
        List<String> h = xy.header();
        assertEquals("direction (deg)", h.get(0));
        assertEquals("separation (nm)", h.get(1));
        for (String name : List.of("Delta1/2pi (GHz)", "Delta2/2pi (GHz)", "|A|/a (1)", "Re A/a (1)", "Im A/a (1)",
                "|At|/at (1)", "Re Dd/d (1)", "Im Dd/d (1)", "Jperp_medium (rad/s)", "Jz_medium (rad/s)",
                "D_medium (rad/s)", "Jperp_direct (rad/s)", "Jz_direct (rad/s)", "D_direct (rad/s)",
                "Delta1_shift_direct (rad/s)", "Delta2_shift_direct (rad/s)", "C_max (1)", "t_at_C_max (s)",
                "C(t=0.00002 s) (1)", "C(t=0.0002 s) (1)", "C_steady (1)", "lifetime (s)", "bell_fidelity_ps (1)", "C_ps (1)",
                "success_probability_ps (1)", "regime_ps", "markov_rate_over_linewidth (1)",
                "markov_rate_over_band_edge (1)", "markov_delay_times_rate (1)", "stable")) {
            assertTrue(h.contains(name), () -> name + " missing from " + h);
        }
        // each coefficient says which rate it gives: W = 2a, Wt = 2at, a coherence decays at 4d
        for (String[] rate : new String[][] {{"a (", "; W = 2a)"}, {"at (", "; Wt = 2at)"},
            {"d (", "; a coherence decays at 4d from it)"}}) {
            String header = h.stream().filter(x -> x.startsWith(rate[0])).findFirst().orElseThrow();
            assertTrue(header.contains("1/s") && header.contains("master-equation coefficient")
                    && header.endsWith(rate[1]), header);
        }
        assertTrue(h.stream().anyMatch(x -> x.startsWith("W (1/s; W = 2a")), h::toString);
        for (String j : List.of("Jperp (", "Jz (", "D (")) {
            assertTrue(h.stream().anyMatch(x -> x.startsWith(j + "rad/s")), j);
        }
        // identical NVs: no a2, at2, d2 columns
        assertFalse(h.stream().anyMatch(x -> x.startsWith("a2 (") || x.startsWith("d2 (")), h::toString);
        assertEquals("stable", h.get(h.size() - 1));
    }

    @Test
    void everyRowHoldsTheBathOfOneDirectEvaluationAndTheEngineDynamicsOnIt() {
        assertEquals(4, xy.rows().size(), "two directions x two separations, direction outer");
        double kelvin = 4;
        int row = 0;
        for (double direction : List.of(0.0, Math.PI / 2)) {
            List<NvPairBath.Point> points = bath(0.02, direction, kelvin, NV, SET);
            for (int i = 0; i < R.size(); i++) {
                NvPairBath.Point p = points.get(i);
                BathParameters b = p.report().bath();
                assertEquals(Math.toDegrees(direction), xy.value(row, "direction"), 1e-9);
                assertEquals(R.get(i) * 1e9, xy.value(row, "separation"), 1e-9);
                close(p.delta1() / (2 * Math.PI * 1e9), xy.value(row, "Delta1/2pi"), "Delta1");
                close(b.a(), xy.value(row, "a ("), "a");
                close(b.aTilde(), xy.value(row, "at ("), "at");
                close(2 * b.a(), xy.value(row, "W ("), "W = 2a");
                Complex cov = b.coupling().divide(Math.sqrt(b.a() * b.a2()));
                close(cov.abs(), xy.value(row, "|A|/a"), "|A|/a");
                close(cov.getReal(), xy.value(row, "Re A/a"), "Re A/a");
                close(cov.getImaginary(), xy.value(row, "Im A/a"), "Im A/a");
                close(b.jPerp(), xy.value(row, "Jperp ("), "Jperp");
                close(b.jz(), xy.value(row, "Jz ("), "Jz");
                close(b.dmi(), xy.value(row, "D ("), "D");
                close(p.medium().jPerp(), xy.value(row, "Jperp_medium"), "Jperp_medium");
                close(p.direct().jPerp(), xy.value(row, "Jperp_direct"), "Jperp_direct");
                close(b.jPerp(), xy.value(row, "Jperp_medium") + xy.value(row, "Jperp_direct"), "total");
                close(p.shift1(), xy.value(row, "Delta1_shift_direct"), "shift");
                close(b.dephasing(), xy.value(row, "d ("), "d");
                close(p.markov().linewidth(), xy.value(row, "markov_rate_over_linewidth"), "markov");
                close(p.markov().delay(), xy.value(row, "markov_delay_times_rate"), "markov delay");
                // the dynamics: the engine on this bath with the NV frequencies plus the direct dipolar shifts
                double[] f = p.shiftedSplittings();
                TwoQubitModel model = new TwoQubitModel(new QubitFields(f[0], f[1]), b);
                LindbladPropagator l = LindbladPropagator.of(model);
                assertEquals(Entanglement.concurrence(l.evolveTo(UD, 20e-6)), xy.value(row, "C(t=0.00002"), 1e-9);
                assertEquals(Entanglement.concurrence(l.evolveTo(UD, 200e-6)), xy.value(row, "C(t=0.0002"), 1e-9);
                var ps = MonitoredPropagator.of(model, DetectionEfficiency.PERFECT).evolve(UD, 20e-6, 400);
                assertEquals(ps.successProbability()[400], xy.value(row, "success_probability_ps"), 1e-9);
                assertEquals("true", xy.text(row, "stable"));
                row++;
            }
        }
        // identical NVs, axes and field in the x-z plane: A real and D = 0 along x; chiral (Im A != 0) along y
        for (int i = 0; i < 2; i++) {
            assertEquals(0, xy.value(i, "Im A/a"), 1e-9);
            assertEquals(0, xy.value(i, "D ("), 1e-9 * Math.abs(xy.value(i, "Jperp (")));
        }
        assertTrue(Math.abs(xy.value(3, "Im A/a")) > 1e-2, "Damon-Eshbach non-reciprocity along y");
    }

    @Test
    void theJsonHasTheSameRowsAndTheWarningsAndResolvedNvs() throws Exception {
        JsonNode j = Json.MAPPER.readTree(tmp.resolve("xy/sweep.json").toFile());
        assertEquals(4, j.get("points").size());
        assertEquals(xy.value(3, "Im A/a"), j.get("points").get(3).get("Im A/a (1)").asDouble(), 0.0);
        assertTrue(j.get("warnings").isArray());
        JsonNode r = j.get("resolved");
        assertEquals(2.0, r.get("directions_rad").size());
        assertFalse(r.has("lambda"), "no free coupling for NV centres");
        assertTrue(r.get("rates").asText().contains("W = 2a"));
        JsonNode scenario = j.get("scenario");
        assertEquals("x,y", scenario.get("direction").asText());
        assertEquals(NV, scenario.get("nv").get(0).asText());
        assertEquals("20mT", scenario.get("field").asText());
    }

    /** Rows of a 2-D sweep, the axis-2 column dropped, for comparison with separate runs. */
    private static List<List<String>> without(SweepFiles.Csv csv, int column, int from, int to) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : csv.rows().subList(from, to)) {
            List<String> r = new ArrayList<>(row);
            r.remove(column);
            out.add(r);
        }
        return out;
    }

    @Test
    void aTemperatureAxisEqualsSeparateRunsFromOneEvaluation() throws Exception {
        SweepFiles.Csv axis = run("temperature", with("--axis2", "temperature=50mK,300K"));
        assertEquals("temperature (K)", axis.header().get(2));
        SweepFiles.Csv cold = run("cold", with("--temperature", "50mK"));
        SweepFiles.Csv warm = run("warm", with("--temperature", "300K"));
        assertEquals(cold.rows(), without(axis, 2, 0, 2));
        assertEquals(warm.rows(), without(axis, 2, 2, 4));
        assertEquals(0.05, axis.value(0, "temperature"), 1e-12);
        assertTrue(axis.value(2, "at (") > 100 * axis.value(0, "at ("), "thermal magnons at 300 K");
    }

    @Test
    void aFieldAxisMovesTheBandAndTheNvFrequenciesTogether() throws Exception {
        SweepFiles.Csv axis = run("field", with("--axis2", "field=15mT,25mT"));
        assertEquals("field (mT)", axis.header().get(2));
        SweepFiles.Csv low = run("f15", with("--field", "15mT"));
        SweepFiles.Csv high = run("f25", with("--field", "25mT"));
        assertEquals(low.rows(), without(axis, 2, 0, 2));
        assertEquals(high.rows(), without(axis, 2, 2, 4));
        // the NV frequency follows the field (m_s = 0 <-> -1 falls), as the NV Hamiltonian gives it
        NvPairBath.Point p = bath(0.025, 0, 4, NV, SET).get(0);
        close(p.delta1() / (2 * Math.PI * 1e9), axis.value(2, "Delta1/2pi"), "Delta1 at 25 mT");
        assertTrue(axis.value(2, "Delta1/2pi") < axis.value(0, "Delta1/2pi"));
        assertEquals(15.0, axis.value(0, "field"), 1e-9);
    }

    @Test
    void aHeightAxisReplacesTheHeightsOfTheNvs() throws Exception {
        SweepFiles.Csv axis = run("height", with("--axis2", "height=80nm,120nm"));
        assertEquals("height (nm)", axis.header().get(2));
        SweepFiles.Csv low = run("h80", with("--nv", NV.replace("height=100nm", "height=80nm")));
        assertEquals(low.rows(), without(axis, 2, 0, 2));
        assertEquals(120.0, axis.value(2, "height"), 1e-9);
        assertTrue(axis.value(0, "a (") > axis.value(2, "a ("), "closer to the film, more noise");
    }

    @Test
    void aDampingAxisReconfiguresTheFilm() throws Exception {
        SweepFiles.Csv axis = run("damping", with("--axis2", "damping=1e-3,1e-2"));
        assertEquals("damping (1)", axis.header().get(2));
        SweepFiles.Csv high = run("d2", with("--set", SET.replace("damping=1e-4", "damping=1e-2")));
        assertEquals(high.rows(), without(axis, 2, 2, 4));
        assertNotEquals(axis.value(0, "|A|/a"), axis.value(2, "|A|/a"));
    }

    @Test
    void aDetuningShiftsTheSplittingsOfTheDynamicsOnlyAndItsAxisEqualsTheOption() throws Exception {
        SweepFiles.Csv axis = run("detuning", with("--axis2", "detuning=0MHz,0.05MHz"));
        SweepFiles.Csv one = run("detuned", with("--detuning", "0.05MHz"));
        SweepFiles.Csv none = run("plain", base().toArray(String[]::new));
        assertEquals(none.rows(), without(axis, 2, 0, 2));
        assertEquals(one.rows(), without(axis, 2, 2, 4));
        // the bath stays at the NVs' own frequencies; the dynamics runs with Delta_i + shift_i +/- delta
        double delta = 2 * Math.PI * 0.05e6;
        NvPairBath.Point p = bath(0.02, 0, 4, NV, SET).get(0);
        close(p.report().bath().a(), one.value(0, "a ("), "a unchanged by the detuning");
        double[] f = p.shiftedSplittings();
        TwoQubitModel model = new TwoQubitModel(new QubitFields(f[0] + delta, f[1] - delta), p.report().bath());
        assertEquals(Entanglement.concurrence(LindbladPropagator.of(model).evolveTo(UD, 200e-6)),
                one.value(0, "C(t=0.0002"), 1e-9);
        // at 4 K only the postselected state is entangled here: the detuning changes it (Eq. 13-15)
        var ps = MonitoredPropagator.of(model, DetectionEfficiency.PERFECT).evolve(UD, 20e-6, 400);
        double c = Entanglement.concurrence(ps.states()[400]);
        assertEquals(c, one.value(0, "C_ps"), 1e-9);
        assertEquals(ps.successProbability()[400], one.value(0, "success_probability_ps"), 1e-9);
        // δ/2π = 50 kHz is far above |A|: the postselected state entangles much less (Eq. 14-15)
        assertTrue(c < 0.5 * none.value(0, "C_ps"), c + " against " + none.value(0, "C_ps"));
    }

    @Test
    void anEfficiencyAxisEqualsTheOption() throws Exception {
        SweepFiles.Csv axis = run("efficiency", with("--axis2", "efficiency=0.5,1"));
        SweepFiles.Csv half = run("eta", with("--efficiency", "0.5"));
        assertEquals(half.rows(), without(axis, 2, 0, 2));
        assertTrue(axis.value(0, "success_probability_ps") > axis.value(2, "success_probability_ps"));
    }

    @Test
    void aFilmSweepResumesToTheUninterruptedResult() throws Exception {
        String[] args = with("--direction", "x,y");
        Path cut = tmp.resolve("cut");
        SweepFiles.run(cut, args);
        List<String> lines = Files.readAllLines(cut.resolve("sweep.csv"));
        String expected = Files.readString(cut.resolve("sweep.csv"));
        Files.writeString(cut.resolve("sweep.csv"), String.join("\n", lines.subList(0, 3)) + "\n"
                + lines.get(3).substring(0, 30));
        List<String> resume = new ArrayList<>(List.of(args));
        resume.add("--resume");
        String out = SweepFiles.run(cut, resume.toArray(String[]::new)).out();
        assertTrue(out.contains("reused 2 of 4 points"), out);
        assertEquals(expected, Files.readString(cut.resolve("sweep.csv")));
        // a row of the other direction is refused: the direction column is checked against the scenario
        String wrong = lines.get(1).replaceFirst("^0\\.0,", "90.0,");
        Files.writeString(cut.resolve("sweep.csv"), lines.get(0) + "\n" + wrong + "\n");
        List<String> again = new ArrayList<>(List.of("sweep"));
        again.addAll(resume);
        again.addAll(List.of("--output-dir", cut.toString(), "--no-progress"));
        Cli.Result r = Cli.run(again.toArray(String[]::new));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("direction"), r::toString);
    }

    @Test
    void aYamlScenarioWithNvKeysRunsAndOptionsOverrideIt() throws Exception {
        Path yaml = tmp.resolve("film.yaml");
        Files.writeString(yaml, String.join("\n", "medium: film", "parameters:", "  thickness: 20nm",
                "  magnetisation: 142kA/m", "  exchangeConstant: 3.7pJ/m", "  damping: 1e-4", "nv:", "  - " + NV,
                "field: 20mT", "field_polar: 54.7deg", "temperature: 4K", "separation: [50nm, 300nm]",
                "direction: y", "direct_dipolar: false", "nuclear_average: false", "initial: ud",
                "times: [20us, 200us]", "postselect_time: 20us", ""));
        SweepFiles.Csv fromYaml = run("yaml", "--config", yaml.toString(), "--no-plots");
        for (int i = 0; i < 2; i++) {
            assertEquals(90.0, fromYaml.value(i, "direction"), 0.0);
            assertEquals(0.0, fromYaml.value(i, "Jperp_direct"), 0.0, "--no-direct-dipolar as a file key");
            assertEquals(0.0, fromYaml.value(i, "Delta1_shift_direct"), 0.0);
        }
        JsonNode written = Json.MAPPER.readTree(tmp.resolve("yaml/scenario.json").toFile());
        assertEquals("false", written.get("direct_dipolar").asText());
        // the file's keys are overridden by options, as every other scenario key
        SweepFiles.Csv over = run("over", "--config", yaml.toString(), "--direction", "x", "--nuclear-average",
                "--no-plots");
        assertEquals(0.0, over.value(0, "direction"), 0.0);
        JsonNode o = Json.MAPPER.readTree(tmp.resolve("over/scenario.json").toFile());
        assertEquals("true", o.get("nuclear_average").asText());
        assertEquals("x", o.get("direction").asText());
        // the scenario file repeats the run exactly
        SweepFiles.Csv again = run("again", "--config", tmp.resolve("over/scenario.json").toString());
        assertEquals(over.rows(), again.rows());
    }

    @Test
    void twoDifferentNvsHaveTheirOwnLocalColumnsAndTheCovarianceIsNormalisedByBoth() throws Exception {
        String nv2 = "polar=54.7356deg,azimuth=0deg,height=150nm,transition=-1,t1=3ms,t2=1ms";
        List<String> args = new ArrayList<>(base());
        args.addAll(List.of("--nv", nv2));
        SweepFiles.Csv two = run("two", args.toArray(String[]::new));
        assertTrue(two.header().stream().anyMatch(h -> h.startsWith("a2 (1/s; master-equation coefficient")));
        assertTrue(two.header().stream().anyMatch(h -> h.startsWith("at2 (")));
        assertTrue(two.header().stream().anyMatch(h -> h.startsWith("d2 (")));
        MediaContext media = new MediaContext(FilmSweepTest.class.getClassLoader());
        FilmSetup setup = FilmSetup.of(media.catalog(), "film", SET, new BiasField(0.02, Math.toRadians(54.7)),
                List.of(NvSpec.parse(NV), NvSpec.parse(nv2)));
        List<NvPairBath.Point> points = NvPairBath.compute(setup.medium(), setup.qubit1(), setup.qubit2(),
                List.of(4.0), 0, R.stream().mapToDouble(Double::doubleValue).toArray(), true).get(0);
        for (int i = 0; i < 2; i++) {
            BathParameters b = points.get(i).report().bath();
            close(b.a(), two.value(i, "a ("), "a1");
            close(b.a2(), two.value(i, "a2 ("), "a2");
            close(b.aTilde2(), two.value(i, "at2 ("), "at2");
            close(b.dephasing2(), two.value(i, "d2 ("), "d2");
            close(b.coupling().abs() / Math.sqrt(b.a() * b.a2()), two.value(i, "|A|/a"), "|A|/sqrt(a1 a2)");
            assertNotEquals(b.a(), b.a2(), "the two NVs differ");
            double[] f = points.get(i).shiftedSplittings();
            TwoQubitModel model = new TwoQubitModel(new QubitFields(f[0], f[1]), b);
            assertEquals(Entanglement.concurrence(LindbladPropagator.of(model).evolveTo(UD, 200e-6)),
                    two.value(i, "C(t=0.0002"), 1e-9);
        }
    }

    @Test
    void theWarningsSummariseTheMarkovRatiosAndThePointDipoleLimit() throws Exception {
        Path dir = tmp.resolve("warn");
        Cli.Result r = SweepFiles.run(dir, with("--set", SET.replace("damping=1e-4", "damping=1e-5"),
                "--temperature", "300K", "--separation", "0.5nm,50nm"));
        JsonNode w = Json.MAPPER.readTree(dir.resolve("sweep.json").toFile()).get("warnings");
        List<String> texts = new ArrayList<>();
        w.forEach(x -> texts.add(x.asText()));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Born-Markov at ") && t.contains("linewidth")
                && t.contains("of 2 points")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("closer than 1 nm") && t.startsWith("1 of 2 points")),
                texts::toString);
        for (String t : texts) {
            assertTrue(r.out().contains("# warning: " + t), "on the terminal too: " + t);
        }
        SweepFiles.Csv csv = SweepFiles.read(dir.resolve("sweep.csv"));
        assertTrue(csv.value(0, "markov_rate_over_linewidth") > 0.3);
    }
}
