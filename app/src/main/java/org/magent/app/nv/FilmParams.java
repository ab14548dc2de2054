package org.magent.app.nv;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.complex.Complex;
import org.magent.app.output.Json;
import org.magent.app.output.Texts;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.bath.NvPairBath;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;

/**
 * {@code magent params} for NV centres above a film: the master-equation coefficients from the stray field, in
 * SI-based natural units (rates and frequencies in rad/s, i.e. 1/s for rates).
 *
 * @param setup the film and NVs
 * @param qubit1 NV 1's qubit
 * @param qubit2 NV 2's qubit
 * @param temperature T (K)
 * @param separation r (m)
 * @param point the bath at r
 */
public record FilmParams(FilmSetup setup, NvQubit qubit1, NvQubit qubit2, double temperature,
        InPlaneSeparation separation, NvPairBath.Point point) {

    /** What the rates mean, printed with them. */
    public static final String RATE_CONVENTION = "rates in 1/s (rad/s): a, at, A, At, d, Dd are the coefficients of"
            + " the master equation (dissipator 2h), so a level decays at W = 2a (T1 = 1/(2a) at T = 0); W, Wt are"
            + " the golden-rule transition rates 2a, 2at";

    /**
     * Computes the bath.
     *
     * @param setup the film and NVs
     * @param temperature T (K)
     * @param separation r (m)
     * @param directDipolar whether to include the direct NV–NV dipolar coupling
     * @return the result
     */
    public static FilmParams compute(FilmSetup setup, double temperature, InPlaneSeparation separation,
            boolean directDipolar) {
        NvQubit q1 = setup.qubit1();
        NvQubit q2 = setup.qubit2();
        List<NvPairBath.Point> points = NvPairBath.compute(setup.medium(), q1, q2, List.of(temperature),
                separation.angle(), new double[] {separation.distance()}, directDipolar).get(0);
        return new FilmParams(setup, q1, q2, temperature, separation, points.get(0));
    }

    /**
     * Whether the medium and the bath are stable.
     *
     * @return the verdict
     */
    public boolean stable() {
        return point.report().stable();
    }

    /**
     * The JSON document: a, at, A, At, Jperp, Jz, D, d, Dd (and a2, at2, d2 for different NVs), W and Wt, Delta
     * (Delta1, Delta2), the covariance ratios, stable, warnings, the echoed inputs.
     *
     * @return the object
     */
    public ObjectNode json() {
        BathReport r = point.report();
        BathParameters b = r.bath();
        ObjectNode n = Json.putBath(Json.object(), b);
        n.put("a2", b.a2());
        n.put("at2", b.aTilde2());
        n.put("d2", b.dephasing2());
        n.put("W", 2 * b.a());
        n.put("Wt", 2 * b.aTilde());
        n.put("Delta", 0.5 * (point.delta1() + point.delta2()));
        n.put("Delta1", point.delta1());
        n.put("Delta2", point.delta2());
        n.put("Jperp_medium", point.medium().jPerp());
        n.put("Jz_medium", point.medium().jz());
        n.put("D_medium", point.medium().dmi());
        n.put("Jperp_direct", point.direct().jPerp());
        n.put("Jz_direct", point.direct().jz());
        n.put("D_direct", point.direct().dmi());
        n.put("Delta1_shift_direct", point.shift1());
        n.put("Delta2_shift_direct", point.shift2());
        ObjectNode markov = n.putObject("markov_ratios");
        markov.put("rate_over_linewidth", point.markov().linewidth());
        markov.put("rate_over_band_edge", point.markov().bandEdge());
        markov.put("delay_times_rate", point.markov().delay());
        ObjectNode cov = n.putObject("covariance");
        cov.set("A_over_a", Json.complex(ratio(b.coupling(), Math.sqrt(b.a() * b.a2()))));
        cov.set("At_over_at", Json.complex(ratio(b.couplingTilde(), Math.sqrt(b.aTilde() * b.aTilde2()))));
        cov.set("Dd_over_d", Json.complex(ratio(b.dephasingCoupling(), Math.sqrt(b.dephasing() * b.dephasing2()))));
        n.put("stable", r.stable());
        ArrayNode inst = n.putArray("instabilities");
        r.mediumStability().findings().forEach(inst::add);
        r.bathStability().findings().forEach(inst::add);
        ArrayNode warnings = n.putArray("warnings");
        r.warnings().forEach(warnings::add);
        n.put("relative_accuracy", b.provenance().relativeAccuracy());
        n.put("units", RATE_CONVENTION);
        ObjectNode in = n.putObject("inputs");
        in.put("medium", setup.medium().name());
        ObjectNode p = in.putObject("parameters");
        setup.parameters().forEach(p::put);
        in.put("field_T", setup.field().magnitude());
        in.put("field_polar_rad", setup.field().polar());
        ArrayNode nvs = in.putArray("nv");
        nvs.add(nvJson(setup.nv1(), qubit1));
        nvs.add(nvJson(setup.nv2(), qubit2));
        in.put("temperature_K", temperature);
        in.putArray("separation_m").add(separation.x()).add(separation.y());
        in.put("frame", "z: film normal towards the NVs; x: in-plane projection of the field; y = z cross x");
        return n;
    }

    private static ObjectNode nvJson(NvCentre c, NvQubit q) {
        ObjectNode o = Json.object();
        o.put("polar_rad", c.axis().polar());
        o.put("azimuth_rad", c.axis().azimuth());
        o.put("height_m", c.height());
        o.put("transition", c.transition());
        o.put("Delta", q.splitting());
        o.put("frequency_GHz", q.splitting() / (2 * Math.PI * 1e9));
        if (!Double.isInfinite(c.t1())) {
            o.put("t1_s", c.t1());
        }
        if (!Double.isInfinite(c.t2())) {
            o.put("t2_s", c.t2());
        }
        return o;
    }

    /** z/x, 0 when x = 0 (no noise, no correlation). */
    static Complex ratio(Complex z, double x) {
        return x == 0 ? Complex.ZERO : z.divide(x);
    }

    /**
     * The table.
     *
     * @param w where to write
     */
    public void table(PrintWriter w) {
        BathReport r = point.report();
        BathParameters b = r.bath();
        w.println(String.format(Locale.ROOT, "# %s %s; field %.6g mT at %.4g deg from the normal; T = %.6g K;"
                + " separation (%.6g, %.6g) nm", setup.medium().name(), setup.parameters(), 1e3 * setup.field()
                .magnitude(), Math.toDegrees(setup.field().polar()), temperature, 1e9 * separation.x(),
                1e9 * separation.y()));
        w.println(String.format(Locale.ROOT, "# NV frequencies Delta1/2pi = %.9g GHz, Delta2/2pi = %.9g GHz",
                point.delta1() / (2 * Math.PI * 1e9), point.delta2() / (2 * Math.PI * 1e9)));
        w.println("# " + RATE_CONVENTION);
        row(w, "a", Texts.number(b.a()) + (b.locallySymmetric() ? "" : "   a2 " + Texts.number(b.a2())));
        row(w, "at", Texts.number(b.aTilde()) + (b.locallySymmetric() ? "" : "   at2 " + Texts.number(b.aTilde2())));
        row(w, "W = 2a", Texts.number(2 * b.a()));
        row(w, "A", Texts.complexShort(b.coupling()));
        row(w, "At", Texts.complexShort(b.couplingTilde()));
        row(w, "Jperp", Texts.number(b.jPerp()) + "   (medium " + Texts.number(point.medium().jPerp())
                + ", direct " + Texts.number(point.direct().jPerp()) + ")");
        row(w, "Jz", Texts.number(b.jz()) + "   (medium " + Texts.number(point.medium().jz()) + ", direct "
                + Texts.number(point.direct().jz()) + ")");
        row(w, "D", Texts.number(b.dmi()) + "   (medium " + Texts.number(point.medium().dmi()) + ", direct "
                + Texts.number(point.direct().dmi()) + ")");
        row(w, "d", Texts.number(b.dephasing()) + (b.locallySymmetric() ? "" : "   d2 " + Texts.number(b.dephasing2())));
        row(w, "Dd", Texts.complexShort(b.dephasingCoupling()));
        row(w, "A/a", Texts.complexShort(ratio(b.coupling(), Math.sqrt(b.a() * b.a2()))));
        row(w, "dDelta", Texts.number(point.shift1()) + ", " + Texts.number(point.shift2())
                + "   (direct dipolar shifts of Delta1, Delta2)");
        row(w, "markov", String.format(Locale.ROOT, "rate/linewidth %.3g, rate/band-edge %.3g, delay*rate %.3g",
                point.markov().linewidth(), point.markov().bandEdge(), point.markov().delay()));
        row(w, "stable", Boolean.toString(r.stable()));
        r.mediumStability().findings().forEach(f -> w.println("# unstable: " + f));
        r.bathStability().findings().forEach(f -> w.println("# unstable: " + f));
        r.warnings().forEach(x -> w.println("# warning: " + x));
    }

    private static void row(PrintWriter w, String name, String value) {
        w.println(String.format(Locale.ROOT, "%-11s %s", name, value));
    }
}
