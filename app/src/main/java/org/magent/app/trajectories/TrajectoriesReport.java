package org.magent.app.trajectories;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.magent.app.output.Json;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.trajectories.EnsembleStatistics;

/**
 * The files of {@code magent trajectories}: trajectories.csv (one row per sample: the ensemble-averaged state and
 * the zero-detection heralded state), heralded.csv (one row per sample and detection count), first_detection.csv
 * (the distribution of the time of the first detection) and trajectories.json (all of it, with the inputs).
 * Numbers are written with {@link Double#toString}; an undefined value (no trajectory with that count) is an empty
 * CSV cell and JSON null.
 */
final class TrajectoriesReport {

    private final EnsembleStatistics s;
    private final String timeUnit;
    private final String densityUnit;

    /**
     * @param s the statistics
     * @param timeUnit the unit of times, e.g. "s" or "natural units, 1/energy"
     * @param densityUnit the unit of a probability density in time, e.g. "1/s"
     */
    TrajectoriesReport(EnsembleStatistics s, String timeUnit, String densityUnit) {
        this.s = s;
        this.timeUnit = timeUnit;
        this.densityUnit = densityUnit;
    }

    /** The label of detection-count bin b: "0", "1", …, or "&gt;K" for the pooled counts. */
    String binLabel(int b) {
        return b <= s.maxCount() ? Integer.toString(b) : ">" + s.maxCount();
    }

    /** Concurrence, Bell fidelity and purity of a state; NaN for none. */
    static double[] measures(DensityMatrix rho) {
        if (rho == null) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {Entanglement.concurrence(rho), Entanglement.bellFidelity(rho), Entanglement.purity(rho)};
    }

    /** The largest standard error of an entry of ρ̄(t_k). */
    double maxStandardError(int k) {
        double[][] se = s.meanStateStandardErrors(k);
        double m = 0;
        for (double[] part : se) {
            for (double v : part) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    List<String> mainHeader() {
        return List.of("t (" + timeUnit + ")", "C_mean_state (1)", "bell_fidelity_mean_state (1)",
                "purity_mean_state (1)", "se_max_mean_state (1)", "mean_detections (1)", "mean_detections_se (1)",
                "P_no_detection (1)", "P_no_detection_se (1)", "C_no_detection (1)", "bell_fidelity_no_detection (1)");
    }

    /**
     * A CSV header line: a name holding a comma or a quote (e.g. "t (natural units, 1/energy)") is quoted, so that
     * the header has as many cells as the rows.
     */
    static String headerLine(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(name.contains(",") || name.contains("\"") ? "\"" + name.replace("\"", "\"\"") + "\"" : name);
        }
        return sb.append('\n').toString();
    }

    String mainCsv() {
        StringBuilder sb = new StringBuilder(headerLine(mainHeader()));
        for (int k = 0; k < s.samples(); k++) {
            double[] mean = measures(s.meanState(k));
            double[] zero = measures(s.heraldedState(k, 0));
            row(sb, s.times()[k], mean[0], mean[1], mean[2], maxStandardError(k), s.meanDetections(k),
                    s.meanDetectionsStandardError(k), s.fraction(k, 0), s.fractionStandardError(k, 0), zero[0],
                    zero[1]);
        }
        return sb.toString();
    }

    String heraldedCsv() {
        StringBuilder sb = new StringBuilder(headerLine(List.of("t (" + timeUnit + ")", "detections", "trajectories",
                "probability (1)", "probability_se (1)", "concurrence (1)", "bell_fidelity (1)", "purity (1)")));
        for (int k = 0; k < s.samples(); k++) {
            for (int b = 0; b <= s.maxCount() + 1; b++) {
                double[] m = measures(s.heraldedState(k, b));
                sb.append(cell(s.times()[k])).append(',').append(binLabel(b)).append(',')
                        .append(s.trajectoriesWith(k, b));
                for (double v : new double[] {s.fraction(k, b), s.fractionStandardError(k, b), m[0], m[1], m[2]}) {
                    sb.append(',').append(cell(v));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    String firstDetectionCsv() {
        StringBuilder sb = new StringBuilder(headerLine(List.of("t_start (" + timeUnit + ")", "t_end (" + timeUnit
                + ")", "trajectories", "probability (1)", "density (" + densityUnit + ")")));
        double[] t = s.times();
        for (int k = 0; k + 1 < t.length; k++) {
            double p = (double) s.firstDetections(k) / s.trajectories();
            double width = t[k + 1] - t[k];
            sb.append(cell(t[k])).append(',').append(cell(t[k + 1])).append(',').append(s.firstDetections(k))
                    .append(',').append(cell(p)).append(',').append(cell(width > 0 ? p / width : Double.NaN))
                    .append('\n');
        }
        return sb.toString();
    }

    ObjectNode json(ObjectNode inputs) {
        ObjectNode n = Json.object();
        n.set("inputs", inputs);
        n.put("units", "t, t_start, t_end (" + timeUnit + "); first-detection density (" + densityUnit
                + "); every other number dimensionless");
        n.put("trajectories", s.trajectories());
        n.put("efficiency", s.efficiency().value());
        n.put("max_count", s.maxCount());
        ArrayNode samples = n.putArray("samples");
        for (int k = 0; k < s.samples(); k++) {
            ObjectNode o = samples.addObject();
            o.put("t", s.times()[k]);
            double[] mean = measures(s.meanState(k));
            ObjectNode ms = o.putObject("mean_state");
            put(ms, "concurrence", mean[0]);
            put(ms, "bell_fidelity", mean[1]);
            put(ms, "purity", mean[2]);
            put(ms, "se_max", maxStandardError(k));
            ObjectNode det = o.putObject("detections");
            put(det, "mean", s.meanDetections(k));
            put(det, "se", s.meanDetectionsStandardError(k));
            ArrayNode her = o.putArray("heralded");
            for (int b = 0; b <= s.maxCount() + 1; b++) {
                double[] m = measures(s.heraldedState(k, b));
                ObjectNode h = her.addObject();
                h.put("detections", binLabel(b));
                h.put("trajectories", s.trajectoriesWith(k, b));
                put(h, "probability", s.fraction(k, b));
                put(h, "probability_se", s.fractionStandardError(k, b));
                put(h, "concurrence", m[0]);
                put(h, "bell_fidelity", m[1]);
                put(h, "purity", m[2]);
            }
        }
        ArrayNode first = n.putArray("first_detection");
        double[] t = s.times();
        for (int k = 0; k + 1 < t.length; k++) {
            ObjectNode o = first.addObject();
            o.put("t_start", t[k]);
            o.put("t_end", t[k + 1]);
            o.put("trajectories", s.firstDetections(k));
            put(o, "probability", (double) s.firstDetections(k) / s.trajectories());
        }
        int last = s.samples() - 1;
        n.set("final_mean_state", Json.matrix(s.meanState(last)));
        DensityMatrix zero = s.heraldedState(last, 0);
        if (zero == null) {
            n.putNull("final_no_detection_state");
        } else {
            n.set("final_no_detection_state", Json.matrix(zero));
        }
        return n;
    }

    /** Summary lines for the terminal: the final sample. */
    List<String> summary(double seconds, int threads) {
        List<String> out = new ArrayList<>();
        int last = s.samples() - 1;
        out.add(String.format(Locale.ROOT, "# %d trajectories, efficiency %s, %d threads, %.3g s", s.trajectories(),
                Double.toString(s.efficiency().value()), threads, seconds));
        double[] mean = measures(s.meanState(last));
        out.add(String.format(Locale.ROOT, "# at t = %s (%s): concurrence of the mean state %.6f, mean detections"
                + " %.6f ± %.2g", Double.toString(s.times()[last]), timeUnit, mean[0], s.meanDetections(last),
                s.meanDetectionsStandardError(last)));
        out.add(String.format(Locale.ROOT, "%12s  %12s  %12s  %12s  %12s", "detections", "probability", "± SE",
                "concurrence", "bell_fidelity"));
        for (int b = 0; b <= s.maxCount() + 1; b++) {
            if (s.trajectoriesWith(last, b) == 0) {
                continue;
            }
            double[] m = measures(s.heraldedState(last, b));
            out.add(String.format(Locale.ROOT, "%12s  %12.6f  %12.2g  %12.6f  %12.6f", binLabel(b),
                    s.fraction(last, b), s.fractionStandardError(last, b), m[0], m[1]));
        }
        return out;
    }

    private static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void row(StringBuilder sb, double... v) {
        for (int c = 0; c < v.length; c++) {
            sb.append(c == 0 ? "" : ",").append(cell(v[c]));
        }
        sb.append('\n');
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Double.toString(v + 0.0) : "";
    }
}
