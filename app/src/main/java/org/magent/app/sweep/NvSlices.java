package org.magent.app.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.magent.app.concurrent.Futures;
import org.magent.app.nv.FilmSetup;
import org.magent.physics.PhysicalConstants;
import org.magent.bath.BathReport;
import org.magent.bath.MarkovRatios;
import org.magent.bath.NvPairBath;
import org.magent.bath.QubitCoupling;
import org.magent.medium.MediumCatalog;
import org.magent.medium.film.BiasField;
import org.magent.nv.DipolarCoupling;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.validation.InvalidInputException;

/**
 * The baths of a sweep of NV centres above a film: one {@link NvPairBath#compute} per direction and film
 * configuration, which serves every separation (and, for a temperature axis, every temperature: the correlators do
 * not depend on T). The axis-2 kinds: {@code temperature} (one evaluation for all values), {@code field} (the film
 * reconfigured in the new bias field and the NV qubits recomputed from their Hamiltonian), {@code height} (both NVs
 * at the new height), {@code damping} (the film reconfigured), {@code detuning} and {@code efficiency} (one bath,
 * only the dynamics changes).
 *
 * <p>The qubit splittings of the dynamics at a point are the NV frequencies with the direct dipolar shifts
 * ({@link NvPairBath.Point#shiftedSplittings}) plus the static detuning, +δ on NV 1 and −δ on NV 2, averaged over
 * the ¹⁴N configurations when asked ({@link FieldEnsemble#nitrogen14}).
 */
final class NvSlices {

    private NvSlices() {
    }

    /** One film configuration: the bath evaluation of one direction and what it serves. */
    private record Job(FilmSetup setup, double direction, List<Double> temperaturesK) {
    }

    /**
     * The slices of the scenario, axis 2 outer and direction inner.
     *
     * @param s the scenario (with NV centres)
     * @param catalog the media
     * @param threads threads for the independent bath evaluations
     * @return one slice per (axis-2 value, direction)
     * @throws InvalidInputException for a film configuration the medium refuses or an accuracy it cannot reach
     */
    static List<SweepRunner.Slice> of(Scenario s, MediumCatalog catalog, int threads) {
        NvScenario nv = s.nv().orElseThrow();
        Map<String, String> params = new LinkedHashMap<>(s.parameters());
        params.remove("field");
        params.remove("fieldPolar");
        List<Double> axis = s.axis2().map(Axis2::values).orElse(List.of(Double.NaN));
        Axis2Kind kind = s.axis2().map(Axis2::kind).orElse(null);
        double baseK = kelvin(s.temperature());
        // the film configurations: one for temperature, detuning, efficiency and no axis; one per value otherwise
        List<FilmSetup> setups = new ArrayList<>();
        List<List<Double>> temperatures = new ArrayList<>();
        boolean perValue = kind == Axis2Kind.FIELD || kind == Axis2Kind.HEIGHT || kind == Axis2Kind.DAMPING;
        if (perValue) {
            for (double v : axis) {
                setups.add(setup(s, catalog, params, nv, kind, v));
                temperatures.add(List.of(baseK));
            }
        } else {
            setups.add(FilmSetup.of(catalog, s.medium(), params, nv.field(), nv.centres()));
            temperatures.add(kind == Axis2Kind.TEMPERATURE ? axis.stream().map(NvSlices::kelvin).toList()
                    : List.of(baseK));
        }
        List<Job> jobs = new ArrayList<>();
        for (int c = 0; c < setups.size(); c++) {
            for (double d : nv.directions()) {
                jobs.add(new Job(setups.get(c), d, temperatures.get(c)));
            }
        }
        List<List<List<NvPairBath.Point>>> baths = evaluate(jobs, s, nv, threads);
        int nDir = nv.directions().size();
        List<SweepRunner.Slice> out = new ArrayList<>();
        for (int i2 = 0; i2 < axis.size(); i2++) {
            double v = axis.get(i2);
            for (int id = 0; id < nDir; id++) {
                int job = (perValue ? i2 : 0) * nDir + id;
                List<NvPairBath.Point> points = baths.get(job).get(kind == Axis2Kind.TEMPERATURE ? i2 : 0);
                FilmSetup setup = jobs.get(job).setup();
                double detuning = kind == Axis2Kind.DETUNING ? v : nv.detuning();
                double efficiency = kind == Axis2Kind.EFFICIENCY ? v : s.efficiency();
                List<BathReport> reports = new ArrayList<>(points.size());
                List<FieldEnsemble> fields = new ArrayList<>(points.size());
                for (NvPairBath.Point p : points) {
                    reports.add(p.report());
                    double[] d = p.shiftedSplittings();
                    fields.add(nv.nuclearAverage() ? FieldEnsemble.nitrogen14(d[0] + detuning, d[1] - detuning)
                            : FieldEnsemble.single(d[0] + detuning, d[1] - detuning));
                }
                QubitCoupling q = new QubitCoupling(setup.qubit1().splitting(), setup.qubit2().splitting(), 0);
                out.add(new SweepRunner.Slice(q, v, reports, fields, efficiency, nv.directions().get(id), points));
            }
        }
        return out;
    }

    /** The film and NVs at one value of a field, height or damping axis. */
    private static FilmSetup setup(Scenario s, MediumCatalog catalog, Map<String, String> params, NvScenario nv,
            Axis2Kind kind, double v) {
        return switch (kind) {
            case FIELD -> {
                double tesla = v / PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO;
                if (!(tesla >= 0)) {
                    throw new InvalidInputException("axis2", String.format(Locale.ROOT, "--axis2 field: %.6g mT is"
                            + " negative; give field magnitudes (the direction is --field-polar)", tesla * 1e3));
                }
                yield FilmSetup.of(catalog, s.medium(), params, new BiasField(tesla, nv.field().polar()),
                        nv.centres());
            }
            case HEIGHT -> {
                List<NvCentre> moved = nv.centres().stream().map(c -> c.atHeight(v)).toList();
                yield FilmSetup.of(catalog, s.medium(), params, nv.field(), moved);
            }
            case DAMPING -> {
                Map<String, String> p = new LinkedHashMap<>(params);
                p.put("damping", Double.toString(v));
                yield FilmSetup.of(catalog, s.medium(), p, nv.field(), nv.centres());
            }
            case TEMPERATURE, DETUNING, GAP, EFFICIENCY -> throw new IllegalStateException("axis " + kind
                    + " needs no film configuration per value");
        };
    }

    /** Runs the bath evaluations, in parallel; for each job, the points of every temperature. */
    private static List<List<List<NvPairBath.Point>>> evaluate(List<Job> jobs, Scenario s, NvScenario nv,
            int threads) {
        double[] distances = s.separations().stream().mapToDouble(Double::doubleValue).toArray();
        if (nv.directDipolar()) {
            for (double r : distances) {
                if (r == 0 && nv.centres().get(0).height() == nv.second().height()) {
                    throw new InvalidInputException("separation", "separation = 0 m puts the two NVs at one point:"
                            + " the direct dipole-dipole coupling diverges there; give r > 0 or"
                            + " --no-direct-dipolar");
                }
            }
        }
        boolean direct = nv.directDipolar();
        List<Supplier<List<List<NvPairBath.Point>>>> work = new ArrayList<>();
        for (Job j : jobs) {
            work.add(() -> compute(j, distances, direct));
        }
        return Futures.inOrder(work, threads, "magent-nv-bath", "computing the baths");
    }

    private static List<List<NvPairBath.Point>> compute(Job j, double[] distances, boolean directDipolar) {
        NvQubit q1 = j.setup().qubit1();
        NvQubit q2 = j.setup().qubit2();
        return NvPairBath.compute(j.setup().medium(), q1, q2, j.temperaturesK(), j.direction(), distances,
                directDipolar);
    }

    /** T (K) from k_BT/ħ (rad/s). */
    private static double kelvin(double natural) {
        return natural * PhysicalConstants.HBAR / PhysicalConstants.BOLTZMANN;
    }

    /**
     * The warnings of an NV sweep, summarised: the medium's notes once each, each Markov-validity ratio above
     * {@link MarkovRatios#THRESHOLD} with the number of points and the worst one, and the separations below the
     * point-dipole limit.
     *
     * @param s the scenario
     * @param slices its slices
     * @return the warnings, possibly empty
     */
    static List<String> warnings(Scenario s, List<SweepRunner.Slice> slices) {
        Set<String> notes = new LinkedHashSet<>();
        String[] names = {"the fastest rate or coupling reaches %.3g of the magnon linewidth alpha*omega (the bath is"
            + " not flat over it: non-Markovian)", "the fastest rate or coupling reaches %.3g of the distance of the"
            + " NV frequency from the band bottom (the medium's memory time is not short)",
            "the magnon travel time |r|/v_g reaches %.3g of the decay time 1/a (retardation between the NVs is not"
            + " negligible)"};
        int[] count = new int[3];
        double[] worst = new double[3];
        String[] where = new String[3];
        int close = 0;
        int total = 0;
        for (SweepRunner.Slice slice : slices) {
            for (int i = 0; i < slice.nv().size(); i++) {
                NvPairBath.Point p = slice.nv().get(i);
                total++;
                for (String w : p.report().warnings()) {
                    if (!w.startsWith("Born-Markov") && !w.contains("point-dipole")) {
                        notes.add(w);
                    }
                }
                MarkovRatios m = p.markov();
                double[] ratios = {m.linewidth(), m.bandEdge(), m.delay()};
                for (int k = 0; k < 3; k++) {
                    if (ratios[k] > MarkovRatios.THRESHOLD) {
                        count[k]++;
                        if (!(ratios[k] <= worst[k])) {
                            worst[k] = ratios[k];
                            where[k] = place(s, slice, i);
                        }
                    }
                }
                double r = s.separations().get(i);
                double dh = s.nv().get().second().height() - s.nv().get().centres().get(0).height();
                if (s.nv().get().directDipolar() && DipolarCoupling.warning(Math.hypot(r, dh)) != null) {
                    close++;
                }
            }
        }
        List<String> out = new ArrayList<>(notes);
        for (int k = 0; k < 3; k++) {
            if (count[k] > 0) {
                out.add(String.format(Locale.ROOT, "Born-Markov at %d of %d points: " + names[k] + " at %s", count[k],
                        total, worst[k], where[k]));
            }
        }
        if (close > 0) {
            out.add(String.format(Locale.ROOT, "%d of %d points have the NVs closer than 1 nm: the point-dipole form"
                    + " of the direct NV-NV coupling is not reliable there", close, total));
        }
        return List.copyOf(out);
    }

    /** "r = 10 nm along x, temperature = 300 K" for a warning. */
    private static String place(Scenario s, SweepRunner.Slice slice, int i) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "r = %.4g nm", s.separations().get(i) * 1e9));
        List<Double> dirs = s.nv().get().directions();
        int d = dirs.indexOf(slice.direction());
        b.append(" along ").append(d >= 0 ? s.nv().get().directionLabels().get(d) : "?");
        s.axis2().ifPresent(a -> {
            SweepTable t = new SweepTable(s);
            b.append(String.format(Locale.ROOT, ", %s = %.6g %s", a.kind().label(), t.axis2Display(a.kind(),
                    slice.axis2()), t.axis2Unit(a.kind())));
        });
        return b.toString();
    }
}
