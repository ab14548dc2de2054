package org.magent.app.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * Plugins that throw, return NaN or null, hang, or violate causality while magent uses them: each gives one clear
 * line naming the plugin and the medium, exit 2 (or a verdict, exit 1, for causality), never a stack trace and never
 * a hang. Plugins that cannot even be registered: {@link PluginLoadingTest}.
 */
@Timeout(120) // a guard against a hang of the guard itself, not a speed requirement
class MisbehavingPluginTest {

    private static final String BAD = """
            package org.example.bad;

            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import org.apache.commons.math3.complex.Complex;
            import org.magent.medium.*;

            public final class BadPlugin {
                static final List<ParameterSpec> P = List.of(ParameterSpec.choice("mode", "ok",
                        List.of("ok", "throw", "nan", "nan-accuracy", "hang", "acausal", "null", "configure"), "what goes wrong"));
                public static final class Model implements MediumModel {
                    public String name() { return "bad"; }
                    public String description() { return "misbehaving test medium"; }
                    public List<ParameterSpec> parameters() { return P; }
                    public Medium configure(Map<String, String> v) {
                        ParameterValues p = ParameterValues.resolve("bad", P, v);
                        if (p.choice("mode").equals("configure")) throw new IllegalStateException("cannot configure");
                        return new Bad(p.choice("mode"), p.asMap());
                    }
                }
                record Bad(String mode, Map<String, String> parameterValues) implements Medium {
                    public String name() { return "bad"; }
                    public int dimension() { return 3; }
                    public boolean isLattice() { return false; }
                    public Optional<LongitudinalCorrelators> longitudinal(double t, Separation r) { return Optional.empty(); }
                    public StabilityReport stability() { return StabilityReport.ok(); }
                    public List<TwoSiteCorrelator> transverse(double omega, List<Separation> rs) {
                        switch (mode) {
                            case "throw": throw new IllegalStateException("transverse exploded");
                            case "null": return null;
                            case "hang":
                                try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { throw new IllegalStateException(e); }
                                return List.of();
                            default:
                        }
                        double local = mode.equals("acausal") ? 0.5 : -0.5;
                        double cross = mode.equals("nan") ? Double.NaN : -0.2;
                        TwoSiteCorrelator g = TwoSiteCorrelator.inversionSymmetric(new Complex(0, local), new Complex(0.1, cross))
                                .withAccuracy(mode.equals("nan-accuracy") ? Double.NaN : 0);
                        return rs.stream().map(r -> g).toList();
                    }
                }
            }
            """;
    @TempDir
    static Path work;
    private static Path bad;

    @BeforeAll
    static void buildPlugins() throws IOException {
        bad = PluginJarBuilder.build(work, "bad.jar", Map.of("org.example.bad.BadPlugin", BAD),
                "# a comment\norg.example.bad.BadPlugin$Model   # the model, nested\n");
    }

    private static Cli.Result params(String mode, String... extra) {
        List<String> args = List.of("--plugin", bad.toString(), "params", "--medium", "bad", "--set", "mode=" + mode,
                "--qubits", "Delta1=1,Delta2=1", "--separation", "1");
        return Cli.run(Cli.merge(args, extra));
    }

    @Test
    void aWellBehavedCallWorks() {
        Cli.Result ok = params("ok");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("stable      true"), ok.out());
    }

    @Test
    void aThrowingPluginIsNamedWithItsMedium() {
        Assertions2.badInput(params("throw"), "plugin bad.jar", "medium bad", "transverse", "transverse exploded");
        Assertions2.badInput(params("configure"), "plugin bad.jar", "medium bad", "configure", "cannot configure");
    }

    @Test
    void nanAndNullResultsAreRefused() {
        Assertions2.badInput(params("nan"), "plugin bad.jar", "medium bad", "not finite");
        Assertions2.badInput(params("nan-accuracy"), "plugin bad.jar", "medium bad", "accuracy = NaN");
        Assertions2.badInput(params("null"), "plugin bad.jar", "medium bad", "returned null");
    }

    @Test
    void aHangingPluginTimesOut() {
        Assertions2.badInput(params("hang", "--plugin-timeout", "0.5"), "plugin bad.jar", "medium bad",
                "did not return within 0.5 s", "--plugin-timeout");
    }

    @Test
    void badTimeoutsAreRefused() {
        Assertions2.badInput(params("ok", "--plugin-timeout", "-1"), "--plugin-timeout", "-1");
        Assertions2.badInput(params("ok", "--plugin-timeout", "soon"), "--plugin-timeout", "soon");
    }

    @Test
    void causalityViolationIsAVerdictNamingThePlugin() {
        // Im G_11(Δ = 1) = +0.5 > 0: spectral weight 𝒜_11 = −1 < 0 at ω > 0, i.e. a < 0
        Cli.Result r = params("acausal");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("stable      false"), r.out());
        assertTrue(r.out().contains("causality violated by plugin bad.jar, medium bad"), r.out());
        assertFalse(r.err().contains("Exception"), r::toString);
    }
}
