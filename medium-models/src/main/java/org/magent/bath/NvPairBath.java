package org.magent.bath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.masterequation.Provenance;
import org.magent.medium.FieldCorrelators;
import org.magent.medium.FieldMedium;
import org.magent.medium.FieldTensor;
import org.magent.medium.StabilityReport;
import org.magent.nv.DipolarCoupling;
import org.magent.nv.IntrinsicDecoherence;
import org.magent.nv.NvQubit;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The fluctuation–dissipation layer for two NV centres above a field medium (a film): the master-equation
 * coefficients from the stray-field correlators, with no free coupling (SI-based natural units: rates and
 * frequencies in rad/s, i.e. s⁻¹).
 *
 * <p>A field B(x) couples to NV i through V_i = γ s_i·B(x_i) σ_i⁺ + h.c. + γ z_i·B(x_i) σ_iᶻ ({@link NvQubit}),
 * so the scalar correlators of the paper (λ²G^R_{S⁺S⁻}, Eq. S31–S33) become
 * <pre>
 * g_ij(ω) = γ² s_i*·G^R_{ij}(ω)·s_j,     G^R_{ij} = G^R_{B(x_i) B(x_j)}
 * 𝒜_ij = i[g_ij − g_ji*],  n(ω) = 1/(e^{ħω/k_BT} − 1)
 * a_i = (1 + n(Δ_i)) 𝒜_ii(Δ_i)/2,  ã_i = n(Δ_i) 𝒜_ii(Δ_i)/2             (each NV at its own frequency)
 * A = (1 + n(Δ)) 𝒜_12(Δ)/2,  Ã = n(Δ) 𝒜_12(Δ)/2,  J⊥ + iD = [g_21(Δ) + g_12(Δ)*]/4   (Δ = (Δ1 + Δ2)/2, Eq. S39–S40)
 * Jz = γ²[z_1·G^R_12(0)·z_2 + z_2·G^R_21(0)·z_1]/2                                 (Eq. S29, S32)
 * d_i = (k_BT/ħ) · i[g'_ii − g'_ii*]/2,  𝔇 = (k_BT/ħ) · i[g'_12 − g'_21*]/2,  g'_ij = γ² z_i·∂_ωG^R_ij(0)·z_j
 * </pre>
 * (the zero-frequency noise iG^&gt;(0) = lim (1 + n)𝒜 = k_BT/ħ · ∂_ω𝒜(0), Eq. S11, S33). The golden-rule
 * transition rate of NV i from |↓⟩ to |↑⟩ is W_i = 2a_i = ∫dt e^{iΔt}⟨V_i†(t)V_i(0)⟩ (the dissipator carries 2h),
 * so T1 = 1/(2a) at T = 0.
 */
public final class NvPairBath {

    /** The accuracy asked of the field correlators (relative to the local correlator). */
    public static final double TOLERANCE = 1e-5;

    private NvPairBath() {
    }

    /**
     * The bath parameters of one NV pair at every separation along one direction.
     *
     * @param medium the field medium
     * @param qubit1 NV 1, at the origin
     * @param qubit2 NV 2, at ρ r̂
     * @param temperature T (K), ≥ 0
     * @param directionAngle the direction of r̂ from x̂ (rad)
     * @param distances ρ ≥ 0 (m)
     * @return one point per distance
     */
    public static List<Point> compute(FieldMedium medium, NvQubit qubit1, NvQubit qubit2, double temperature,
            double directionAngle, double[] distances) {
        return compute(medium, qubit1, qubit2, List.of(temperature), directionAngle, distances, true).get(0);
    }

    /**
     * The bath parameters at several temperatures from one evaluation of the correlators (they do not depend on
     * T; only the Bose factors do).
     *
     * @param medium the field medium
     * @param qubit1 NV 1, at the origin
     * @param qubit2 NV 2, at ρ r̂
     * @param temperatures the temperatures T (K), each ≥ 0
     * @param directionAngle the direction of r̂ from x̂ (rad)
     * @param distances ρ ≥ 0 (m)
     * @param directDipolar whether to add the direct NV–NV dipole–dipole coupling ({@link DipolarCoupling})
     * @return for each temperature, one point per distance
     */
    public static List<List<Point>> compute(FieldMedium medium, NvQubit qubit1, NvQubit qubit2,
            List<Double> temperatures, double directionAngle, double[] distances, boolean directDipolar) {
        Objects.requireNonNull(medium, "medium");
        boolean anyWarm = false;
        for (double t : temperatures) {
            Checks.nonNegative("temperature", t, "K");
            anyWarm |= t > 0;
        }
        for (double rho : distances) {
            if (rho > FluctuationDissipation.LARGEST) {
                throw new InvalidInputException("separation", String.format(Locale.ROOT, "--separation: |r| = %.6g m"
                        + " is too large: the stray-field correlator and the dipolar coupling overflow; give |r| <="
                        + " 1e100 m", rho));
            }
        }
        double h1 = qubit1.centre().height();
        double h2 = qubit2.centre().height();
        double d1 = qubit1.splitting();
        double d2 = qubit2.splitting();
        double mean = 0.5 * (d1 + d2);
        double tol = TOLERANCE;
        boolean sameFrequency = d1 == d2;
        boolean sameHeight = h1 == h2;
        FieldCorrelators cross = medium.fieldCorrelators(mean, h1, h2, directionAngle, distances, tol);
        FieldTensor local1 = sameFrequency && sameHeight ? cross.local()
                : medium.fieldCorrelators(d1, h1, h1, directionAngle, new double[0], tol).local();
        FieldTensor local2 = sameFrequency && sameHeight ? cross.local()
                : medium.fieldCorrelators(d2, h2, h2, directionAngle, new double[0], tol).local();
        FieldCorrelators zero = medium.fieldCorrelators(0, h1, h2, directionAngle, distances, tol);
        FieldCorrelators slope = anyWarm ? medium.zeroFrequencySlope(h1, h2, directionAngle, distances, tol) : null;
        FieldTensor slope1 = null;
        FieldTensor slope2 = null;
        if (anyWarm) {
            slope1 = sameHeight ? slope.local()
                    : medium.zeroFrequencySlope(h1, h1, directionAngle, new double[0], tol).local();
            slope2 = sameHeight ? slope.local()
                    : medium.zeroFrequencySlope(h2, h2, directionAngle, new double[0], tol).local();
        }
        double gamma2 = PhysicalConstants.NV_GYROMAGNETIC_RATIO * PhysicalConstants.NV_GYROMAGNETIC_RATIO;
        double[][] s1 = qubit1.transition();
        double[][] s2 = qubit2.transition();
        double[] zero3 = new double[3];
        double[] z1 = qubit1.longitudinal();
        double[] z2 = qubit2.longitudinal();
        Complex g11 = local1.contract(s1[0], s1[1], s1[0], s1[1]).multiply(gamma2);
        Complex g22 = local2.contract(s2[0], s2[1], s2[0], s2[1]).multiply(gamma2);
        double spectral11 = -2 * g11.getImaginary();
        double spectral22 = -2 * g22.getImaginary();
        double accuracy = Math.max(cross.relativeAccuracy(), zero.relativeAccuracy());
        List<String> notes = new ArrayList<>(medium.notes());
        StabilityReport mediumStability = medium.stability();
        FieldMedium.MarkovScales scales = medium.markovScales(mean, directionAngle);
        double dh = h2 - h1;
        List<List<Point>> out = new ArrayList<>();
        for (double temperature : temperatures) {
            double tNat = PhysicalConstants.BOLTZMANN * temperature / PhysicalConstants.HBAR;
            double[] th1 = thermal(d1, tNat);
            double[] th2 = thermal(d2, tNat);
            double[] th = thermal(mean, tNat);
            IntrinsicDecoherence int1 = IntrinsicDecoherence.of(qubit1.centre(), d1, temperature);
            IntrinsicDecoherence int2 = IntrinsicDecoherence.of(qubit2.centre(), d2, temperature);
            List<Point> points = new ArrayList<>(distances.length);
            for (int i = 0; i < distances.length; i++) {
                FieldTensor g12t = cross.backward().get(i);
                FieldTensor g21t = cross.forward().get(i);
                Complex g12 = g12t.contract(s1[0], s1[1], s2[0], s2[1]).multiply(gamma2);
                Complex g21 = g21t.contract(s2[0], s2[1], s1[0], s1[1]).multiply(gamma2);
                Complex spectral12 = Complex.I.multiply(g12.subtract(g21.conjugate()));
                Complex coherent = g21.add(g12.conjugate()).multiply(0.25);
                double jz = 0.5 * gamma2 * (zero.backward().get(i).contract(z1, zero3, z2, zero3).getReal()
                        + zero.forward().get(i).contract(z2, zero3, z1, zero3).getReal());
                double dd1 = 0;
                double dd2 = 0;
                Complex ddCross = Complex.ZERO;
                if (tNat > 0) {
                    Complex p11 = slope1.contract(z1, zero3, z1, zero3).multiply(gamma2);
                    Complex p22 = slope2.contract(z2, zero3, z2, zero3).multiply(gamma2);
                    Complex p12 = slope.backward().get(i).contract(z1, zero3, z2, zero3).multiply(gamma2);
                    Complex p21 = slope.forward().get(i).contract(z2, zero3, z1, zero3).multiply(gamma2);
                    dd1 = -tNat * p11.getImaginary();
                    dd2 = -tNat * p22.getImaginary();
                    ddCross = Complex.I.multiply(p12.subtract(p21.conjugate())).multiply(0.5 * tNat);
                }
                double a1 = th1[0] * 0.5 * spectral11;
                double at1 = th1[1] * 0.5 * spectral11;
                double a2 = th2[0] * 0.5 * spectral22;
                double at2 = th2[1] * 0.5 * spectral22;
                Complex bigA = spectral12.multiply(0.5 * th[0]);
                Complex bigAt = spectral12.multiply(0.5 * th[1]);
                double rho = distances[i];
                double[] r = {rho * Math.cos(directionAngle), rho * Math.sin(directionAngle), dh};
                DipolarCoupling direct = directDipolar ? DipolarCoupling.of(qubit1, qubit2, r) : DipolarCoupling.NONE;
                Coupling mediumPart = new Coupling(coherent.getReal(), jz, coherent.getImaginary());
                Coupling directPart = new Coupling(direct.jPerp(), direct.jz(), direct.dmi());
                Provenance provenance = new Provenance(medium.name(), medium.parameterValues(), mean, tNat,
                        List.of(r[0], r[1], r[2]), accuracy);
                BathParameters mediumBath = new BathParameters(plain(a1), plain(at1), plain(bigA), plain(bigAt),
                        plain(coherent.getReal()), plain(jz), plain(coherent.getImaginary()), plain(dd1),
                        plain(ddCross), true, provenance, plain(a2), plain(at2), plain(dd2));
                BathParameters bath = new BathParameters(plain(a1 + int1.a()), plain(at1 + int1.aTilde()),
                        plain(bigA), plain(bigAt), plain(mediumPart.jPerp() + directPart.jPerp()),
                        plain(mediumPart.jz() + directPart.jz()), plain(mediumPart.dmi() + directPart.dmi()),
                        plain(dd1 + int1.dephasing()), plain(ddCross), true, provenance, plain(a2 + int2.a()),
                        plain(at2 + int2.aTilde()), plain(dd2 + int2.dephasing()));
                List<String> warnings = new ArrayList<>(notes);
                String close = directDipolar ? DipolarCoupling.warning(Math.sqrt(rho * rho + dh * dh)) : null;
                if (close != null) {
                    warnings.add(close);
                }
                MarkovRatios markov = MarkovRatios.of(mediumBath, directPart, scales, Math.sqrt(rho * rho + dh * dh));
                warnings.addAll(markov.warnings());
                StabilityReport bathStability = StabilityReport.of(bathFindings(mediumBath, accuracy));
                points.add(new Point(new BathReport(bath, mediumStability, bathStability, OptionalDouble.empty(),
                        warnings), d1, d2, g11, g22, g12, g21, mediumPart, directPart, direct.shift1(),
                        direct.shift2(), markov));
            }
            out.add(points);
        }
        return out;
    }

    /**
     * The rates of one NV alone (relaxometry): a and ã at its own frequency, and d.
     *
     * @param medium the field medium
     * @param qubit the NV
     * @param temperature T (K)
     * @return {a, ã, 𝒜_11} (rad/s): the decay rate a (W = 2a), the excitation rate ã, and the spectral weight
     */
    public static double[] single(FieldMedium medium, NvQubit qubit, double temperature) {
        Checks.nonNegative("temperature", temperature, "K");
        double h = qubit.centre().height();
        FieldTensor local = medium.fieldCorrelators(qubit.splitting(), h, h, 0, new double[0], TOLERANCE).local();
        double[][] s = qubit.transition();
        double gamma2 = PhysicalConstants.NV_GYROMAGNETIC_RATIO * PhysicalConstants.NV_GYROMAGNETIC_RATIO;
        double spectral = -2 * local.contract(s[0], s[1], s[0], s[1]).getImaginary() * gamma2;
        double[] th = thermal(qubit.splitting(), PhysicalConstants.BOLTZMANN * temperature / PhysicalConstants.HBAR);
        return new double[] {plain(th[0] * 0.5 * spectral), plain(th[1] * 0.5 * spectral), spectral};
    }

    /** {1 + n(ω), n(ω)} with n/(1 + n) = e^{−ω/T} exactly; {1, 0} at T = 0. */
    static double[] thermal(double omega, double tNat) {
        if (tNat == 0) {
            return new double[] {1, 0};
        }
        double emission = -1 / Math.expm1(-omega / tNat);
        return new double[] {emission, emission * Math.exp(-omega / tNat)};
    }

    private static List<String> bathFindings(BathParameters b, double accuracy) {
        List<String> out = new ArrayList<>();
        double tol = Math.max(1e-9, 10 * accuracy);
        check(out, "a", b.a(), b.a2(), "|A|", b.coupling().abs(), tol);
        check(out, "at", b.aTilde(), b.aTilde2(), "|At|", b.couplingTilde().abs(), tol);
        check(out, "d", b.dephasing(), b.dephasing2(), "|Dd|", b.dephasingCoupling().abs(), tol);
        return out;
    }

    private static void check(List<String> out, String name, double x1, double x2, String rhsName, double rhs,
            double tol) {
        double lhs = Math.sqrt(Math.max(0, x1) * Math.max(0, x2));
        if (x1 < -tol * Math.abs(x2) || x2 < -tol * Math.abs(x1) || lhs < rhs * (1 - tol)) {
            out.add(String.format(Locale.ROOT, "sqrt(%s1 %s2) = %.6g < %s = %.6g rad/s: the spectral matrix of the"
                    + " stray field is not positive semidefinite", name, name, lhs, rhsName, rhs));
        }
    }

    private static double plain(double x) {
        return x + 0.0;
    }

    private static Complex plain(Complex z) {
        return new Complex(plain(z.getReal()), plain(z.getImaginary()));
    }

    /**
     * A coherent coupling of H_eff: J⊥, Jz, D.
     *
     * @param jPerp J⊥ (rad/s)
     * @param jz Jz (rad/s)
     * @param dmi D (rad/s)
     */
    public record Coupling(double jPerp, double jz, double dmi) {
    }

    /**
     * One separation: the bath report and the raw transverse correlators.
     *
     * @param report the master-equation coefficients (rad/s): medium-induced rates plus the NVs' intrinsic local
     *     terms, coherent couplings medium plus direct; stability verdicts (of the medium's bath) and warnings
     * @param delta1 Δ1 of NV 1 (rad/s), without the dipolar shift
     * @param delta2 Δ2 of NV 2 (rad/s), without the dipolar shift
     * @param g11 g_11(Δ1) (rad/s)
     * @param g22 g_22(Δ2) (rad/s)
     * @param g12 g_12(Δ) (rad/s)
     * @param g21 g_21(Δ) (rad/s)
     * @param medium the medium-induced J⊥, Jz, D
     * @param direct the direct dipolar J⊥, Jz, D (0 when switched off)
     * @param shift1 the direct dipolar shift δΔ1 of NV 1's splitting (rad/s)
     * @param shift2 the direct dipolar shift δΔ2 of NV 2's splitting (rad/s)
     * @param markov the Markov-validity ratios
     */
    public record Point(BathReport report, double delta1, double delta2, Complex g11, Complex g22, Complex g12,
            Complex g21, Coupling medium, Coupling direct, double shift1, double shift2, MarkovRatios markov) {

        /**
         * The splittings including the direct dipolar shifts, for the dynamics: Δ_i + δΔ_i.
         *
         * @return {Δ1 + δΔ1, Δ2 + δΔ2} (rad/s)
         */
        public double[] shiftedSplittings() {
            return new double[] {delta1 + shift1, delta2 + shift2};
        }

        /** Validates presence. */
        public Point {
            Objects.requireNonNull(report, "report");
            if (!(delta1 > 0) || !(delta2 > 0)) {
                throw new InvalidInputException("Delta", "NV frequencies must be positive");
            }
        }
    }
}
