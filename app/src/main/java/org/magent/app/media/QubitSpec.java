package org.magent.app.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.magent.app.input.KeyValues;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.app.units.UnitMix;
import org.magent.masterequation.BathParameters;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.validation.InvalidInputException;

/**
 * The qubits of {@code --qubits Delta1=..,Delta2=..[,lambda=..|a=..|T1=..]}: the splittings Δ1, Δ2 and one
 * handle on the coupling λ of H_SE = λ Σ_i σ_i·S(x_i) (paper Eq. 1).
 *
 * <p>λ is phenomenological, so it may be given by the local relaxation it produces instead of its value:
 * {@code a=1e4/s} chooses λ so that the local relaxation rate a of the master equation (paper Eq. 4; the
 * dissipator carries 2a, so the excited level decays at 2a) equals 1e4 1/s at T = 0, and {@code T1=50us}
 * chooses it so that the T = 0 relaxation time T1 = 1/(2a) is 50 µs. λ is then
 * √(a / a(λ = 1)), with a(λ = 1) = 𝒜_11(Δ)/2 from the medium (Eq. S33); when the two qubits' local rates
 * differ, their mean is matched. Without a handle λ = 1 (natural units).
 *
 * @param delta1 Δ1 (natural units, energy; rad/s with units)
 * @param delta2 Δ2 (natural units, energy; rad/s with units)
 * @param handle how λ is fixed
 * @param handleValue λ for {@link Handle#LAMBDA} and {@link Handle#DEFAULT}, the target rate a for
 *     {@link Handle#RATE}, the target time T1 for {@link Handle#T1}
 * @param unitInputs the dimensional inputs, for the rule on mixing units ({@link UnitMix})
 */
public record QubitSpec(double delta1, double delta2, Handle handle, double handleValue,
        List<UnitMix.Input> unitInputs) {

    /** The names {@code --qubits} accepts. */
    public static final List<String> NAMES = List.of("Delta1", "Delta2", "lambda", "a", "T1");
    private static final String ENERGY = "natural units, energy";

    /** How the coupling λ is given. */
    public enum Handle {
        /** Not given: λ = 1 (natural units). */
        DEFAULT,
        /** λ itself ((rad/s)·m^(d/2) with a unit). */
        LAMBDA,
        /** The local relaxation rate a at T = 0 (1/s with a unit). */
        RATE,
        /** The relaxation time T1 = 1/(2a) at T = 0 (s with a unit). */
        T1
    }

    /** Freezes the list. */
    public QubitSpec {
        unitInputs = List.copyOf(unitInputs);
    }

    /**
     * Parses the option text.
     *
     * @param text {@code Delta1=..,Delta2=..[,lambda=..|a=..|T1=..]}
     * @param spatialDimension d of the medium (0 on a lattice), which fixes the unit of λ
     * @return the qubits
     * @throws InvalidInputException for a missing Δ, an unknown name, two coupling handles, a bad value or unit,
     *     or a target rate or time that is not positive
     */
    public static QubitSpec parse(String text, int spatialDimension) {
        if (text == null) {
            throw new InvalidInputException("qubits", "--qubits is required: Delta1=..,Delta2=..[,lambda=..|a=..|T1=..]"
                    + " (" + ENERGY + ")");
        }
        return parse(KeyValues.parse("--qubits", text, NAMES), spatialDimension);
    }

    /**
     * Parses name/value texts.
     *
     * @param q name to value text (names from {@link #NAMES})
     * @param spatialDimension d of the medium (0 on a lattice)
     * @return the qubits
     * @throws InvalidInputException as {@link #parse(String, int)}
     */
    public static QubitSpec parse(Map<String, String> q, int spatialDimension) {
        for (String required : List.of("Delta1", "Delta2")) {
            if (!q.containsKey(required)) {
                throw new InvalidInputException(required, "--qubits: " + required + " is missing (" + ENERGY
                        + ", or with a unit: 2.87GHz)");
            }
        }
        List<String> handles = new ArrayList<>();
        for (String h : List.of("lambda", "a", "T1")) {
            if (q.containsKey(h)) {
                handles.add(h);
            }
        }
        if (handles.size() > 1) {
            throw new InvalidInputException(handles.get(1), "--qubits: give one of lambda, a or T1, not "
                    + String.join(" and ", handles));
        }
        List<UnitMix.Input> inputs = new ArrayList<>();
        ParsedQuantity d1 = read(q, "Delta1", QuantityKind.ENERGY, -1, inputs);
        ParsedQuantity d2 = read(q, "Delta2", QuantityKind.ENERGY, -1, inputs);
        if (handles.isEmpty()) {
            inputs.add(new UnitMix.Input("lambda", "1 (default)", false, false));
            return new QubitSpec(d1.value(), d2.value(), Handle.DEFAULT, 1, inputs);
        }
        String h = handles.get(0);
        return switch (h) {
            case "lambda" -> new QubitSpec(d1.value(), d2.value(), Handle.LAMBDA,
                    read(q, h, QuantityKind.COUPLING, spatialDimension, inputs).value(), inputs);
            case "a" -> new QubitSpec(d1.value(), d2.value(), Handle.RATE,
                    positive(h, q.get(h), read(q, h, QuantityKind.RATE, -1, inputs)), inputs);
            default -> new QubitSpec(d1.value(), d2.value(), Handle.T1,
                    positive(h, q.get(h), read(q, h, QuantityKind.TIME, -1, inputs)), inputs);
        };
    }

    private static ParsedQuantity read(Map<String, String> q, String name, QuantityKind kind, int d,
            List<UnitMix.Input> inputs) {
        String text = q.get(name);
        ParsedQuantity p = Quantities.parse(name, text, kind, d);
        inputs.add(new UnitMix.Input(name, text, p.hadUnit(), p.value() == 0));
        return p;
    }

    private static double positive(String name, String text, ParsedQuantity p) {
        if (!(p.value() > 0)) {
            throw new InvalidInputException(name, "--qubits: " + name + " = " + text.strip() + " must be positive ("
                    + (name.equals("a") ? "a target relaxation rate, e.g. a=1e4/s" : "a target T1, e.g. T1=50us")
                    + ")");
        }
        return p.value();
    }

    /**
     * Whether λ is fixed by the medium (a target rate or T1) rather than given.
     *
     * @return true for {@link Handle#RATE} and {@link Handle#T1}
     */
    public boolean lambdaFromMedium() {
        return handle == Handle.RATE || handle == Handle.T1;
    }

    /**
     * The target local relaxation rate a at T = 0 for {@link Handle#RATE} and {@link Handle#T1}.
     *
     * @return a (natural units, energy; 1/s with units)
     */
    public double targetRate() {
        return handle == Handle.T1 ? 1 / (2 * handleValue) : handleValue;
    }

    /**
     * The qubit coupling with λ resolved: as given, 1 by default, or from the target rate by one evaluation of
     * the medium at λ = 1, T = 0.
     *
     * @param medium the configured medium
     * @param r a separation the medium accepts (the local rate does not depend on it)
     * @return Δ1, Δ2 and λ
     * @throws InvalidInputException when the medium gives no local relaxation at the qubits' frequency (for
     *     example a qubit below the magnon gap of an undamped magnet), so that no λ reaches the target
     */
    public QubitCoupling resolve(Medium medium, Separation r) {
        if (!lambdaFromMedium()) {
            return new QubitCoupling(delta1, delta2, handleValue);
        }
        BathParameters unit = FluctuationDissipation.compute(medium, new QubitCoupling(delta1, delta2, 1), 0, r)
                .bath();
        double perLambda2 = 0.5 * unit.a() + 0.5 * unit.a2();
        String name = handle == Handle.RATE ? "a" : "T1";
        if (!(perLambda2 > 0) || !Double.isFinite(perLambda2)) {
            throw new InvalidInputException(name, String.format(Locale.ROOT, "--qubits %s: medium %s gives no local"
                    + " relaxation at Delta = %.6g (a = %.3g per unit lambda^2 at T = 0: the qubits are below the"
                    + " magnon band, or the spectral weight is 0 there), so no coupling reaches it; give lambda"
                    + " instead", name, medium.name(), 0.5 * delta1 + 0.5 * delta2, perLambda2));
        }
        return new QubitCoupling(delta1, delta2, Math.sqrt(targetRate() / perLambda2));
    }
}
