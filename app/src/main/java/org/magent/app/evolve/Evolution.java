package org.magent.app.evolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.magent.app.output.Columns;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.validation.InvalidInputException;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.Regimes;
import org.magent.qubits.dynamics.Trajectory;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.entanglement.Observables;
import org.magent.qubits.state.DensityMatrix;

/**
 * Runs one evolution with the qubit-dynamics engine (exact propagation, Eq. 2 or the postselected
 * Eq. 12–13, with a detector of efficiency η: the heralded state given no detection) and samples the
 * entanglement observables on the time grid.
 */
public final class Evolution {

    /** Columns of the unmonitored evolution. */
    public static final List<String> COLUMNS = List.of("t", "concurrence", "eof", "purity", "bell_fidelity");
    /** Extra column of the postselected evolution. */
    public static final String SUCCESS_PROBABILITY = "success_probability";

    private Evolution() {
    }

    /**
     * The model of two qubits in a bath, refusing a coefficient matrix h that is not positive semidefinite.
     *
     * @param bath the coefficients (natural units, energy)
     * @param delta1 Δ1 (natural units, energy)
     * @param delta2 Δ2 (natural units, energy)
     * @return the model
     * @throws InvalidInputException naming the inequality of Eq. (S42) that fails and by how much
     */
    public static TwoQubitModel model(BathParameters bath, double delta1, double delta2) {
        List<String> violations = bath.positivityViolations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException("rates", String.join("; ", violations));
        }
        return new TwoQubitModel(new QubitFields(delta1, delta2), bath);
    }

    /**
     * Runs the evolution.
     *
     * @param request what to run
     * @return the samples, regimes and (if asked) the steady state
     */
    public static EvolutionResult run(EvolutionRequest request) {
        double[] times;
        DensityMatrix[] states;
        double[] success = null;
        Optional<String> postselectedRegime = Optional.empty();
        LindbladPropagator lindblad = null;
        if (request.postselect()) {
            PostselectedTrajectory tr = MonitoredPropagator.of(request.model(), request.efficiency())
                    .evolve(request.initial(), request.tMax(), request.steps());
            times = tr.times();
            states = tr.states();
            success = tr.successProbability();
            postselectedRegime = Optional.of(label(Regimes.postselected(request.model())));
        } else {
            lindblad = LindbladPropagator.of(request.model());
            Trajectory tr = lindblad.evolve(request.initial(), request.tMax(), request.steps());
            times = tr.times();
            states = tr.states();
        }
        List<String> names = new ArrayList<>(COLUMNS);
        if (success != null) {
            names.add(SUCCESS_PROBABILITY);
        }
        List<double[]> rows = new ArrayList<>(times.length);
        for (int k = 0; k < times.length; k++) {
            Observables o = Entanglement.observables(states[k]);
            double[] row = new double[names.size()];
            row[0] = times[k];
            row[1] = o.concurrence();
            row[2] = o.entanglementOfFormation();
            row[3] = o.purity();
            row[4] = o.bellFidelity();
            if (success != null) {
                row[5] = success[k];
            }
            rows.add(row);
        }
        Optional<DensityMatrix> steady = Optional.empty();
        double steadyConcurrence = Double.NaN;
        if (request.steady()) {
            DensityMatrix s = (lindblad != null ? lindblad : LindbladPropagator.of(request.model()))
                    .steadyState(request.initial());
            steady = Optional.of(s);
            steadyConcurrence = Entanglement.concurrence(s);
        }
        return new EvolutionResult(new Columns(names, rows), label(Regimes.unmonitored(request.model())),
                postselectedRegime, steady, steadyConcurrence);
    }

    private static String label(Enum<?> regime) {
        return regime.name().toLowerCase(Locale.ROOT);
    }
}
