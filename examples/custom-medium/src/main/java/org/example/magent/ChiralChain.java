package org.example.magent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.TwoSiteCorrelator;
import org.magent.validation.InvalidInputException;

/**
 * A ferromagnetic spin chain (continuum, d = 1) with a Dzyaloshinskii–Moriya interaction along the chain, which
 * makes the magnons non-reciprocal: ω_k = Ω + 𝒟k² + v k. Completing the square, ω_k = Ω' + 𝒟(k + v/2𝒟)² with
 * Ω' = Ω − v²/(4𝒟), so the linear-spin-wave correlator (docs/physics.md) is the d = 1 closed form times a phase:
 * <pre>
 * G^R(x, ω) = 2s ∫dk/2π e^{ikx}/((1+iα)ω − ω_k) = −i s e^{iq|x|} e^{−ivx/(2𝒟)}/(𝒟q),
 * q = √(((1+iα)ω − Ω')/𝒟), Im q ≥ 0.
 * </pre>
 * The phase makes G(−r) ≠ G(r), hence a DMI coupling D ≠ 0 between the qubits (paper Eq. S40). The chain is
 * stable only while Ω' ≥ 0: a DMI stronger than v = 2√(Ω𝒟) softens the band below zero (a spiral forms).
 */
public final class ChiralChain implements Medium {

    /** The name the medium is registered under ({@code --medium chiral-chain}). */
    public static final String NAME = "chiral-chain";

    private static final String ENERGY = "natural units, energy";
    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("gap", ENERGY, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    "magnon gap Omega at k = 0 without DMI"),
            ParameterSpec.number("stiffness", "natural units, energy x length^2", 1, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "spin-wave stiffness D"),
            ParameterSpec.number("dmi", "natural units, energy x length", 0.5, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, "DMI velocity v in omega_k = Omega + D k^2 + v k"),
            ParameterSpec.number("spinDensity", "spin per length", 1, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                    "spin density s"),
            ParameterSpec.number("damping", "dimensionless", 0.01, 0, Double.POSITIVE_INFINITY,
                    "Gilbert damping alpha"));

    private final Map<String, String> values;
    private final double gap;
    private final double stiffness;
    private final double dmi;
    private final double spinDensity;
    private final double damping;

    private ChiralChain(ParameterValues p) {
        this.values = p.asMap();
        this.gap = p.number("gap");
        this.stiffness = p.number("stiffness");
        this.dmi = p.number("dmi");
        this.spinDensity = p.number("spinDensity");
        this.damping = p.number("damping");
    }

    /**
     * The model that magent lists ({@code magent models}) and configures from {@code --set}: the plugin itself.
     * It is listed as {@code org.example.magent.ChiralChain$Model} in
     * {@code META-INF/services/org.magent.medium.MediumModel}, and magent registers it under {@link #name()}.
     */
    public static final class Model implements MediumModel {

        /** Creates the model (magent's ServiceLoader calls this public no-argument constructor). */
        public Model() {
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "ferromagnetic chain with DMI, omega_k = gap + stiffness k^2 + dmi k (example plugin)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return PARAMETERS;
        }

        @Override
        public Medium configure(Map<String, String> given) {
            return new ChiralChain(ParameterValues.resolve(NAME, PARAMETERS, given));
        }
    }

    /** The band bottom Ω' = Ω − v²/(4𝒟) (natural units, energy). */
    private double bandBottom() {
        return gap - dmi * dmi / (4 * stiffness);
    }

    /** G^R(x, ω) in closed form (see the class comment). */
    private Complex greens(Complex q, double x) {
        Complex phase = new Complex(0, -dmi * x / (2 * stiffness)).exp();
        Complex wave = q.multiply(Complex.I).multiply(Math.abs(x)).exp();
        return Complex.I.negate().multiply(spinDensity).multiply(wave).multiply(phase).divide(q.multiply(stiffness));
    }

    @Override
    public List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
        Complex z = new Complex(omega, damping * omega).subtract(bandBottom()).divide(stiffness);
        if (z.abs() == 0) {
            throw new InvalidInputException("omega", "omega = " + omega + " (" + ENERGY + ") is the undamped band "
                    + "bottom, where the chain's G^R diverges; add damping or move Delta");
        }
        Complex q = z.sqrt();
        q = q.getImaginary() < 0 ? q.negate() : q;
        Complex local = greens(q, 0);
        List<TwoSiteCorrelator> out = new ArrayList<>();
        for (Separation r : separations) {
            if (r.y() != 0 || r.z() != 0) {
                throw new InvalidInputException("separation", "separation = " + r.text()
                        + " (medium length unit) leaves the chain: y and z must be 0");
            }
            // g12 = G(x1 − x2) = G(−r), g21 = G(+r)
            out.add(TwoSiteCorrelator.translationInvariant(local, greens(q, -r.x()), greens(q, r.x())));
        }
        return out;
    }

    @Override
    public StabilityReport stability() {
        double bottom = bandBottom();
        if (bottom >= 0) {
            return StabilityReport.ok();
        }
        return StabilityReport.of(List.of(String.format(Locale.ROOT, "band bottom gap - dmi^2/(4 stiffness) = %.6g "
                + "< 0 (%s): omega_k < 0 around k = %.6g, the DMI is too strong for the gap", bottom, ENERGY,
                -dmi / (2 * stiffness))));
    }

    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return LongitudinalCorrelators.polarisedFerromagnet(temperature);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameterValues() {
        return values;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public boolean isLattice() {
        return false;
    }

    @Override
    public boolean hasFiniteLocalRealPart() {
        return true;
    }
}
