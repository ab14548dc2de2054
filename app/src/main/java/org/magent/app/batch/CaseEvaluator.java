package org.magent.app.batch;

import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.magent.app.evolve.Evolution;
import org.magent.app.evolve.RateTimeCheck;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.Numbers;
import org.magent.app.input.RateName;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.FirstMaximum;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.RateTimeLimit;
import org.magent.qubits.dynamics.SectorPropagator;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Runs the cases of a batch, row by row: parses the values (bare numbers without regular expressions, units
 * through {@link Numbers}), checks the unit rule and h ≥ 0, evolves with {@link SectorPropagator} (only the
 * sectors ρ0 occupies; only the concurrence), and formats the output row. Stateless: any number of threads may
 * share one evaluator.
 */
final class CaseEvaluator {

    private final String source;
    private final List<String> header;
    private final RateName[] names;
    private final DensityMatrix rho0;
    private final double tMax;
    private final String tMaxText;
    private final boolean physicalUnits;
    private final int steps;
    private final boolean postselect;
    private final DetectionEfficiency efficiency;

    /**
     * Creates the evaluator.
     *
     * @param source the file name, for messages
     * @param header the column names (rate names)
     * @param rho0 the initial state
     * @param tMax the final time (natural units, time; s when the inputs carry units)
     * @param steps the number of time steps
     * @param postselect postselected instead of unmonitored evolution
     * @param efficiency the detection efficiency η of the postselection (1: ideal)
     */
    CaseEvaluator(String source, List<String> header, DensityMatrix rho0, double tMax, int steps,
            boolean postselect, DetectionEfficiency efficiency) {
        this(source, header, rho0, tMax, null, false, steps, postselect, efficiency);
    }

    /**
     * Creates the evaluator, with --t-max as typed, for messages.
     *
     * @param source the file name, for messages
     * @param header the column names (rate names)
     * @param rho0 the initial state
     * @param tMax the final time (natural units, time; s when the inputs carry units)
     * @param tMaxText {@code --t-max} as typed, or null
     * @param physicalUnits whether the inputs carry units
     * @param steps the number of time steps
     * @param postselect postselected instead of unmonitored evolution
     * @param efficiency the detection efficiency η of the postselection (1: ideal)
     */
    CaseEvaluator(String source, List<String> header, DensityMatrix rho0, double tMax, String tMaxText,
            boolean physicalUnits, int steps, boolean postselect, DetectionEfficiency efficiency) {
        this.tMaxText = tMaxText;
        this.physicalUnits = physicalUnits;
        this.source = source;
        this.header = List.copyOf(header);
        this.names = header.stream().map(ExplicitRates::rateName).toArray(RateName[]::new);
        this.rho0 = rho0;
        this.tMax = tMax;
        this.steps = steps;
        this.postselect = postselect;
        this.efficiency = efficiency;
    }

    /**
     * Evaluates rows in order and appends their output lines.
     *
     * @param rows the rows (the last may carry a read error)
     * @param rule the unit rule, or null while every value so far is a bare zero
     * @param out receives one line per row
     * @throws InvalidInputException for the first bad row, naming the file, row, line and (when known) column
     */
    void evaluate(List<CaseReader.CaseRow> rows, UnitRule rule, StringBuilder out) {
        double[] re = new double[RateName.values().length];
        double[] im = new double[re.length];
        double[] z = new double[2];
        for (CaseReader.CaseRow row : rows) {
            if (row.error() != null) {
                throw row.error();
            }
            try {
                String[] cells = row.cells();
                java.util.Arrays.fill(re, 0.0);
                java.util.Arrays.fill(im, 0.0);
                for (int c = 0; c < cells.length; c++) {
                    RateName r = names[c];
                    UnitRule.Kind kind = parse(r, cells[c], z);
                    if (rule != null) {
                        rule.check(kind, r.name(), cells[c]);
                    }
                    re[r.ordinal()] = z[0];
                    im[r.ordinal()] = z[1];
                }
                double[] summary = run(re, im);
                format(cells, summary, out);
            } catch (InvalidInputException e) {
                throw atRow(row, e);
            }
        }
    }

    /** Parses one value into z = {re, im}; returns its unit kind (null for a bare zero). */
    static UnitRule.Kind parse(RateName r, String text, double[] z) {
        boolean bare;
        if (r.isComplex()) {
            bare = BareNumbers.complex(text, z);
        } else {
            z[0] = BareNumbers.real(text);
            z[1] = 0.0;
            bare = !Double.isNaN(z[0]);
        }
        if (bare) {
            return z[0] == 0.0 && z[1] == 0.0 ? null : UnitRule.Kind.BARE;
        }
        if (r.isComplex()) {
            Complex v = Numbers.complexQuantity(r.name(), text, r.kind());
            z[0] = v.getReal();
            z[1] = v.getImaginary();
            return Numbers.hasUnit(text) ? UnitRule.Kind.UNIT : UnitRule.Kind.BARE;
        }
        var q = Numbers.quantity(r.name(), text, r.kind());
        z[0] = q.value();
        return q.hadUnit() ? UnitRule.Kind.UNIT : UnitRule.Kind.BARE;
    }

    /** {concurrence_final, concurrence_max, t_at_max, concurrence_steady or success_probability_final}. */
    private double[] run(double[] re, double[] im) {
        BathParameters bath = BathParameters.explicit(re[RateName.a.ordinal()], re[RateName.at.ordinal()],
                complex(re, im, RateName.A), complex(re, im, RateName.At), re[RateName.Jperp.ordinal()],
                re[RateName.Jz.ordinal()], re[RateName.D.ordinal()], re[RateName.d.ordinal()],
                complex(re, im, RateName.Dd));
        TwoQubitModel model = Evolution.model(bath, re[RateName.Delta1.ordinal()], re[RateName.Delta2.ordinal()]);
        if (RateTimeLimit.exceeded(model, tMax)) {
            return relaxed(model);
        }
        if (postselect && !efficiency.isPerfect()) {
            return monitored(model);
        }
        SectorPropagator p = postselect ? SectorPropagator.postselected(model, rho0)
                : SectorPropagator.lindblad(model, rho0);
        SectorPropagator.ConcurrenceSummary s = p.concurrenceSummary(tMax, steps);
        double last = postselect ? s.finalSuccessProbability() : p.steadyConcurrence();
        return new double[] {s.finalConcurrence(), s.maxConcurrence(), s.timeOfMax(), last};
    }

    /**
     * Past the rate-time limit: refused unless the unmonitored state has relaxed by the first sample, when every
     * sample after t = 0 is the steady state.
     */
    private double[] relaxed(TwoQubitModel model) {
        RateTimeCheck.require(model, rho0, tMax, steps, postselect, tMaxText, physicalUnits, "");
        double steady = SectorPropagator.lindblad(model, rho0).steadyConcurrence();
        FirstMaximum max = new FirstMaximum();
        max.offer(Entanglement.concurrence(rho0), 0.0);
        max.offer(steady, tMax / steps);
        return new double[] {steady, max.max(), max.time(), steady};
    }

    /** An imperfect detector (0 ≤ η &lt; 1): the general conditional evolution, L_η = (1 − η)L + ηL_ps. */
    private double[] monitored(TwoQubitModel model) {
        double[] last = {0, 1};
        FirstMaximum max = new FirstMaximum();
        MonitoredPropagator.of(model, efficiency).evolve(rho0, tMax, steps, (k, t, state, p) -> {
            last[0] = Entanglement.concurrence(state);
            last[1] = p;
            max.offer(last[0], t);
        });
        return new double[] {last[0], max.max(), max.time(), last[1]};
    }

    private static Complex complex(double[] re, double[] im, RateName r) {
        return new Complex(re[r.ordinal()], im[r.ordinal()]);
    }

    private static void format(String[] cells, double[] summary, StringBuilder out) {
        for (String cell : cells) {
            Csv.appendCell(out, cell);
            out.append(',');
        }
        for (int k = 0; k < summary.length; k++) {
            out.append(k == 0 ? "" : ",").append(summary[k]);
        }
        out.append('\n');
    }

    /** Re-labels an error with the file, row (1-based), its line and, when known, its column. */
    private InvalidInputException atRow(CaseReader.CaseRow row, InvalidInputException e) {
        String where = source + " row " + row.row() + " (line " + row.line() + ")"
                + (header.contains(e.parameter()) ? ", column " + e.parameter() : "");
        InvalidInputException labelled = new InvalidInputException(e.parameter(), where + ": " + e.getMessage());
        labelled.initCause(e);
        return labelled;
    }
}
