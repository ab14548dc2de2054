package org.magent.bath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.masterequation.Provenance;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.TwoSiteCorrelator;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The fluctuation–dissipation layer: from a medium's two-site correlators to the bath parameters of the
 * two-qubit master equation (paper Eq. S29–S40; docs/physics.md).
 * <pre>
 * 𝒜_ij(Δ) = i[G_ij(Δ) − G_ji(Δ)*],   n(ω) = 1/(e^{ω/T} − 1)
 * a = (λ²/2)(1+n)𝒜_11,  ã = (λ²/2) n 𝒜_11,  A = (λ²/2)(1+n)𝒜_12,  Ã = (λ²/2) n 𝒜_12     (S33)
 * g1 + i g2 = [G_21(Δ) + G_12(Δ)*]/2,  J⊥ = λ² g1/2,  D = λ² g2/2                        (S39, S40)
 * Jz = λ² [G^R_{S1zS2z}(0) + G^R_{S2zS1z}(0)]/2,  d, 𝔇 = (λ²/2) i G^>_{SzSz}(0)            (S29, S32, S33)
 * </pre>
 * The smaller of the two thermal rates is the larger one times e^{−|Δ|/T}, so detailed balance
 * ã/a = e^{−Δ/T} holds to machine precision (n/(1+n) = e^{−Δ/T}); at T = 0 it is exactly 0.
 * Δ &lt; 0 (|↓⟩ the qubit ground state) is legal: then a = e^{Δ/T} ã. Δ = 0 at T &gt; 0 is the limit Δ → 0⁺,
 * evaluated at Δ = 10⁻⁹ T.
 */
public final class FluctuationDissipation {

    /** Δ = 0 at T &gt; 0 is evaluated at this fraction of T (the classical limit n𝒜 → T𝒜'(0)). */
    static final double ZERO_FREQUENCY_STEP = 1e-9;

    private static final String ENERGY = "natural units, energy";

    /**
     * The round-off level of a spectral weight 𝒜_ij = i[G_ij − G_ji*] relative to the largest |G_ij(Δ)| it comes
     * from: 64 machine epsilons. Outside a band 𝒜_11 is exactly 0 while 𝒜_12 is a difference of two O(|G|) numbers,
     * so a ≥ |A| is checked to within this level (times λ²/2 and the Bose factor), never to an absolute number.
     */
    public static final double ROUND_OFF = 64 * Math.ulp(1.0);

    /**
     * The largest separation |r| (medium length unit) and temperature T (natural units, energy) evaluated: the
     * Green's functions square r and the two-magnon terms square T, which overflow near 1e154; beyond 1e100 a
     * value is refused naming the option rather than answered with NaN.
     */
    public static final double LARGEST = 1e100;

    private FluctuationDissipation() {
    }

    /**
     * The bath parameters at one separation.
     *
     * @param medium the configured medium
     * @param qubits the qubit splittings and coupling
     * @param temperature T ≥ 0 (natural units, energy)
     * @param r the separation of qubit 2 from qubit 1 (medium length unit)
     * @return the report
     * @throws org.magent.validation.InvalidInputException when T is negative or not finite, or the medium
     *     refuses the frequency or separation
     */
    public static BathReport compute(Medium medium, QubitCoupling qubits, double temperature, Separation r) {
        return sweep(medium, qubits, temperature, List.of(r)).get(0);
    }

    /**
     * The bath parameters at many separations, from one evaluation of the medium's correlators.
     *
     * @param medium the configured medium
     * @param qubits the qubit splittings and coupling
     * @param temperature T ≥ 0 (natural units, energy)
     * @param rs the separations of qubit 2 from qubit 1 (medium length unit)
     * @return one report per separation, in order
     * @throws org.magent.validation.InvalidInputException when T is negative or not finite, or the medium
     *     refuses the frequency or a separation
     */
    public static List<BathReport> sweep(Medium medium, QubitCoupling qubits, double temperature,
            List<Separation> rs) {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(qubits, "qubits");
        Checks.nonNegative("temperature", temperature, ENERGY);
        List<Separation> separations = List.copyOf(rs);
        if (separations.isEmpty()) {
            return List.of();
        }
        if (temperature > LARGEST) {
            throw new InvalidInputException("temperature", String.format(Locale.ROOT, "--temperature: T = %.6g (%s) is"
                    + " too large: the correlators overflow; give 0 <= T <= 1e100 (%s)", temperature, ENERGY, ENERGY));
        }
        for (Separation r : separations) {
            double length = Math.hypot(Math.hypot(r.x(), r.y()), r.z()); // r.length() overflows past 1e154
            if (length > LARGEST) {
                throw new InvalidInputException("separation", String.format(Locale.ROOT, "--separation: |r| = %.6g"
                        + " (medium length unit) is too large: the Green's functions overflow; give |r| <= 1e100"
                        + " (medium length unit)", length));
            }
        }
        double delta = qubits.delta();
        if (qubits.delta1() * qubits.delta2() < 0) {
            throw new InvalidInputException("Delta2", String.format(Locale.ROOT, "Delta1 = %.6g and Delta2 = %.6g (%s)"
                    + " have opposite signs: the ground state of one qubit is |up> and of the other |down>, so their"
                    + " transitions are not near resonance and the cross terms of Eq. S31 at the mean frequency have"
                    + " no meaning; give both splittings with the same sign", qubits.delta1(), qubits.delta2(), ENERGY));
        }
        List<String> warnings = new ArrayList<>();
        double omega = delta;
        if (temperature > 0 && medium.hasFiniteLocalRealPart()) {
            warnings.add("Lamb shift is the T = 0 value lambda^2 Re G_11(Delta); the thermal part "
                    + "2 lambda^2 P∫dω/2π n(ω) A_11(ω)/(Delta − ω) of Eq. S31 is not included");
        }
        if (delta == 0 && temperature > 0) {
            omega = ZERO_FREQUENCY_STEP * temperature;
            warnings.add(String.format(Locale.ROOT,
                    "Delta = 0 at T > 0: rates taken in the limit Delta -> 0+, evaluated at omega = %.3g (%s)",
                    omega, ENERGY));
        }
        boolean detuned = qubits.delta1() != qubits.delta2();
        if (detuned) {
            warnings.add(String.format(Locale.ROOT, "Delta1 = %.6g and Delta2 = %.6g differ: the local rates a, at of"
                    + " each qubit are taken at its own splitting, the cross terms A, At, Jperp, D at the mean"
                    + " Delta (Eq. S31)", qubits.delta1(), qubits.delta2()));
        }
        Thermal thermal = Thermal.of(omega, delta, temperature);
        List<TwoSiteCorrelator> correlators = medium.transverse(omega, separations);
        if (correlators.size() != separations.size()) {
            throw new IllegalStateException("medium " + medium.name() + " returned " + correlators.size()
                    + " correlators for " + separations.size() + " separations");
        }
        double accuracy = TwoSiteCorrelator.worstAccuracy(correlators);
        Local local1 = null;
        Local local2 = null;
        if (detuned) {
            local1 = local(medium, qubits.delta1(), temperature, separations.get(0), true);
            local2 = local(medium, qubits.delta2(), temperature, separations.get(0), false);
            accuracy = Math.max(accuracy, Math.max(local1.accuracy(), local2.accuracy()));
        }
        StabilityReport mediumStability = medium.stability();
        double halfLambda2 = 0.5 * qubits.lambda() * qubits.lambda();
        List<BathReport> reports = new ArrayList<>(separations.size());
        for (int i = 0; i < separations.size(); i++) {
            BathReport r = report(medium, qubits, temperature, separations.get(i), correlators.get(i), thermal,
                    halfLambda2, accuracy, mediumStability, warnings);
            if (detuned) {
                r = withOwnFrequencies(r, local1, local2, halfLambda2, accuracy, qubits);
            }
            reports.add(r);
        }
        return List.copyOf(reports);
    }

    /** A qubit's spectral weight 𝒜_ii, Bose factors and accuracy of the evaluation at its own splitting. */
    private record Local(double spectral, Thermal thermal, double accuracy, double magnitude) {
    }

    private static Local local(Medium medium, double delta, double temperature, Separation r, boolean first) {
        double omega = delta == 0 && temperature > 0 ? ZERO_FREQUENCY_STEP * temperature : delta;
        TwoSiteCorrelator g = medium.transverse(omega, List.of(r)).get(0);
        Complex gii = first ? g.g11() : g.g22();
        double spectral = -2 * gii.getImaginary();
        return new Local(spectral, Thermal.of(omega, delta, temperature), g.relativeAccuracy(), gii.abs());
    }

    /**
     * The report with each qubit's local rates at its own splitting; refuses a cross term at the mean splitting that
     * the local terms cannot carry (h not positive semidefinite: the mean-frequency approximation of Eq. S31 fails).
     */
    private static BathReport withOwnFrequencies(BathReport r, Local l1, Local l2, double halfLambda2,
            double accuracy, QubitCoupling qubits) {
        double[] one = l1.thermal().split(halfLambda2 * l1.spectral());
        double[] two = l2.thermal().split(halfLambda2 * l2.spectral());
        // the round-off levels: the largest of those at the mean splitting and at each qubit's own
        Provenance p = r.bath().provenance();
        double[] floor1 = l1.thermal().split(halfLambda2 * ROUND_OFF * l1.magnitude());
        double[] floor2 = l2.thermal().split(halfLambda2 * ROUND_OFF * l2.magnitude());
        Provenance own = new Provenance(p.source(), p.parameters(), p.frequency(), p.temperature(), p.separation(),
                p.relativeAccuracy(), max(p.roundOff(), floor1[0], floor2[0]),
                max(p.roundOffTilde(), floor1[1], floor2[1]));
        BathParameters m = r.bath();
        BathParameters b = new BathParameters(plain(one[0]), plain(one[1]), m.coupling(), m.couplingTilde(),
                m.jPerp(), m.jz(), m.dmi(), m.dephasing(), m.dephasingCoupling(), m.longitudinalComputed(), own,
                plain(two[0]), plain(two[1]), m.dephasing2());
        double tol = Math.max(1e-9, 10 * accuracy);
        double aa = Math.sqrt(Math.max(0, b.a()) * Math.max(0, b.a2()));
        double tt = Math.sqrt(Math.max(0, b.aTilde()) * Math.max(0, b.aTilde2()));
        if (b.coupling().abs() > aa * (1 + tol) + own.roundOff() + 1e-300
                || b.couplingTilde().abs() > tt * (1 + tol) + own.roundOffTilde() + 1e-300) {
            throw new InvalidInputException("Delta2", String.format(Locale.ROOT, "Delta1 = %.6g and Delta2 = %.6g (%s)"
                    + " are too far apart for the mean-frequency approximation of Eq. S31: at their own splittings the"
                    + " local rates are a1 = %.6g, a2 = %.6g, but the cross term at the mean splitting is |A| = %.6g >"
                    + " sqrt(a1 a2) = %.6g (h would not be positive semidefinite); bring the splittings closer",
                    qubits.delta1(), qubits.delta2(), ENERGY, b.a(), b.a2(), b.coupling().abs(), aa));
        }
        return new BathReport(b, r.mediumStability(), bathStability(b, new Separation(
                r.bath().provenance().separation().get(0), r.bath().provenance().separation().get(1),
                r.bath().provenance().separation().get(2)), accuracy), r.lambShift(), r.warnings());
    }

    private static BathReport report(Medium medium, QubitCoupling qubits, double temperature, Separation r,
            TwoSiteCorrelator g, Thermal thermal, double halfLambda2, double accuracy,
            StabilityReport mediumStability, List<String> commonWarnings) {
        List<String> warnings = new ArrayList<>(commonWarnings);
        double valid = medium.validityLength();
        if (r.length() > 0 && r.length() < valid) {
            warnings.add(String.format(Locale.ROOT, "separation %.6g is below the continuum's validity (the spin spacing"
                    + " %.6g, medium length unit): the continuum coherent coupling (J ~ 1/r in d = 3) is not physical"
                    + " there", r.length(), valid));
        }
        double spectral11 = -2 * g.g11().getImaginary();
        double spectral22 = -2 * g.g22().getImaginary();
        Complex spectral12 = Complex.I.multiply(g.g12().subtract(g.g21().conjugate()));
        if (Math.abs(spectral22 - spectral11) > 1e-9 * Math.max(Math.abs(spectral11), Math.abs(spectral22))) {
            warnings.add(String.format(Locale.ROOT, "medium not homogeneous at r = %s: A_22 = %.6g differs from "
                    + "A_11 = %.6g; a and at use A_11", r.text(), spectral22, spectral11));
        }
        double[] local = thermal.split(halfLambda2 * spectral11);
        Complex[] cooperative = thermal.split(spectral12.multiply(halfLambda2));
        Complex coherent = g.g21().add(g.g12().conjugate()).multiply(0.5);
        double jPerp = halfLambda2 * coherent.getReal();
        double dmi = halfLambda2 * coherent.getImaginary();

        Optional<LongitudinalCorrelators> longitudinal = medium.longitudinal(temperature, r);
        double jz = 0;
        double dephasing = 0;
        Complex dephasingCoupling = Complex.ZERO;
        if (longitudinal.isPresent()) {
            jz = 2 * halfLambda2 * longitudinal.get().retardedSymmetric();
            dephasing = halfLambda2 * longitudinal.get().greaterLocal();
            dephasingCoupling = longitudinal.get().greaterCross().multiply(halfLambda2);
        } else {
            warnings.add("Jz, d, Dd not computed by " + medium.name());
        }
        double magnitude = Math.max(Math.max(size(g.g11()), size(g.g22())), Math.max(size(g.g12()), size(g.g21())));
        double[] floor = thermal.split(halfLambda2 * ROUND_OFF * magnitude);
        Provenance provenance = new Provenance(medium.name(), medium.parameterValues(), qubits.delta(),
                temperature, List.of(r.x(), r.y(), r.z()), accuracy, Math.abs(floor[0]), Math.abs(floor[1]));
        BathParameters bath = new BathParameters(plain(local[0]), plain(local[1]), plain(cooperative[0]),
                plain(cooperative[1]), plain(jPerp), plain(jz), plain(dmi), plain(dephasing), plain(dephasingCoupling),
                longitudinal.isPresent(), provenance);
        OptionalDouble lambShift = medium.hasFiniteLocalRealPart()
                ? OptionalDouble.of(2 * halfLambda2 * g.g11().getReal())
                : OptionalDouble.empty();
        return new BathReport(bath, mediumStability, bathStability(bath, r, accuracy), lambShift, warnings);
    }

    /** |Re z| + |Im z|, between |z| and √2|z|: a magnitude for the round-off level, without a square root. */
    private static double size(Complex z) {
        return Math.abs(z.getReal()) + Math.abs(z.getImaginary());
    }

    private static double max(double x, double y, double z) {
        return Math.max(x, Math.max(Math.abs(y), Math.abs(z)));
    }

    /** x + 0.0 turns a signed zero −0.0 (from products with an exact 0) into 0.0, so outputs print as "0.0". */
    private static double plain(double x) {
        return x + 0.0;
    }

    private static Complex plain(Complex z) {
        return new Complex(plain(z.getReal()), plain(z.getImaginary()));
    }

    /**
     * The positivity of h (paper Eq. S42), within the medium's relative accuracy or the round-off level of the
     * Green's functions ({@link #ROUND_OFF}), whichever is larger.
     */
    private static StabilityReport bathStability(BathParameters bath, Separation r, double accuracy) {
        List<String> findings = new ArrayList<>();
        // the place, for a finding only: formatting it for every report cost half of a sweep's bath evaluation
        Supplier<String> where = () -> String.format(Locale.ROOT, "at r = %s, omega = Delta = %.6g", r.text(),
                bath.provenance().frequency());
        double tolerance = Math.max(1e-12, accuracy);
        Provenance p = bath.provenance();
        dominates(findings, "a", mean(bath.a(), bath.a2()), "|A|", bath.coupling().abs(), tolerance, p.roundOff(),
                where);
        dominates(findings, "at", mean(bath.aTilde(), bath.aTilde2()), "|At|", bath.couplingTilde().abs(), tolerance,
                p.roundOffTilde(), where);
        dominates(findings, "d", bath.dephasing(), "|Dd|", bath.dephasingCoupling().abs(), tolerance, 0, where);
        return StabilityReport.of(findings);
    }

    /** The local term that bounds |A|: x for equal qubits, √(x1 x2) otherwise (the smaller one when negative). */
    private static double mean(double x1, double x2) {
        if (x1 == x2) {
            return x1;
        }
        return x1 < 0 || x2 < 0 ? Math.min(x1, x2) : Math.sqrt(x1 * x2);
    }

    private static void dominates(List<String> findings, String lhsName, double lhs, String rhsName, double rhs,
            double tolerance, double roundOff, Supplier<String> where) {
        double slack = Math.max(tolerance * Math.max(Math.abs(lhs), rhs), roundOff);
        if (lhs < rhs - slack || lhs < -slack) {
            findings.add(String.format(Locale.ROOT,
                    "%s = %.6g < %s = %.6g %s: spectral matrix not positive semidefinite, short by %.3g (%s)",
                    lhsName, lhs, rhsName, Math.max(rhs, 0), where.get(), Math.max(rhs, 0) - lhs, ENERGY));
        }
    }

    /**
     * The Bose factors at the evaluation frequency: the larger of the emission (1+n) and absorption (n)
     * rates from its factor, the smaller as the larger times e^{−|Δ|/T}.
     *
     * @param leading 1 + n(ω) when ω ≥ 0, n(ω) (negative) when ω &lt; 0
     * @param boltzmann e^{−|Δ|/T} (0 at T = 0)
     * @param emissionLeads whether ω ≥ 0, i.e. a is the larger rate
     */
    private record Thermal(double leading, double boltzmann, boolean emissionLeads) {

        static Thermal of(double omega, double delta, double temperature) {
            double boltzmann = temperature == 0 ? 0 : Math.exp(-Math.abs(delta) / temperature);
            if (omega >= 0) {
                return new Thermal(temperature == 0 ? 1 : -1 / Math.expm1(-omega / temperature), boltzmann, true);
            }
            return new Thermal(temperature == 0 ? -1 : 1 / Math.expm1(omega / temperature), boltzmann, false);
        }

        /** (λ²/2)𝒜 → {emission rate, absorption rate}. */
        double[] split(double halfLambda2Spectral) {
            double larger = leading * halfLambda2Spectral;
            return emissionLeads ? new double[] {larger, boltzmann * larger}
                    : new double[] {boltzmann * larger, larger};
        }

        Complex[] split(Complex halfLambda2Spectral) {
            Complex larger = halfLambda2Spectral.multiply(leading);
            return emissionLeads ? new Complex[] {larger, larger.multiply(boltzmann)}
                    : new Complex[] {larger.multiply(boltzmann), larger};
        }
    }
}
